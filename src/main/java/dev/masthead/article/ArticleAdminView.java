package dev.masthead.article;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.masthead.author.AuthorRef;
import dev.masthead.tag.TagRef;

/** An article of any status, whole, as the Management API shows it. */
@Schema(name = "ArticleAdmin")
public record ArticleAdminView(
        @Schema(required = true) UUID id,
        @Schema(required = true) String slug,
        @Schema(required = true) String title,
        @Schema(required = true) ArticleStatus status,
        @Schema(required = true) String markdown,
        @Schema(required = true) String html,
        @Schema(required = true) String plaintext,
        @Schema(required = true) String excerpt,
        @Schema(required = true, description = "Whether the excerpt was written (true) or derived from the text") boolean customExcerpt,
        @Schema(required = true) int wordCount,
        @Schema(required = true) int readingTimeMinutes,
        FeatureImage featureImage,
        @Schema(required = true) boolean featured,
        Seo seo,
        @Schema(required = true) List<AuthorRef> authors,
        @Schema(required = true) List<TagRef> tags,
        Instant publishedAt,
        @Schema(description = "When a SCHEDULED article goes out; absent otherwise") Instant publishAt,
        @Schema(description = "When a scheduled or published article comes down again (expiry); absent when never") Instant unpublishAt,
        @Schema(required = true) Instant createdAt,
        @Schema(required = true) Instant updatedAt,
        @Schema(required = true) long version) {

    static ArticleAdminView of(Article article) {
        return new ArticleAdminView(article.id(), article.slug(), article.title(), article.status(),
                article.markdown(), article.html(), article.plaintext(), article.excerpt(),
                article.hasCustomExcerpt(), article.wordCount(), article.readingTimeMinutes(),
                article.featureImage(), article.featured(), article.seo(),
                article.authors().stream().map(AuthorRef::of).toList(),
                article.tags().stream().map(TagRef::of).toList(), article.publishedAt(), article.publishAt(), article.unpublishAt(),
                article.createdAt(),
                article.updatedAt(), article.version());
    }
}
