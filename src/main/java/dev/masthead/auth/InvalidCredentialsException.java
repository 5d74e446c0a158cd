package dev.masthead.auth;

import dev.masthead.web.ProblemException;
import dev.masthead.web.ProblemType;

/** Wrong email or password; which of the two is deliberately not said. */
public class InvalidCredentialsException extends ProblemException {

    public InvalidCredentialsException() {
        super(ProblemType.INVALID_CREDENTIALS, "The email or password is wrong");
    }
}
