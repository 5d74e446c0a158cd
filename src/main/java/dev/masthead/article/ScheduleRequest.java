package dev.masthead.article;

import java.time.Instant;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Body of scheduling an article: when it goes out and, optionally, when it comes down again. */
@Schema(name = "ScheduleRequest")
public record ScheduleRequest(
        @NotNull @Schema(required = true, description = "When the article is published; in the future. It becomes its publishedAt.")
        Instant publishAt,
        @Schema(description = "When it is unpublished again (embargoed live pages, expiring offers); after publishAt")
        Instant unpublishAt) {
}
