package dev.masthead.webhook;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

import dev.masthead.web.PageMeta;

/**
 * The delivery log of one endpoint as an admin reads it, and the two ways an
 * admin adds to the sender's work: a redelivery and a ping. A page is at most
 * 100 deliveries with their latest {@link #ATTEMPTS_SHOWN} attempts each (an
 * attempt keeps at most 1 KB of response and 500 characters of error), so a
 * page stays under about 1.5 MB whatever the history. Writes join the
 * caller's transaction.
 */
@ApplicationScoped
class DeliveryHistory {

    static final int ATTEMPTS_SHOWN = 10;

    private static final String DELIVERY_COLUMNS = "d.id, d.message_id, m.event_type, d.status, d.attempts, "
            + "d.created_at, d.next_attempt_at";
    private static final String FROM = " from webhook_delivery d join webhook_message m on m.id = d.message_id";

    private final DataSource dataSource;

    DeliveryHistory(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Newest first. */
    WebhookDeliveryPage page(UUID webhook, int page, int pageSize) {
        String sql = "select " + DELIVERY_COLUMNS + FROM
                + " where d.webhook_id = ? order by d.created_at desc, d.id desc limit ? offset ?";
        try (Connection connection = dataSource.getConnection()) {
            long total;
            try (PreparedStatement count = connection.prepareStatement(
                    "select count(*) from webhook_delivery where webhook_id = ?")) {
                count.setObject(1, webhook);
                try (ResultSet result = count.executeQuery()) {
                    result.next();
                    total = result.getLong(1);
                }
            }
            List<Row> rows = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement(sql)) {
                select.setObject(1, webhook);
                select.setInt(2, pageSize);
                select.setLong(3, (long) (page - 1) * pageSize);
                try (ResultSet result = select.executeQuery()) {
                    while (result.next()) {
                        rows.add(Row.read(result));
                    }
                }
            }
            return new WebhookDeliveryPage(withAttempts(connection, rows), PageMeta.counted(page, pageSize, total, null));
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the deliveries of webhook " + webhook, e);
        }
    }

