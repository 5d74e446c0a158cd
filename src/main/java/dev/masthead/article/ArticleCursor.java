package dev.masthead.article;

import java.time.DateTimeException;
import java.time.Instant;
import java.util.UUID;

import dev.masthead.delivery.CursorSeal;
import dev.masthead.web.QueryValues;
import dev.masthead.web.problem.InvalidParameterException;

/**
 * The opaque keyset cursor: the (publishedAt, id) of the last item served and
 * the direction walked, sealed so that clients can only pass back what we
 * issued. A cursor that fails the seal or names an instant outside
 * {@link QueryValues#inRange} is a 400 before it reaches SQL.
 */
record ArticleCursor(Instant publishedAt, UUID id, ArticleSort sort) {

    String encode(CursorSeal seal) {
        return seal.seal((sort == ArticleSort.OLDEST ? "a" : "d") + ":" + publishedAt.getEpochSecond() + ":"
                + publishedAt.getNano() + ":" + id);
    }

    static ArticleCursor decode(String cursor, ArticleSort sort, CursorSeal seal) {
        try {
            String raw = seal.open(cursor).orElseThrow(() -> new IllegalArgumentException("seal"));
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
            if (!QueryValues.inRange(at)) {
                throw new IllegalArgumentException("instant");
            }
            return new ArticleCursor(at, UUID.fromString(parts[3]), sort);
        } catch (IllegalArgumentException | DateTimeException e) {
            throw new InvalidParameterException("cursor", "is not a cursor this API issued");
        }
    }
}
