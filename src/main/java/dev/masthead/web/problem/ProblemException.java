package dev.masthead.web.problem;

import java.util.List;

/**
 * Base of every typed exception a service throws on purpose. The subclass
 * names the situation, its {@link ProblemType} fixes status and code, and
 * {@link ProblemMapper} turns it into problem+json.
 */
public abstract class ProblemException extends RuntimeException {

    private final ProblemType type;
    private final List<Problem.FieldError> errors;

    protected ProblemException(ProblemType type, String detail) {
        this(type, detail, List.of());
    }

    protected ProblemException(ProblemType type, String detail, List<Problem.FieldError> errors) {
        super(detail, null, false, false);
        this.type = type;
        this.errors = List.copyOf(errors);
    }

    public ProblemType type() {
        return type;
    }

    public List<Problem.FieldError> errors() {
        return errors;
    }

    /** Seconds after which a retry may succeed (sent as Retry-After), or null. */
    public Long retryAfterSeconds() {
        return null;
    }
}