    Optional<WebhookDeliveryView> one(UUID webhook, UUID delivery) {
        String sql = "select " + DELIVERY_COLUMNS + FROM + " where d.id = ? and d.webhook_id = ?";
        try (Connection connection = dataSource.getConnection()) {
            List<Row> rows = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement(sql)) {
                select.setObject(1, delivery);
                select.setObject(2, webhook);
                try (ResultSet result = select.executeQuery()) {
                    if (result.next()) {
                        rows.add(Row.read(result));
                    }
                }
            }
            return withAttempts(connection, rows).stream().findFirst();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read delivery " + delivery, e);
        }
    }

    /**
     * Sends the delivery again from the start of the retry schedule, unless a
     * sender holds it right now (its lease has not run out).
     *
     * @return false when the endpoint has no such delivery or it is out being sent
     */
    boolean redeliver(UUID webhook, UUID delivery, Instant now) {
        String sql = "update webhook_delivery set status = 'PENDING', next_attempt_at = ?, lease_until = null, "
                + "schedule_from = attempts, updated_at = ? "
                + "where id = ? and webhook_id = ? and (lease_until is null or lease_until <= ?)";
        try (Connection connection = dataSource.getConnection();
                PreparedStatement update = connection.prepareStatement(sql)) {
            OffsetDateTime at = at(now);
            update.setObject(1, at);
            update.setObject(2, at);
            update.setObject(3, delivery);
            update.setObject(4, webhook);
            update.setObject(5, at);
            return update.executeUpdate() == 1;
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot redeliver delivery " + delivery, e);
        }
    }

    /** A new message for this endpoint only, due now; answers the delivery's id. */
    UUID queue(UUID webhook, String eventType, String payload, Instant now) {
        UUID message = UUID.randomUUID();
        UUID delivery = UUID.randomUUID();
        OffsetDateTime at = at(now);
        try (Connection connection = dataSource.getConnection()) {
            try (PreparedStatement insert = connection.prepareStatement(
                    "insert into webhook_message (id, event_type, seq, payload, created_at) values (?, ?, null, ?, ?)")) {
                insert.setObject(1, message);
                insert.setString(2, eventType);
                insert.setString(3, payload);
                insert.setObject(4, at);
                insert.executeUpdate();
            }
            try (PreparedStatement insert = connection.prepareStatement("insert into webhook_delivery (id, webhook_id, "
                    + "message_id, status, attempts, schedule_from, next_attempt_at, lease_until, created_at, updated_at) "
                    + "values (?, ?, ?, 'PENDING', 0, 0, ?, null, ?, ?)")) {
                insert.setObject(1, delivery);
                insert.setObject(2, webhook);
                insert.setObject(3, message);
                insert.setObject(4, at);
                insert.setObject(5, at);
                insert.setObject(6, at);
                insert.executeUpdate();
            }
            return delivery;
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot queue a " + eventType + " for webhook " + webhook, e);
        }
    }

    /**
     * Deletes ping messages no delivery refers to any more (their webhook was
     * deleted). A ping's message and delivery commit together, so this never
     * takes one that is still to be sent. Content event messages are the
     * sender's to trim.
     */
    void forgetOrphanPings() {
        String sql = "delete from webhook_message where event_type = ? and not exists "
                + "(select 1 from webhook_delivery d where d.message_id = webhook_message.id)";
        try (Connection connection = dataSource.getConnection(); PreparedStatement delete = connection.prepareStatement(sql)) {
            delete.setString(1, WebhookEvents.PING);
            delete.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot delete the pings of a deleted webhook", e);
        }
    }

    /** The latest attempts of these deliveries, one query for all of them. */
    private static List<WebhookDeliveryView> withAttempts(Connection connection, List<Row> rows) throws SQLException {
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<UUID, List<WebhookAttemptView>> attempts = new LinkedHashMap<>();
        rows.forEach(row -> attempts.put(row.id(), new ArrayList<>()));
        String marks = String.join(", ", Collections.nCopies(rows.size(), "?"));
        String sql = "select delivery_id, number, attempted_at, status_code, duration_ms, response_excerpt, error from ("
                + "select a.*, row_number() over (partition by a.delivery_id order by a.number desc) as latest "
                + "from webhook_attempt a where a.delivery_id in (" + marks + ")) recent where latest <= ? "
                + "order by delivery_id, number";
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            for (int i = 0; i < rows.size(); i++) {
                select.setObject(i + 1, rows.get(i).id());
            }
            select.setInt(rows.size() + 1, ATTEMPTS_SHOWN);
            try (ResultSet result = select.executeQuery()) {
                while (result.next()) {
                    int status = result.getInt(4);
                    Integer statusCode = result.wasNull() ? null : status;
                    attempts.get(result.getObject(1, UUID.class)).add(new WebhookAttemptView(result.getInt(2),
                            instant(result, 3), statusCode, result.getInt(5), result.getString(6), result.getString(7)));
                }
            }
        }
        return rows.stream().map(row -> row.view(attempts.get(row.id()))).toList();
    }

    private static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(ResultSet result, int column) throws SQLException {
        OffsetDateTime at = result.getObject(column, OffsetDateTime.class);
        return at == null ? null : at.toInstant();
    }

    private record Row(UUID id, UUID message, String eventType, String status, int attempts, Instant createdAt,
            Instant nextAttemptAt) {

        static Row read(ResultSet result) throws SQLException {
            return new Row(result.getObject(1, UUID.class), result.getObject(2, UUID.class), result.getString(3),
                    result.getString(4), result.getInt(5), instant(result, 6), instant(result, 7));
        }

        WebhookDeliveryView view(List<WebhookAttemptView> latest) {
            String shown = status.toLowerCase(Locale.ROOT);
            // Only a pending delivery has a next attempt; the sender may leave the last due time behind.
            Instant next = status.equals("PENDING") ? nextAttemptAt : null;
            return new WebhookDeliveryView(id, message, eventType, shown, attempts, createdAt, next, latest);
        }
    }
}
