package dev.masthead.article;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Optional body of publish: backdate the publication (imports, corrections). */
@Schema(name = "PublishRequest")
public record PublishRequest(
        @Schema(description = "When the article counts as published; now when absent. Not in the future.")
        Instant publishedAt) {
}
