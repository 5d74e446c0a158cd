package dev.masthead.content;

import java.util.UUID;

/**
 * One content change as the log keeps it: what changed, the slug it had, and
 * whether the public could see it just before and just after. Delta sync and
 * webhooks read only these, so a draft's changes (public neither before nor
 * after) never leave, and a deleted item can still be named in its tombstone.
 */
public record Change(EntityType type, UUID id, String slug, Operation operation, boolean publicBefore,
        boolean publicAfter) {

    /** Tags and authors are public as long as they exist. */
    public static Change created(EntityType type, UUID id, String slug) {
        return new Change(type, id, slug, Operation.CREATED, false, true);
    }

    public static Change updated(EntityType type, UUID id, String slug) {
        return new Change(type, id, slug, Operation.UPDATED, true, true);
    }

    public static Change deleted(EntityType type, UUID id, String slug) {
        return new Change(type, id, slug, Operation.DELETED, true, false);
    }

    /** The public saw this change, or saw the item go. */
    public boolean visible() {
        return publicBefore || publicAfter;
    }
}
