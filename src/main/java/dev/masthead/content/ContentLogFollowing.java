package dev.masthead.content;

/**
 * Whether this replica is currently following the content_event log. While it
 * is not (database unreachable, or not yet read at startup), changes made by
 * other replicas may go unnoticed, so nothing may be cached.
 */
public record ContentLogFollowing(boolean following) {
}
