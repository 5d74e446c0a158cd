package dev.masthead.content;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * Appends to the content_event log inside the writing transaction, so a change
 * and its event commit together or not at all. Observers of
 * {@link ContentChanged} with {@code during = AFTER_SUCCESS} run after the
 * commit and before the writer's response leaves.
 */
@ApplicationScoped
public class ContentLog {

    private final EntityManager entityManager;
    private final Event<ContentChanged> changed;

    ContentLog(EntityManager entityManager, Event<ContentChanged> changed) {
        this.entityManager = entityManager;
        this.changed = changed;
    }

    /**
     * Call after the change itself: pending writes are flushed first, so the
     * head row is the last lock the transaction takes and writers never wait
     * on each other in a cycle.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(EntityType type, UUID id, Operation operation) {
        record(type, List.of(id), operation);
    }

    /** One event for each of these entities, numbered in this order under one take of the head row. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(EntityType type, List<UUID> ids, Operation operation) {
        if (ids.isEmpty()) {
            return;
        }
        entityManager.flush();
        entityManager.createNativeQuery("update content_event_head set seq = seq + ?1 where id = 1")
                .setParameter(1, ids.size()).executeUpdate();
        long last = ((Number) entityManager.createNativeQuery("select seq from content_event_head where id = 1")
                .getSingleResult()).longValue();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
        long seq = last - ids.size();
        for (UUID id : ids) {
            seq++;
            entityManager.createNativeQuery("insert into content_event (seq, entity_type, entity_id, operation, "
                            + "occurred_at) values (?1, ?2, ?3, ?4, ?5)")
                    .setParameter(1, seq)
                    .setParameter(2, type.name())
                    .setParameter(3, id)
                    .setParameter(4, operation.name())
                    .setParameter(5, now)
                    .executeUpdate();
            changed.fire(new ContentChanged(seq, type, id, operation));
        }
    }
}
