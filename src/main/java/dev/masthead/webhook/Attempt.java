package dev.masthead.webhook;

import java.time.Duration;
import java.time.Instant;

/**
 * How one attempt went: the status (null when no answer came), the start
 * of the answer's body, the error when there was no answer, and the wait a
 * {@code Retry-After} asked for.
 */
record Attempt(Instant at, Integer status, long durationMillis, String excerpt, String error, Duration retryAfter) {

    boolean delivered() {
        return status != null && status >= 200 && status < 300;
    }

    boolean gone() {
        return status != null && status == 410;
    }

    /** What went wrong, for a delivery log and a disabled endpoint's reason. */
    String outcome() {
        return status != null ? "HTTP " + status : error;
    }
}
