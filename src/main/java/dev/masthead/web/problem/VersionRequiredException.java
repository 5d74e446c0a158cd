package dev.masthead.web.problem;

/** A write without If-Match or a body version: we refuse to guess which version it edits. */
public class VersionRequiredException extends ProblemException {

    public VersionRequiredException() {
        super(ProblemType.PRECONDITION_REQUIRED,
                "Send the item's ETag in If-Match or its version in the body, so no concurrent change is overwritten");
    }
}
