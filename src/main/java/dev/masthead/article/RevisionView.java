package dev.masthead.article;

import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One revision with the article's whole content as it was then. */
@Schema(name = "Revision")
public record RevisionView(
        @Schema(required = true) int number,
        @Schema(required = true) Instant createdAt,
        @Schema(required = true) RevisionActor actor,
        @Schema(required = true) List<String> changedFields,
        @Schema(required = true) ArticleSnapshot snapshot) {
}
