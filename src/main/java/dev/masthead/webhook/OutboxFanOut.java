package dev.masthead.webhook;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import javax.sql.DataSource;

import dev.masthead.content.EntityType;
import dev.masthead.content.Operation;

/**
 * Turns the content log into outbox rows, one batch per transaction: a
 * {@code webhook_message} per event that someone subscribes to (its payload
 * built once, its id the {@code webhook-id} of every attempt), a
 * {@code webhook_delivery} per subscribed endpoint, and one WebSub ping per
 * changed feed. The outbox head advances in the same transaction, so an
 * event is fanned out exactly once, whatever crashes.
 * <p>
 * <b>One replica at a time.</b> The batch first takes the outbox head row
 * with {@code FOR UPDATE SKIP LOCKED}: a replica that finds it taken skips
 * the turn. The content log commits in sequence order (every content write
 * takes the log's head row first), so reading {@code seq > head} in order
 * never skips an event that commits later. Lock order: outbox head, then
 * the rows read for payloads (shared reads only), so no content writer waits on it.
 * <p>
 * Memory: the batch holds the events' metadata and one payload at a time.
 */
@ApplicationScoped
class OutboxFanOut {

    static final int BATCH = 200;
    static final String WEBSUB_PUBLISH = "websub.publish";

    private final DataSource dataSource;
    private final WebhookPayloads payloads;
    private final RetrySchedule schedule;

    OutboxFanOut(DataSource dataSource, WebhookPayloads payloads, WebhookConfig config) {
        this.dataSource = dataSource;
        this.payloads = payloads;
        this.schedule = new RetrySchedule(config.retrySchedule(), config.retryJitter());
    }

    /** What one batch did: events read, messages made, and whether a full batch left more behind. */
    record Batch(int events, int messages, boolean more) {
        static final Batch BUSY = new Batch(0, 0, false);
    }

    @Transactional
    Batch run() {
        try (Connection connection = dataSource.getConnection()) {
            Long head = lockHead(connection);
            if (head == null) {
                return Batch.BUSY;
            }
            List<LoggedEvent> events = eventsAfter(connection, head);
            if (events.isEmpty()) {
                return new Batch(0, 0, false);
            }
            List<Endpoint> endpoints = endpoints(connection);
            UUID hub = endpoints.stream().filter(Endpoint::hub).map(Endpoint::id).findFirst().orElse(null);
            Instant now = Instant.now();
            int messages = 0;
            Set<String> topics = new LinkedHashSet<>();
            for (LoggedEvent event : events) {
                String type = event.eventType();
                if (type == null) {
                    continue;
                }
                List<UUID> targets = endpoints.stream().filter(endpoint -> endpoint.takes(type, event.occurredAt()))
                        .map(Endpoint::id).toList();
                if (!targets.isEmpty()) {
                    enqueue(connection, type, event.seq(), payloads.payload(event, type), targets, now);
                    messages++;
                }
                if (hub != null) {
                    topics.addAll(payloads.topics(event, type));
                }
            }
            for (String topic : topics) {
                enqueue(connection, WEBSUB_PUBLISH, null, WebhookPayloads.publish(topic), List.of(hub), now);
                messages++;
            }
            long last = events.get(events.size() - 1).seq();
            try (PreparedStatement update = connection.prepareStatement(
                    "update webhook_outbox_head set seq = ? where id = 1")) {
                update.setLong(1, last);
                update.executeUpdate();
            }
            return new Batch(events.size(), messages, events.size() == BATCH);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot fan content events out to webhooks", e);
        }
    }

    private static Long lockHead(Connection connection) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "select seq from webhook_outbox_head where id = 1 for update skip locked");
                ResultSet row = select.executeQuery()) {
            return row.next() ? row.getLong(1) : null;
        }
    }

    private static List<LoggedEvent> eventsAfter(Connection connection, long head) throws SQLException {
        List<LoggedEvent> events = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("select seq, entity_type, entity_id, operation, "
                + "occurred_at, slug, public_before, public_after from content_event where seq > ? order by seq "
                + "limit " + BATCH)) {
            select.setLong(1, head);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    events.add(new LoggedEvent(rows.getLong(1), EntityType.valueOf(rows.getString(2)),
                            rows.getObject(3, UUID.class), Operation.valueOf(rows.getString(4)),
                            rows.getObject(5, OffsetDateTime.class).toInstant(), rows.getString(6),
                            rows.getBoolean(7), rows.getBoolean(8)));
                }
            }
        }
        return events;
    }

    /**
     * An active endpoint and what it subscribes to; the WebSub hub takes feed
     * pings only. An endpoint is told of what happened since it was made, not
     * of older events the fan-out reads only now.
     */
    private record Endpoint(UUID id, boolean hub, List<String> subscriptions, Instant createdAt) {
        boolean takes(String type, Instant occurredAt) {
            return !hub && !occurredAt.isBefore(createdAt) && WebhookEvents.matchesAny(subscriptions, type);
        }
    }

    private static List<Endpoint> endpoints(Connection connection) throws SQLException {
        List<Endpoint> endpoints = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(
                "select id, kind, events, created_at from webhook where active order by id");
                ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                List<String> subscriptions = Arrays.stream(rows.getString(3).split(",")).map(String::strip)
                        .filter(s -> !s.isEmpty()).toList();
                endpoints.add(new Endpoint(rows.getObject(1, UUID.class), "WEBSUB".equals(rows.getString(2)),
                        subscriptions, rows.getObject(4, OffsetDateTime.class).toInstant()));
            }
        }
        return endpoints;
    }

    private void enqueue(Connection connection, String type, Long seq, String payload, List<UUID> targets,
            Instant now) throws SQLException {
        UUID message = UUID.randomUUID();
        OffsetDateTime at = OffsetDateTime.ofInstant(now, ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
        try (PreparedStatement insert = connection.prepareStatement("insert into webhook_message (id, event_type, "
                + "seq, payload, created_at) values (?, ?, ?, ?, ?)")) {
            insert.setObject(1, message);
            insert.setString(2, type);
            if (seq == null) {
                insert.setNull(3, Types.BIGINT);
            } else {
                insert.setLong(3, seq);
            }
            insert.setString(4, payload);
            insert.setObject(5, at);
            insert.executeUpdate();
        }
        try (PreparedStatement insert = connection.prepareStatement("insert into webhook_delivery (id, webhook_id, "
                + "message_id, status, attempts, schedule_from, next_attempt_at, lease_until, created_at, updated_at) "
                + "values (?, ?, ?, 'PENDING', 0, 0, ?, null, ?, ?)")) {
            for (UUID target : targets) {
                insert.setObject(1, UUID.randomUUID());
                insert.setObject(2, target);
                insert.setObject(3, message);
                insert.setObject(4, OffsetDateTime.ofInstant(now.plus(schedule.first()), ZoneOffset.UTC)
                        .truncatedTo(ChronoUnit.MICROS));
                insert.setObject(5, at);
                insert.setObject(6, at);
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }
}
