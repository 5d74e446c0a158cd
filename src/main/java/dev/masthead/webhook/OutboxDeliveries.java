package dev.masthead.webhook;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import javax.sql.DataSource;

/**
 * The senders' side of the outbox, each step one short transaction: claim
 * due deliveries, then record how an attempt went.
 * <p>
 * <b>No delivery is sent by two replicas at once.</b> A claim takes the due
 * rows with {@code FOR UPDATE SKIP LOCKED} (replicas claiming together take
 * different rows) and leases them until the request's timeout plus a margin
 * has passed; a lease is only taken over once it has run out, which happens
 * when its holder died. Recording checks the delivery still stands where
 * the claim left it ({@code attempts} unchanged), so a holder that lost its
 * lease cannot overwrite the newer holder's work.
 */
@ApplicationScoped
class OutboxDeliveries {

    /** How long past its timeout a request's lease lasts: time to record the attempt. */
    static final Duration LEASE_MARGIN = Duration.ofSeconds(15);
    static final int EXCERPT_CHARS = 1024;
    private static final int REASON_CHARS = 500;

    private static final String DUE = "select d.id from webhook_delivery d where d.status = 'PENDING' "
            + "and d.next_attempt_at <= ? and (d.lease_until is null or d.lease_until < ?) "
            + "and exists (select 1 from webhook w where w.id = d.webhook_id and w.active) "
            + "order by d.next_attempt_at, d.id limit ? for update skip locked";
    private static final String CLAIMED = "select d.id, w.id, w.kind, w.url, w.secret, w.previous_secret, "
            + "w.previous_secret_until, m.id, m.payload, d.attempts, d.schedule_from, d.created_at "
            + "from webhook_delivery d join webhook w on w.id = d.webhook_id join webhook_message m on m.id = d.message_id "
            + "where d.id in (%s)";

    private final DataSource dataSource;
    private final RetrySchedule schedule;
    private final Duration lease;

    OutboxDeliveries(DataSource dataSource, WebhookConfig config) {
        this.dataSource = dataSource;
        this.schedule = new RetrySchedule(config.retrySchedule(), config.retryJitter());
        this.lease = config.timeout().plus(LEASE_MARGIN);
    }

