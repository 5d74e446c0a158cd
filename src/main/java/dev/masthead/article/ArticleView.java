package dev.masthead.article;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.masthead.author.AuthorRef;
import dev.masthead.tag.TagRef;

/** A published article, whole, as the Delivery API shows it. */
@Schema(name = "Article")
public record ArticleView(
        @Schema(required = true) UUID id,
        @Schema(required = true) String slug,
        @Schema(required = true, format = "uri", description = "Its page on the newsroom's website") String url,
        @Schema(required = true) String title,
        @Schema(required = true) String excerpt,
        FeatureImage featureImage,
        @Schema(required = true) boolean featured,
        @Schema(required = true) Instant publishedAt,
        @Schema(required = true) Instant updatedAt,
        @Schema(required = true) int readingTimeMinutes,
        AuthorRef primaryAuthor,
        @Schema(required = true) List<AuthorRef> authors,
        TagRef primaryTag,
        @Schema(required = true) List<TagRef> tags,
        @Schema(required = true, description = "Sanitized HTML rendered from the Markdown source") String html,
        @Schema(required = true) String plaintext,
        @Schema(required = true) int wordCount,
        Seo seo) {
}
