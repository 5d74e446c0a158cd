package dev.masthead.article;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import dev.masthead.author.AuthorRef;
import dev.masthead.tag.TagRef;

/**
 * A published article as a feed carries it.
 *
 * @param html the sanitized body, or null when the feed's content budget was spent before it
 * @param lastModified the latest change of the article, its authors or its tags
 */
public record FeedEntry(UUID id, String slug, String url, String title, String excerpt, String html,
        FeatureImage featureImage, Instant publishedAt, Instant updatedAt, Instant lastModified,
        List<AuthorRef> authors, List<TagRef> tags) {
}
