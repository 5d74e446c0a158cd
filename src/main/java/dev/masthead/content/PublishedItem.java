package dev.masthead.content;

import java.time.Instant;

/**
 * A tag or author that has published articles, as a sitemap lists its page:
 * the slug, and when the page last changed (the item itself, or a newer
 * article published under it).
 */
public record PublishedItem(String slug, Instant changedAt) {
}
