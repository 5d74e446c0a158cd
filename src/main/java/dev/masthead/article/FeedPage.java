package dev.masthead.article;

import java.time.Instant;
import java.util.List;

/**
 * One page of a feed, newest first.
 *
 * @param nextCursor the sealed cursor of the page after this one; null on the last page
 * @param newestChange the latest {@link FeedEntry#lastModified} of the entries; null when there are none
 * @param lastWrite when the newest content write anywhere committed (null before the first): a
 *        feed that lost an item (unpublished, deleted) changed then, later than any item it still holds
 */
public record FeedPage(List<FeedEntry> entries, String nextCursor, Instant newestChange, Instant lastWrite) {
}
