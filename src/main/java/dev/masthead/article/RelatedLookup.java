package dev.masthead.article;

import java.util.List;
import java.util.UUID;

/** What a related-articles lookup found: the ranking for a published article, or the slug it moved to. */
public sealed interface RelatedLookup {

    /** @param tagSlugs the article's tags the ranking considered, whose changes a CDN purges it by */
    record Found(UUID article, List<String> tagSlugs, RelatedArticles page) implements RelatedLookup {
    }

    record Moved(String currentSlug) implements RelatedLookup {
    }
}
