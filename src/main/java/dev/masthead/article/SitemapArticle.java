package dev.masthead.article;

import java.time.Instant;

/**
 * A published article as a sitemap lists it: its page, when it last changed,
 * and its feature image (null when it has none).
 */
public record SitemapArticle(String url, Instant updatedAt, String imageUrl) {
}
