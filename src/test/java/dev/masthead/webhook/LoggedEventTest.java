package dev.masthead.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import dev.masthead.content.EntityType;
import dev.masthead.content.Operation;

/** Which content changes are webhook events: what the public saw, and scheduling. */
class LoggedEventTest {

    private static String type(EntityType entity, Operation operation, boolean before, boolean after) {
        return new LoggedEvent(1, entity, UUID.randomUUID(), operation, Instant.now(), "a-slug", before, after)
                .eventType();
    }

    @Test
    void articleChangesTheyAreSeenAs() {
        assertEquals("article.published", type(EntityType.ARTICLE, Operation.PUBLISHED, false, true));
        assertEquals("article.updated", type(EntityType.ARTICLE, Operation.UPDATED, true, true));
        assertEquals("article.unpublished", type(EntityType.ARTICLE, Operation.UNPUBLISHED, true, false));
        assertEquals("article.deleted", type(EntityType.ARTICLE, Operation.DELETED, true, false));
        assertEquals("article.scheduled", type(EntityType.ARTICLE, Operation.SCHEDULED, false, false));
    }

    @Test
    void aDraftNeverLeaves() {
        assertNull(type(EntityType.ARTICLE, Operation.CREATED, false, false));
        assertNull(type(EntityType.ARTICLE, Operation.UPDATED, false, false));
        assertNull(type(EntityType.ARTICLE, Operation.DELETED, false, false));
    }

    @Test
    void tagsAndAuthorsAreEventsAsLongAsTheyExist() {
        assertEquals("tag.created", type(EntityType.TAG, Operation.CREATED, false, true));
        assertEquals("tag.updated", type(EntityType.TAG, Operation.UPDATED, true, true));
        assertEquals("tag.deleted", type(EntityType.TAG, Operation.DELETED, true, false));
        assertEquals("author.created", type(EntityType.AUTHOR, Operation.CREATED, false, true));
        assertEquals("author.updated", type(EntityType.AUTHOR, Operation.UPDATED, true, true));
        assertEquals("author.deleted", type(EntityType.AUTHOR, Operation.DELETED, true, false));
    }
}
