package dev.masthead.content;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;

import javax.sql.DataSource;

/**
 * Appends to the content_event log inside the writing transaction, so a change
 * and its event commit together or not at all. Observers of
 * {@link ContentChanged} with {@code during = AFTER_SUCCESS} run after the
 * commit and before the writer's response leaves.
 * <p>
 * The head row that numbers the log is also the first lock of every content
 * write ({@link ContentWriteInterceptor} takes it through {@link #takeHead()}),
 * and {@link #record} refuses to run in a transaction that did not take it
 * first, so no write path can slip out of that order.
 */
@ApplicationScoped
public class ContentLog {

    private static final String HEAD_TAKEN = ContentLog.class.getName() + ".headTaken";

    private final EntityManager entityManager;
    private final Event<ContentChanged> changed;
    private final TransactionSynchronizationRegistry transaction;
    private final DataSource dataSource;

    ContentLog(EntityManager entityManager, Event<ContentChanged> changed,
            TransactionSynchronizationRegistry transaction, DataSource dataSource) {
        this.entityManager = entityManager;
        this.changed = changed;
        this.transaction = transaction;
        this.dataSource = dataSource;
    }

    /**
     * When the newest content change committed (null before the first): no
     * published content anywhere changed later. One probe of the log's key.
     */
    public Instant lastWrite() {
        String sql = "select occurred_at from content_event order by seq desc limit 1";
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(sql);
                ResultSet result = select.executeQuery()) {
            return result.next() ? result.getObject(1, OffsetDateTime.class).toInstant() : null;
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the content log's newest event", e);
        }
    }

    /** Locks the head row for the rest of this transaction (once; later calls are free). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void takeHead() {
        if (transaction.getResource(HEAD_TAKEN) == null) {
            entityManager.createNativeQuery("select seq from content_event_head where id = 1 for update")
                    .getSingleResult();
            transaction.putResource(HEAD_TAKEN, Boolean.TRUE);
        }
    }

    /** Call after the change itself: pending writes are flushed first, so every event follows its change. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(Change change) {
        record(List.of(change));
    }

    /** One event for each change, numbered in this order under one take of the head row. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(List<Change> changes) {
        if (changes.isEmpty()) {
            return;
        }
        if (transaction.getResource(HEAD_TAKEN) == null) {
            throw new IllegalStateException("A content write must take the log's head first: mark it @ContentWrite");
        }
        entityManager.flush();
        entityManager.createNativeQuery("update content_event_head set seq = seq + ?1 where id = 1")
                .setParameter(1, changes.size()).executeUpdate();
        long last = ((Number) entityManager.createNativeQuery("select seq from content_event_head where id = 1")
                .getSingleResult()).longValue();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
        long seq = last - changes.size();
        for (Change change : changes) {
            seq++;
            entityManager.createNativeQuery("insert into content_event (seq, entity_type, entity_id, operation, "
                            + "occurred_at, slug, public_before, public_after) values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)")
                    .setParameter(1, seq)
                    .setParameter(2, change.type().name())
                    .setParameter(3, change.id())
                    .setParameter(4, change.operation().name())
                    .setParameter(5, now)
                    .setParameter(6, change.slug())
                    .setParameter(7, change.publicBefore())
                    .setParameter(8, change.publicAfter())
                    .executeUpdate();
            changed.fire(new ContentChanged(seq, change.type(), change.id(), change.operation()));
        }
    }
}
