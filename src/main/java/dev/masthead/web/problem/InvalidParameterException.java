package dev.masthead.web.problem;

import java.util.List;

/** A query parameter with a value outside what the endpoint accepts. */
public class InvalidParameterException extends ProblemException {

    public InvalidParameterException(String parameter, String message) {
        super(ProblemType.INVALID_PARAMETER, "Query parameter '" + parameter + "': " + message,
                List.of(new Problem.FieldError(parameter, message)));
    }
}
