package dev.masthead.web.problem;

import java.util.List;

/** A request body that parsed but breaks a rule: names the fields at fault. */
public class InvalidRequestException extends ProblemException {

    public InvalidRequestException(String field, String message) {
        this(List.of(new Problem.FieldError(field, message)));
    }

    public InvalidRequestException(List<Problem.FieldError> errors) {
        super(ProblemType.VALIDATION_FAILED, "The request body has invalid fields", errors);
    }
}