    /** Leases up to {@code limit} due deliveries of active endpoints to this replica. */
    @Transactional
    List<Claim> claim(int limit, Instant now) {
        try (Connection connection = dataSource.getConnection()) {
            List<UUID> ids = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement(DUE)) {
                select.setObject(1, at(now));
                select.setObject(2, at(now));
                select.setInt(3, limit);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        ids.add(rows.getObject(1, UUID.class));
                    }
                }
            }
            if (ids.isEmpty()) {
                return List.of();
            }
            String in = String.join(", ", Collections.nCopies(ids.size(), "?"));
            try (PreparedStatement update = connection.prepareStatement(
                    "update webhook_delivery set lease_until = ? where id in (" + in + ")")) {
                update.setObject(1, at(now.plus(lease)));
                for (int i = 0; i < ids.size(); i++) {
                    update.setObject(i + 2, ids.get(i));
                }
                update.executeUpdate();
            }
            List<Claim> claims = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement(String.format(CLAIMED, in))) {
                for (int i = 0; i < ids.size(); i++) {
                    select.setObject(i + 1, ids.get(i));
                }
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        claims.add(new Claim(rows.getObject(1, UUID.class), rows.getObject(2, UUID.class),
                                "WEBSUB".equals(rows.getString(3)), rows.getString(4), rows.getString(5),
                                rows.getString(6), instant(rows, 7), rows.getObject(8, UUID.class), rows.getString(9),
                                rows.getInt(10), rows.getInt(11), instant(rows, 12)));
                    }
                }
            }
            return claims;
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot claim due webhook deliveries", e);
        }
    }

    /**
     * Records the attempt and moves the delivery on: delivered, due again
     * after the schedule's next wait, or failed; a 410 or a schedule spent
     * without one success disables the endpoint. False when the delivery had
     * moved on without this replica (its lease ran out).
     */
    @Transactional
    boolean record(Claim claim, Attempt attempt) {
        Instant now = Instant.now();
        int made = claim.attempts() + 1 - claim.scheduleFrom();
        String status;
        Instant next = null;
        String disable = null;
        try (Connection connection = dataSource.getConnection()) {
            if (attempt.delivered()) {
                status = "DELIVERED";
            } else if (attempt.gone()) {
                status = "FAILED";
                disable = "The endpoint answered 410 Gone";
            } else {
                Optional<Duration> wait = schedule.after(made, attempt.retryAfter());
                if (wait.isPresent()) {
                    status = "PENDING";
                    next = now.plus(wait.get());
                } else {
                    status = "FAILED";
                    if (!deliveredSince(connection, claim.webhook(), claim.createdAt())) {
                        disable = "Every attempt failed for the whole retry schedule: " + made + " attempts from "
                                + claim.createdAt().truncatedTo(ChronoUnit.SECONDS) + " to "
                                + now.truncatedTo(ChronoUnit.SECONDS) + ", the last " + attempt.outcome();
                    }
                }
            }
            try (PreparedStatement update = connection.prepareStatement("update webhook_delivery set status = ?, "
                    + "attempts = attempts + 1, next_attempt_at = ?, lease_until = null, updated_at = ? "
                    + "where id = ? and attempts = ? and status = 'PENDING'")) {
                update.setString(1, status);
                if (next == null) {
                    update.setNull(2, Types.TIMESTAMP_WITH_TIMEZONE);
                } else {
                    update.setObject(2, at(next));
                }
                update.setObject(3, at(now));
                update.setObject(4, claim.delivery());
                update.setInt(5, claim.attempts());
                if (update.executeUpdate() == 0) {
                    return false;
                }
            }
            try (PreparedStatement insert = connection.prepareStatement("insert into webhook_attempt (delivery_id, "
                    + "number, attempted_at, status_code, duration_ms, response_excerpt, error) "
                    + "values (?, ?, ?, ?, ?, ?, ?)")) {
                insert.setObject(1, claim.delivery());
                insert.setInt(2, claim.attempts() + 1);
                insert.setObject(3, at(attempt.at()));
                if (attempt.status() == null) {
                    insert.setNull(4, Types.INTEGER);
                } else {
                    insert.setInt(4, attempt.status());
                }
                insert.setInt(5, (int) Math.min(Integer.MAX_VALUE, attempt.durationMillis()));
                insert.setString(6, clip(attempt.excerpt(), EXCERPT_CHARS));
                insert.setString(7, clip(attempt.error(), REASON_CHARS));
                insert.executeUpdate();
            }
            if (disable != null) {
                try (PreparedStatement update = connection.prepareStatement("update webhook set active = false, "
                        + "disabled_reason = ?, disabled_at = ?, updated_at = ?, version = version + 1 "
                        + "where id = ? and active")) {
                    update.setString(1, clip(disable, REASON_CHARS));
                    update.setObject(2, at(now));
                    update.setObject(3, at(now));
                    update.setObject(4, claim.webhook());
                    update.executeUpdate();
                }
            }
            return true;
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot record a webhook attempt", e);
        }
    }

    /** Whether any delivery to this endpoint succeeded since {@code since}: then it is not dead, only this one failed. */
    private static boolean deliveredSince(Connection connection, UUID webhook, Instant since) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("select 1 from webhook_delivery "
                + "where webhook_id = ? and status = 'DELIVERED' and updated_at >= ? limit 1")) {
            select.setObject(1, webhook);
            select.setObject(2, at(since));
            try (ResultSet row = select.executeQuery()) {
                return row.next();
            }
        }
    }

    private static String clip(String text, int chars) {
        if (text == null) {
            return null;
        }
        // PostgreSQL text cannot hold NUL; a response excerpt may.
        String clean = text.replace('\0', '\uFFFD');
        return clean.length() <= chars ? clean : clean.substring(0, chars);
    }

    static OffsetDateTime at(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }

    private static Instant instant(ResultSet rows, int column) throws SQLException {
        OffsetDateTime value = rows.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
