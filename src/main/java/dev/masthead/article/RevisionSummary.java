package dev.masthead.article;

import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One revision in a list: who changed which fields when, without the content. */
@Schema(name = "RevisionSummary")
public record RevisionSummary(
        @Schema(required = true, description = "1, 2, ... per article, in the order the changes were made") int number,
        @Schema(required = true) Instant createdAt,
        @Schema(required = true) RevisionActor actor,
        @Schema(required = true, description = "The content fields this revision changed; the first revision lists every field it set")
        List<String> changedFields) {
}
