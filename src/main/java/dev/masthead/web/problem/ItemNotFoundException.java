package dev.masthead.web.problem;

/** Base for "no such item" exceptions of the features. */
public abstract class ItemNotFoundException extends ProblemException {

    protected ItemNotFoundException(String detail) {
        super(ProblemType.NOT_FOUND, detail);
    }
}
