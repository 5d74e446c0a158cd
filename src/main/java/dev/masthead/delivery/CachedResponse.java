package dev.masthead.delivery;

import java.time.Instant;
import java.util.UUID;

/**
 * A Delivery response as sent: the serialized body, its media type and ETag,
 * and the headers derived from the content. {@code article} names the article
 * an article page shows (null for lists, feeds and tag or author pages): only
 * those entries survive a change to another article. {@code expires}, when
 * set, is the moment the body goes stale by itself. {@code routeTemplate} is
 * the route the response came from, e.g. {@code /api/v1/articles/{slug}}, for
 * metrics.
 */
record CachedResponse(byte[] body, String mediaType, String etag, Instant lastModified, String surrogateKey,
        String link, UUID article, Instant expires, String routeTemplate) {

    int weight(String key) {
        return 64 + key.length() * 2 + body.length + etag.length() * 2
                + (surrogateKey == null ? 0 : surrogateKey.length() * 2) + (link == null ? 0 : link.length() * 2);
    }

    boolean expired(Instant now) {
        return expires != null && !now.isBefore(expires);
    }
}
