package dev.masthead.search;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.masthead.article.ArticleSummary;
import dev.masthead.article.FeatureImage;
import dev.masthead.author.AuthorRef;
import dev.masthead.tag.TagRef;

/** One search result: the article's list summary, its rank score and its highlighted snippets. */
@Schema(name = "SearchHit")
public record SearchHit(
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
        @Schema(required = true, description = "Relevance, higher is better; comparable within one search only")
        double score,
        @Schema(required = true) SearchHighlights highlights) {

    static SearchHit of(ArticleSummary s, double score, SearchHighlights highlights) {
        return new SearchHit(s.id(), s.slug(), s.url(), s.title(), s.excerpt(), s.featureImage(), s.featured(),
                s.publishedAt(), s.updatedAt(), s.readingTimeMinutes(), s.primaryAuthor(), s.authors(),
                s.primaryTag(), s.tags(), score, highlights);
    }
}
