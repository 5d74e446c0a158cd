package dev.masthead.auth;

import dev.masthead.web.problem.ProblemException;
import dev.masthead.web.problem.ProblemType;

/** Wrong email or password; which of the two is deliberately not said. */
public class InvalidCredentialsException extends ProblemException {

    public InvalidCredentialsException() {
        super(ProblemType.INVALID_CREDENTIALS, "The email or password is wrong");
    }
}
