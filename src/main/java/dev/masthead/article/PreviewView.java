package dev.masthead.article;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A draft preview token and the frontend URL that enters draft mode with it. */
@Schema(name = "Preview")
public record PreviewView(
        @Schema(required = true, description = "Send to GET /api/v1/preview/articles/{id} as Authorization: Bearer "
                + "<token> or ?token=; it opens this article's preview only") String token,
        @Schema(required = true) Instant expiresAt,
        @Schema(required = true, format = "uri", description = "The frontend's draft-mode URL for this article "
                + "(masthead.preview.url-template)") String url) {
}
