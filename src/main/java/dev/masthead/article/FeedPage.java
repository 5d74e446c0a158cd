package dev.masthead.article;

import java.time.Instant;
import java.util.List;

/**
 * One page of a feed, newest first.
 *
 * @param nextCursor the sealed cursor of the page after this one; null on the last page
 * @param newestChange the latest {@link FeedEntry#lastModified} of the entries; null when there are none
 */
public record FeedPage(List<FeedEntry> entries, String nextCursor, Instant newestChange) {
}
