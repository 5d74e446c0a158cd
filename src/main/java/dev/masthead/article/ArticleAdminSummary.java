package dev.masthead.article;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.masthead.author.AuthorRef;
import dev.masthead.tag.TagRef;

/** An article of any status in a Management list. */
@Schema(name = "ArticleAdminSummary")
public record ArticleAdminSummary(
        @Schema(required = true) UUID id,
        @Schema(required = true) String slug,
        @Schema(required = true) String title,
        @Schema(required = true) ArticleStatus status,
        @Schema(required = true) String excerpt,
        @Schema(required = true) boolean featured,
        @Schema(required = true) List<AuthorRef> authors,
        @Schema(required = true) List<TagRef> tags,
        Instant publishedAt,
        @Schema(description = "When a SCHEDULED article goes out; absent otherwise") Instant publishAt,
        @Schema(description = "When a scheduled or published article comes down again (expiry); absent when never") Instant unpublishAt,
        @Schema(required = true) Instant createdAt,
        @Schema(required = true) Instant updatedAt,
        @Schema(required = true) long version) {

    static ArticleAdminSummary of(Article article) {
        return new ArticleAdminSummary(article.id(), article.slug(), article.title(), article.status(),
                article.excerpt(), article.featured(), article.authors().stream().map(AuthorRef::of).toList(),
                article.tags().stream().map(TagRef::of).toList(), article.publishedAt(), article.publishAt(), article.unpublishAt(),
                article.createdAt(),
                article.updatedAt(), article.version());
    }
}
