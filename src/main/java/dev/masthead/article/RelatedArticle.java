package dev.masthead.article;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.masthead.author.AuthorRef;
import dev.masthead.tag.TagRef;

/**
 * A related article: exactly an {@link ArticleSummary}'s fields, flat, plus
 * how strongly it relates to the article asked about. Flat rather than
 * nested so a frontend renders it with the same card as any list item.
 */
@Schema(name = "RelatedArticle")
public record RelatedArticle(
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
        @Schema(required = true, minimum = "0", example = "3.4172", description = "How closely it relates, rounded "
                + "to 4 decimals: the rarity (idf) of the tags it shares with the article, summed, times 1.5 when "
                + "its primary tag is the article's, times a decay that halves every masthead.related.half-life "
                + "between their publication dates. Comparable only within one response.") double score) {

    static RelatedArticle of(ArticleSummary s, double score) {
        return new RelatedArticle(s.id(), s.slug(), s.url(), s.title(), s.excerpt(), s.featureImage(), s.featured(),
                s.publishedAt(), s.updatedAt(), s.readingTimeMinutes(), s.primaryAuthor(), s.authors(), s.primaryTag(),
                s.tags(), score);
    }
}
