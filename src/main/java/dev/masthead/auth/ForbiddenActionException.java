package dev.masthead.auth;

import dev.masthead.web.problem.ProblemException;
import dev.masthead.web.problem.ProblemType;

/** A valid credential asking for something its role or scopes do not allow. */
public class ForbiddenActionException extends ProblemException {

    public ForbiddenActionException(String detail) {
        super(ProblemType.FORBIDDEN, detail);
    }
}
