package dev.masthead.sitemap;

import java.time.Instant;

/**
 * A rendered sitemap: its bytes, the newest change among its entries (null
 * when it has none) and when it goes stale without a content change (null
 * unless it covers a window of time).
 */
record SitemapDocument(byte[] xml, Instant lastModified, Instant expires) {
}
