package dev.masthead.article;

import dev.masthead.web.problem.ProblemException;
import dev.masthead.web.problem.ProblemType;

/** An author profile that bylines articles cannot be deleted: the bylines would be lost. */
public class AuthorCreditedException extends ProblemException {

    public AuthorCreditedException(long articles) {
        super(ProblemType.CONFLICT, "This author is credited on " + articles
                + " article(s); credit someone else on them first");
    }
}
