package dev.masthead.article;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

import com.fasterxml.jackson.databind.JsonNode;

import dev.masthead.web.problem.InvalidRequestException;

/**
 * The {@code unpublishAt} member of an article merge patch: when a scheduled
 * or published article comes down (null: never). It is not part of
 * ArticleRequest, so a PUT can never clear an expiry by leaving it out.
 */
record ArticleExpiry(Instant at) {

    static final String FIELD = "unpublishAt";

    static ArticleExpiry of(JsonNode value) {
        if (value == null || value.isNull()) {
            return new ArticleExpiry(null);
        }
        if (!value.isTextual()) {
            throw new InvalidRequestException(FIELD, "must be a date-time or null");
        }
        try {
            return new ArticleExpiry(OffsetDateTime.parse(value.asText()).toInstant());
        } catch (DateTimeParseException e) {
            throw new InvalidRequestException(FIELD, "must be a date-time (RFC 3339) or null");
        }
    }

    /** Sets it when it changes: in the future, after a scheduled publishAt, never on a draft. */
    void applyTo(Article article, Instant now) {
        if (at == null ? article.unpublishAt() == null : at.equals(article.unpublishAt())) {
            return;
        }
        if (at != null) {
            if (!article.isPublished() && !article.isScheduled()) {
                throw new InvalidRequestException(FIELD, "only a scheduled or published article can expire");
            }
            if (!at.isAfter(now)) {
                throw new InvalidRequestException(FIELD, "must be in the future");
            }
            if (article.isScheduled() && !at.isAfter(article.publishAt())) {
                throw new InvalidRequestException(FIELD, "must be after publishAt");
            }
        }
        article.expire(at);
    }
}
