package dev.masthead.web.problem;

/** The client edited an older version than the one stored: its write would lose another. */
public class StaleVersionException extends ProblemException {

    public StaleVersionException(long expected, long current) {
        super(ProblemType.STALE_VERSION, "You sent version " + expected + " but the current version is "
                + current + "; fetch it again and reapply your change");
    }

    public StaleVersionException() {
        super(ProblemType.STALE_VERSION, "Someone else changed this item meanwhile; fetch it again and reapply your change");
    }
}
