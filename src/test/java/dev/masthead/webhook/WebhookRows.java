package dev.masthead.webhook;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import javax.sql.DataSource;

/**
 * Webhook rows for tests, written and read with plain SQL, secrets sealed
 * by {@link WebhookSecrets} as the admin API seals them.
 */
@ApplicationScoped
public class WebhookRows {

    private final DataSource dataSource;
    private final WebhookSecrets secrets;

    WebhookRows(DataSource dataSource, WebhookSecrets secrets) {
        this.dataSource = dataSource;
        this.secrets = secrets;
    }

    public record Row(UUID id, String secret) {
    }

    public record AttemptRow(int number, Integer status, String excerpt, String error, Instant at) {
    }

    /** An active WEBHOOK subscribing to {@code events} (comma-separated), with a fresh secret. */
    public Row create(String url, String events) {
        UUID id = UUID.randomUUID();
        String secret = secrets.generate();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        update("insert into webhook (id, kind, url, events, active, secret, created_at, updated_at, version) "
                + "values (?, 'WEBHOOK', ?, ?, true, ?, ?, ?, 0)", id, url, events, secrets.seal(id, secret), now, now);
        return new Row(id, secret);
    }

    /** Makes {@code previous} sign too until {@code until}, as a rotation does. */
    public void previousSecret(UUID webhook, String previous, Instant until) {
        update("update webhook set previous_secret = ?, previous_secret_until = ? where id = ?",
                secrets.seal(webhook, previous), OffsetDateTime.ofInstant(until, ZoneOffset.UTC), webhook);
    }

    /** A message and its pending delivery, as ping and redeliver leave them; answers the message id. */
    public UUID pending(UUID webhook, String type, String payload) {
        UUID message = UUID.randomUUID();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        update("insert into webhook_message (id, event_type, seq, payload, created_at) values (?, ?, null, ?, ?)",
                message, type, payload, now);
        update("insert into webhook_delivery (id, webhook_id, message_id, status, attempts, schedule_from, "
                + "next_attempt_at, lease_until, created_at, updated_at) values (?, ?, ?, 'PENDING', 0, 0, ?, null, ?, ?)",
                UUID.randomUUID(), webhook, message, now, now, now);
        return message;
    }

    public void delete(UUID webhook) {
        update("delete from webhook where id = ?", webhook);
    }

    public void setUrl(String kind, String url) {
        update("update webhook set url = ? where kind = ?", url, kind);
    }

    /** The webhook's columns by name (active, disabled_reason, ...). */
    public Map<String, Object> webhook(UUID id) {
        return one("select active, disabled_reason, disabled_at, url, events from webhook where id = ?", id);
    }

    /** The one WEBSUB row's columns, or null. */
    public Map<String, Object> hub() {
        return one("select id, url, events, active, secret from webhook where kind = 'WEBSUB'");
    }

    /** The deliveries of a message: status, attempts. */
    /** The deliveries of one message to one webhook (leftover webhooks of other tests may take it too). */
    public List<Map<String, Object>> deliveries(UUID webhook, UUID message) {
        return all("select id, status, attempts, next_attempt_at from webhook_delivery where webhook_id = ? "
                + "and message_id = ?", webhook, message);
    }

    public List<AttemptRow> attempts(UUID webhook, UUID message) {
        List<AttemptRow> rows = new ArrayList<>();
        for (Map<String, Object> row : all("select a.number, a.status_code, a.response_excerpt, a.error, a.attempted_at "
                + "from webhook_attempt a join webhook_delivery d on d.id = a.delivery_id where d.webhook_id = ? "
                + "and d.message_id = ? order by a.number", webhook, message)) {
            rows.add(new AttemptRow(((Number) row.get("number")).intValue(),
                    row.get("status_code") == null ? null : ((Number) row.get("status_code")).intValue(),
                    (String) row.get("response_excerpt"), (String) row.get("error"),
                    ((OffsetDateTime) row.get("attempted_at")).toInstant()));
        }
        return rows;
    }

    public long count(String sql, Object... parameters) {
        return ((Number) one(sql, parameters).values().iterator().next()).longValue();
    }

    public int update(String sql, Object... parameters) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = prepare(connection, sql, parameters)) {
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private Map<String, Object> one(String sql, Object... parameters) {
        List<Map<String, Object>> rows = all(sql, parameters);
        return rows.isEmpty() ? null : rows.get(0);
    }

    private List<Map<String, Object>> all(String sql, Object... parameters) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = prepare(connection, sql, parameters);
                ResultSet result = statement.executeQuery()) {
            List<Map<String, Object>> rows = new ArrayList<>();
            int columns = result.getMetaData().getColumnCount();
            while (result.next()) {
                Map<String, Object> row = new HashMap<>();
                for (int i = 1; i <= columns; i++) {
                    String name = result.getMetaData().getColumnLabel(i).toLowerCase();
                    Object value = result.getObject(i);
                    if (value instanceof java.sql.Timestamp || name.endsWith("_at") || name.endsWith("_until")) {
                        value = result.getObject(i, OffsetDateTime.class);
                    }
                    row.put(name, value);
                }
                rows.add(row);
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static PreparedStatement prepare(Connection connection, String sql, Object... parameters)
            throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        for (int i = 0; i < parameters.length; i++) {
            statement.setObject(i + 1, parameters[i]);
        }
        return statement;
    }
}
