package dev.masthead.content;

import dev.masthead.web.problem.ProblemException;
import dev.masthead.web.problem.ProblemType;

/** A content write still met contention after its bounded retries; the client may try again shortly. */
public class WriteContendedException extends ProblemException {

    public WriteContendedException() {
        super(ProblemType.SERVICE_UNAVAILABLE, "Other writes kept this content busy; retry shortly");
    }

    @Override
    public Long retryAfterSeconds() {
        return 1L;
    }
}
