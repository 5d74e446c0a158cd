package dev.masthead.article;

import java.time.Instant;

/** A recently published article as a Google News sitemap lists it. */
public record NewsArticle(String url, String title, Instant publishedAt, Instant updatedAt) {
}
