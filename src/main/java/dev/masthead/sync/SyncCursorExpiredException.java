package dev.masthead.sync;

import dev.masthead.web.problem.ProblemException;
import dev.masthead.web.problem.ProblemType;

/** The cursor points into the part of the content log retention has removed. */
public class SyncCursorExpiredException extends ProblemException {

    public SyncCursorExpiredException() {
        super(ProblemType.SYNC_CURSOR_EXPIRED, "This sync cursor is older than the change log's retention and can no "
                + "longer be followed: drop the local copy and sync again without a cursor");
    }
}
