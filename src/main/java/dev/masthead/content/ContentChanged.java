package dev.masthead.content;

import java.util.UUID;

/**
 * One row of the content_event log. Fired as a CDI event when this replica's
 * transaction commits, and again for rows other replicas wrote when
 * {@link ContentLogFollower} reads them.
 */
public record ContentChanged(long seq, EntityType type, UUID id, Operation operation) {
}
