package dev.masthead.web.problem;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An RFC 9457 problem detail, the body of every error Masthead sends. */
@Schema(name = "Problem", description = "RFC 9457 problem details (application/problem+json)")
public record Problem(
        @Schema(required = true, format = "uri", examples = "https://masthead.dev/problems/not-found") String type,
        @Schema(required = true, examples = "Resource not found") String title,
        @Schema(required = true, examples = "404") int status,
        @Schema(examples = "No published article with slug 'budget-vote'") String detail,
        @Schema(examples = "/api/v1/articles/budget-vote") String instance,
        @Schema(required = true, description = "Stable machine-readable code", examples = "not-found") String code,
        @Schema(description = "Also sent as the X-Request-Id header") String requestId,
        @Schema(description = "Per-field messages for validation problems") List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public record FieldError(
            @Schema(required = true, examples = "title") String field,
            @Schema(required = true, examples = "must not be blank") String message) {
    }
}
