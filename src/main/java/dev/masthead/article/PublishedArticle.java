package dev.masthead.article;

import java.time.Instant;

/** What a Delivery slug lookup found: the article, or the slug it moved to. */
sealed interface PublishedArticle {

    record Found(ArticleView view, Instant lastModified) implements PublishedArticle {
    }

    record Moved(String currentSlug) implements PublishedArticle {
    }
}
