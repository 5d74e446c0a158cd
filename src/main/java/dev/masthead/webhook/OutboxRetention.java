package dev.masthead.webhook;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;

import javax.sql.DataSource;

import org.jboss.logging.Logger;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;

/**
 * Keeps the outbox from growing without end: deliveries that were
 * delivered or failed longer ago than {@code masthead.webhooks.delivery-retention}
 * go (their attempts with them), then the messages no delivery names. In
 * batches of {@link #BATCH} rows, each its own transaction, so no run holds
 * many locks or a long transaction; pending deliveries are never touched.
 */
@ApplicationScoped
class OutboxRetention {

    private static final Logger LOG = Logger.getLogger(OutboxRetention.class);
    static final int BATCH = 1000;
    /** Bounds one run; what is left goes in the next. */
    private static final int MAX_BATCHES = 100;

    private final DataSource dataSource;
    private final Duration retention;
    private volatile boolean stopping;

    OutboxRetention(DataSource dataSource, WebhookConfig config) {
        this.dataSource = dataSource;
        this.retention = config.deliveryRetention();
    }

    void onStop(@Observes ShutdownEvent event) {
        stopping = true;
    }

    @Scheduled(identity = "webhook-outbox-retention", every = "1h", delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        try {
            trim(Instant.now().minus(retention));
        } catch (RuntimeException e) {
            if (!stopping) {
                LOG.warnf(e, "Trimming the webhook outbox failed; retried next hour");
            }
        }
    }

    /** Removes what finished before {@code cutoff}; answers how many deliveries and messages went. */
    int trim(Instant cutoff) {
        int removed = 0;
        for (int batch = 0; batch < MAX_BATCHES && !stopping; batch++) {
            int deliveries = deleteFinishedDeliveries(cutoff);
            removed += deliveries;
            if (deliveries < BATCH) {
                break;
            }
        }
        for (int batch = 0; batch < MAX_BATCHES && !stopping; batch++) {
            int messages = deleteUnreferencedMessages(cutoff);
            removed += messages;
            if (messages < BATCH) {
                break;
            }
        }
        return removed;
    }

    @Transactional
    int deleteFinishedDeliveries(Instant cutoff) {
        return delete("delete from webhook_delivery where id in (select id from webhook_delivery "
                + "where status in ('DELIVERED', 'FAILED') and updated_at < ? limit " + BATCH + ")", cutoff);
    }

    @Transactional
    int deleteUnreferencedMessages(Instant cutoff) {
        return delete("delete from webhook_message where id in (select m.id from webhook_message m "
                + "where m.created_at < ? and not exists (select 1 from webhook_delivery d where d.message_id = m.id) "
                + "limit " + BATCH + ")", cutoff);
    }

    private int delete(String sql, Instant cutoff) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement delete = connection.prepareStatement(sql)) {
            delete.setObject(1, OutboxDeliveries.at(cutoff));
            return delete.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot trim the webhook outbox", e);
        }
    }
}
