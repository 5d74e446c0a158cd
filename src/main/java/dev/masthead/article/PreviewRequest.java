package dev.masthead.article;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Optional body of a preview request: how long the token lasts. */
@Schema(name = "PreviewRequest")
public record PreviewRequest(
        @Schema(description = "ISO-8601 duration the token stays valid, PT1M to P7D; PT1H when absent",
                format = "duration", example = "PT4H")
        String ttl) {
}
