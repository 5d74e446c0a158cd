package dev.masthead.sync;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;

/**
 * Trims the content log to its retention ({@code masthead.sync.retention}),
 * every {@code masthead.sync.trim-interval}, in batches of {@link #BATCH}
 * events, each its own transaction and at most {@link #MAX_BATCHES} a run.
 * It never removes the newest event (the log's last write stays known) nor
 * one the webhook fan-out has not read yet (above webhook_outbox_head).
 * Each batch records the highest position it removed in
 * content_event_head.trimmed_through, in the same transaction, so a sync
 * cursor below it is refused as expired rather than answered with a gap.
 * The head row is locked only by that last short update, after the delete:
 * content writers wait for one commit at most.
 */
@ApplicationScoped
public class ContentLogRetention {

    private static final Logger LOG = Logger.getLogger(ContentLogRetention.class);
    static final int BATCH = 1000;
    static final int MAX_BATCHES = 100;

    private final EntityManager entityManager;
    private final SyncConfig config;
    private volatile boolean stopping;

    ContentLogRetention(EntityManager entityManager, SyncConfig config) {
        this.entityManager = entityManager;
        this.config = config;
    }

    void onStop(@Observes ShutdownEvent event) {
        stopping = true;
    }

    @Scheduled(identity = "content-log-trim", every = "${masthead.sync.trim-interval}", delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void poll() {
        try {
            run(Instant.now().minus(config.retention()));
        } catch (RuntimeException e) {
            if (!stopping) {
                LOG.errorf(e, "Trimming the content log failed; the next run tries again");
            }
        }
    }

    /** Removes the events older than {@code cutoff} that may go; answers how many went. */
    public int run(Instant cutoff) {
        int removed = 0;
        for (int batch = 0; batch < MAX_BATCHES && !stopping; batch++) {
            int done = trimBatch(cutoff);
            removed += done;
            if (done < BATCH) {
                break;
            }
        }
        return removed;
    }

    @Transactional
    int trimBatch(Instant cutoff) {
        OffsetDateTime before = OffsetDateTime.ofInstant(cutoff, ZoneOffset.UTC);
        Number through = (Number) entityManager.createNativeQuery("select max(seq) from (select seq from content_event "
                        + "where occurred_at < ?1 and seq <= (select seq from webhook_outbox_head where id = 1) "
                        + "and seq < (select seq from content_event_head where id = 1) order by seq limit ?2) batch")
                .setParameter(1, before).setParameter(2, BATCH).getSingleResult();
        if (through == null) {
            return 0;
        }
        int removed = entityManager.createNativeQuery("delete from content_event where seq <= ?1 and occurred_at < ?2")
                .setParameter(1, through.longValue()).setParameter(2, before).executeUpdate();
        entityManager.createNativeQuery("update content_event_head set trimmed_through = greatest(trimmed_through, ?1) "
                + "where id = 1").setParameter(1, through.longValue()).executeUpdate();
        return removed;
    }
}
