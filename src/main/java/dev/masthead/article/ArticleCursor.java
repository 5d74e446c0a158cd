package dev.masthead.article;

import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

import dev.masthead.web.problem.InvalidParameterException;

/**
 * The opaque keyset cursor: the (publishedAt, id) of the last item served and
 * the direction walked. Clients pass it back untouched.
 */
record ArticleCursor(Instant publishedAt, UUID id, ArticleSort sort) {

    String encode() {
        String raw = (sort == ArticleSort.OLDEST ? "a" : "d") + ":" + publishedAt.getEpochSecond() + ":"
                + publishedAt.getNano() + ":" + id;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.US_ASCII));
    }

    static ArticleCursor decode(String cursor, ArticleSort sort) {
        try {
            String raw = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.US_ASCII);
            String[] parts = raw.split(":", 4);
            if (parts.length != 4) {
                throw new IllegalArgumentException("shape");
            }
            if (!parts[0].equals("a") && !parts[0].equals("d")) {
                throw new IllegalArgumentException("direction");
            }
            ArticleSort direction = parts[0].equals("a") ? ArticleSort.OLDEST : ArticleSort.NEWEST;
            if (direction != sort) {
                throw new InvalidParameterException("cursor", "belongs to another sort order");
            }
            Instant at = Instant.ofEpochSecond(Long.parseLong(parts[1]), Long.parseLong(parts[2]));
            return new ArticleCursor(at, UUID.fromString(parts[3]), sort);
        } catch (IllegalArgumentException | DateTimeException e) {
            throw new InvalidParameterException("cursor", "is not a cursor this API issued");
        }
    }
}
