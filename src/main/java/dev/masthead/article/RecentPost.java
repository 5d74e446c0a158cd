package dev.masthead.article;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One line of the "Recent Posts" widget: as small as a sidebar needs. */
@Schema(name = "RecentPost")
public record RecentPost(
        @Schema(required = true) String slug,
        @Schema(required = true, format = "uri", description = "Its page on the newsroom's website") String url,
        @Schema(required = true) String title,
        @Schema(required = true) String excerpt,
        @Schema(required = true) Instant publishedAt,
        FeatureImage featureImage) {
}
