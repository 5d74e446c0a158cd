package dev.masthead.webhook;

import java.time.Instant;
import java.util.UUID;

import dev.masthead.content.EntityType;
import dev.masthead.content.Operation;

/** One row of the content_event log, as the fan-out reads it. */
record LoggedEvent(long seq, EntityType type, UUID id, Operation operation, Instant occurredAt, String slug,
        boolean publicBefore, boolean publicAfter) {

    /**
     * The webhook event this change is, or null when it is none: only what
     * the public could see leaves (a draft's edits and a draft's deletion
     * never do), and the one exception, scheduling, says when a draft will
     * go out.
     */
    String eventType() {
        return switch (type) {
            case ARTICLE -> articleEvent();
            case TAG -> family("tag.");
            case AUTHOR -> family("author.");
        };
    }

    private String articleEvent() {
        if (operation == Operation.SCHEDULED) {
            return WebhookEvents.ARTICLE_SCHEDULED;
        }
        if (operation == Operation.DELETED) {
            return publicBefore ? WebhookEvents.ARTICLE_DELETED : null;
        }
        if (publicBefore && publicAfter) {
            return WebhookEvents.ARTICLE_UPDATED;
        }
        if (publicAfter) {
            return WebhookEvents.ARTICLE_PUBLISHED;
        }
        return publicBefore ? WebhookEvents.ARTICLE_UNPUBLISHED : null;
    }

    private String family(String prefix) {
        return switch (operation) {
            case CREATED -> prefix + "created";
            case UPDATED -> prefix + "updated";
            case DELETED -> prefix + "deleted";
            default -> null;
        };
    }
}
