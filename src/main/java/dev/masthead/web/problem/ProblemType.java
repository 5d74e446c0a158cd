package dev.masthead.web.problem;

import java.net.URI;

/**
 * The one catalogue of problem types Masthead answers with. Each entry fixes
 * the status, the stable machine code and the title; the detail varies per
 * occurrence. The README's error table mirrors this list.
 */
public enum ProblemType {
    BAD_REQUEST(400, "bad-request", "Bad request"),
    MALFORMED_JSON(400, "malformed-json", "Malformed JSON"),
    VALIDATION_FAILED(400, "validation-failed", "Validation failed"),
    UNKNOWN_PARAMETER(400, "unknown-parameter", "Unknown query parameter"),
    INVALID_PARAMETER(400, "invalid-parameter", "Invalid query parameter"),
    UNAUTHORIZED(401, "unauthorized", "Authentication required"),
    INVALID_CREDENTIALS(401, "invalid-credentials", "Invalid credentials"),
    INVALID_PREVIEW_TOKEN(401, "invalid-preview-token", "Invalid preview token"),
    FORBIDDEN(403, "forbidden", "Forbidden"),
    NOT_FOUND(404, "not-found", "Resource not found"),
    METHOD_NOT_ALLOWED(405, "method-not-allowed", "Method not allowed"),
    NOT_ACCEPTABLE(406, "not-acceptable", "Not acceptable"),
    SLUG_TAKEN(409, "slug-taken", "Slug already in use"),
    CONFLICT(409, "conflict", "Conflict"),
    STALE_VERSION(412, "stale-version", "Version is stale"),
    SYNC_CURSOR_EXPIRED(410, "sync-cursor-expired", "Sync cursor expired"),
    PAYLOAD_TOO_LARGE(413, "payload-too-large", "Request body too large"),
    UNSUPPORTED_MEDIA_TYPE(415, "unsupported-media-type", "Unsupported media type"),
    PRECONDITION_REQUIRED(428, "precondition-required", "Precondition required"),
    TOO_MANY_REQUESTS(429, "too-many-requests", "Too many requests"),
    INTERNAL_ERROR(500, "internal-error", "Internal server error"),
    SERVICE_UNAVAILABLE(503, "service-unavailable", "Service unavailable");

    private static final String BASE = "https://masthead.dev/problems/";

    private final int status;
    private final String code;
    private final String title;

    ProblemType(int status, String code, String title) {
        this.status = status;
        this.code = code;
        this.title = title;
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    public String title() {
        return title;
    }

    public URI uri() {
        return URI.create(BASE + code);
    }
}
