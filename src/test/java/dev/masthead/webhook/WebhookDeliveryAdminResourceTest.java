package dev.masthead.webhook;

import static dev.masthead.auth.AdminSession.asAdmin;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.masthead.webhook.WebhookFixtures.CreatedWebhook;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The delivery log as an admin reads it, and the work an admin queues:
 * redeliveries and pings. The rows a sender would write are made here with
 * SQL, so the shapes are checked without sending anything.
 */
@QuarkusTest
class WebhookDeliveryAdminResourceTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    DataSource dataSource;

    @Test
    void deliveriesListNewestFirstWithTheirAttempts() throws SQLException {
        CreatedWebhook webhook = WebhookFixtures.createWebhook("log");
        Instant base = Instant.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.MILLIS);
        UUID older = delivery(webhook, "article.published", "FAILED", 3, base, null);
        attempt(older, 1, base, 500, 120, "{\"error\":\"boom\"}", null);
        attempt(older, 2, base.plusSeconds(5), null, 10_000, null, "timed out after PT10S");
        attempt(older, 3, base.plusSeconds(300), 503, 80, "busy", null);
        // Due an hour from now: the sender must not take it while the test reads it.
        Instant due = Instant.now().plus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.MILLIS);
        UUID newer = delivery(webhook, "tag.updated", "PENDING", 0, base.plusSeconds(60), due);

        var page = asAdmin().get(webhook.path() + "/deliveries").then().statusCode(200)
                .header("Cache-Control", "no-store")
                .body("meta.total", equalTo(2))
                .body("meta.page", equalTo(1))
                .body("data.id", contains(newer.toString(), older.toString()))
                .body("data[0].eventType", equalTo("tag.updated"))
                .body("data[0].status", equalTo("pending"))
                .body("data[0].attemptCount", equalTo(0))
                .body("data[0].nextAttemptAt", equalTo(due.toString()))
                .body("data[0].attempts.size()", equalTo(0))
                .body("data[1].eventType", equalTo("article.published"))
                .body("data[1].status", equalTo("failed"))
                .body("data[1].attemptCount", equalTo(3))
                .body("data[1]", not(hasKey("nextAttemptAt")))
                .body("data[1].createdAt", equalTo(base.toString()))
                .body("data[1].attempts.number", contains(1, 2, 3))
                .body("data[1].attempts[0].attemptedAt", equalTo(base.toString()))
                .body("data[1].attempts[0].statusCode", equalTo(500))
                .body("data[1].attempts[0].durationMs", equalTo(120))
                .body("data[1].attempts[0].response", equalTo("{\"error\":\"boom\"}"))
                .body("data[1].attempts[1].statusCode", nullValue())
                .body("data[1].attempts[1].error", equalTo("timed out after PT10S"))
                .body("data[1].attempts[2].response", equalTo("busy"))
                .extract();
        String messageId = page.path("data[1].messageId");
        assertEquals(messageOf(older).toString(), messageId);

        asAdmin().get(webhook.path() + "/deliveries?pageSize=1&page=2").then().statusCode(200)
                .body("meta.totalPages", equalTo(2))
                .body("data.id", contains(older.toString()));
        asAdmin().get(webhook.path() + "/deliveries/" + older).then().statusCode(200)
                .body("data.id", equalTo(older.toString()))
                .body("data.messageId", equalTo(messageId))
                .body("data.attempts.size()", equalTo(3));
        asAdmin().get(webhook.path() + "/deliveries?pageSize=101").then().statusCode(400)
                .body("code", equalTo("invalid-parameter"));
    }

    @Test
    void onlyTheLatestAttemptsOfALongHistoryShow() throws SQLException {
        CreatedWebhook webhook = WebhookFixtures.createWebhook("long-history");
        Instant base = Instant.now().minus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MILLIS);
        int made = DeliveryHistory.ATTEMPTS_SHOWN + 5;
        UUID delivery = delivery(webhook, "article.updated", "FAILED", made, base, null);
        for (int n = 1; n <= made; n++) {
            attempt(delivery, n, base.plusSeconds(n), 500, 5, null, null);
        }
        asAdmin().get(webhook.path() + "/deliveries/" + delivery).then().statusCode(200)
                .body("data.attemptCount", equalTo(made))
                .body("data.attempts.size()", equalTo(DeliveryHistory.ATTEMPTS_SHOWN))
                .body("data.attempts[0].number", equalTo(6))
                .body("data.attempts[9].number", equalTo(made));
    }

    @Test
    void redeliveryStartsTheRetryScheduleAgain() throws SQLException {
        CreatedWebhook webhook = WebhookFixtures.createWebhook("redeliver");
        Instant base = Instant.now().minus(3, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MILLIS);
        UUID delivery = delivery(webhook, "article.deleted", "FAILED", 8, base, null);
        attempt(delivery, 8, base.plusSeconds(60), 500, 30, "no", null);
        UUID message = messageOf(delivery);
        Instant asked = Instant.now().truncatedTo(ChronoUnit.MILLIS);

        asAdmin().post(webhook.path() + "/deliveries/" + delivery + "/redeliver").then().statusCode(202)
                .header("Cache-Control", "no-store")
                .body("data.id", equalTo(delivery.toString()))
                .body("data.messageId", equalTo(message.toString()))
                .body("data.status", equalTo("pending"))
                .body("data.attemptCount", equalTo(8))
                .body("data.nextAttemptAt", notNullValue())
                .body("data.attempts.number", contains(8));

        Map<String, Object> row = deliveryRow(delivery);
        assertEquals(8, ((Number) row.get("schedule_from")).intValue(), "the schedule counts from here");
        assertNull(row.get("lease_until"));
        // The sender may have sent it already (to the fixtures' sink): then it is the ninth attempt, delivered.
        if ("PENDING".equals(row.get("status"))) {
            Instant next = (Instant) row.get("next_attempt_at");
            assertTrue(!next.isBefore(asked.minusSeconds(1)) && next.isBefore(Instant.now().plusSeconds(1)),
                    "due now: " + next);
        } else {
            assertEquals("DELIVERED", row.get("status"));
            assertEquals(9, ((Number) row.get("attempts")).intValue());
        }
        assertEquals(message, row.get("message_id"), "the same webhook-id goes out again");
    }

    @Test
    void aDeliveryBeingSentIsNotRedeliveredUnderTheSender() throws SQLException {
        CreatedWebhook webhook = WebhookFixtures.createWebhook("in-flight");
        // Not due yet, so no sender claims it before the lease below makes it look taken.
        UUID delivery = delivery(webhook, "article.published", "PENDING", 1, Instant.now(),
                Instant.now().plus(1, ChronoUnit.HOURS));
        update("update webhook_delivery set lease_until = ? where id = ?",
                OffsetDateTime.now(ZoneOffset.UTC).plusMinutes(1), delivery);

        asAdmin().post(webhook.path() + "/deliveries/" + delivery + "/redeliver").then().statusCode(409)
                .body("code", equalTo("conflict"));
        assertEquals(0, ((Number) deliveryRow(delivery).get("schedule_from")).intValue());
    }

    @Test
    void anotherWebhooksDeliveryIsNotFound() throws SQLException {
        CreatedWebhook mine = WebhookFixtures.createWebhook("mine");
        CreatedWebhook theirs = WebhookFixtures.createWebhook("theirs");
        UUID delivery = delivery(theirs, "article.published", "FAILED", 1, Instant.now(), null);

        asAdmin().get(mine.path() + "/deliveries/" + delivery).then().statusCode(404).body("code", equalTo("not-found"));
        asAdmin().post(mine.path() + "/deliveries/" + delivery + "/redeliver").then().statusCode(404);
        asAdmin().post(mine.path() + "/deliveries/" + UUID.randomUUID() + "/redeliver").then().statusCode(404);
        asAdmin().get(mine.path() + "/deliveries").then().statusCode(200).body("meta.total", equalTo(0));
        assertEquals("FAILED", deliveryRow(delivery).get("status"), "their delivery is untouched");
        asAdmin().get("/api/v1/admin/webhooks/" + UUID.randomUUID() + "/deliveries").then().statusCode(404);
    }

    @Test
    void aPingIsAPendingDeliveryOfASignedTestEvent() throws Exception {
        CreatedWebhook webhook = WebhookFixtures.createWebhook("ping");
        Instant asked = Instant.now().truncatedTo(ChronoUnit.MILLIS);

        var pinged = asAdmin().post(webhook.path() + "/ping").then().statusCode(202)
                .header("Cache-Control", "no-store")
                .body("data.eventType", equalTo("webhook.ping"))
                .body("data.status", equalTo("pending"))
                .body("data.attemptCount", equalTo(0))
                .body("data.nextAttemptAt", notNullValue())
                .body("data.attempts.size()", equalTo(0))
                .extract();
        UUID delivery = UUID.fromString(pinged.path("data.id"));

        Map<String, Object> row = deliveryRow(delivery);
        assertEquals(UUID.fromString(webhook.id()), row.get("webhook_id"));
        assertEquals(0, ((Number) row.get("schedule_from")).intValue());
        assertEquals(UUID.fromString(pinged.path("data.messageId")), row.get("message_id"));
        try (Connection connection = dataSource.getConnection(); PreparedStatement select = connection.prepareStatement(
                "select event_type, seq, payload from webhook_message where id = ?")) {
            select.setObject(1, row.get("message_id"));
            try (ResultSet result = select.executeQuery()) {
                assertTrue(result.next());
                assertEquals("webhook.ping", result.getString(1));
                assertNull(result.getObject(2));
                JsonNode payload = JSON.readTree(result.getString(3));
                assertEquals(List.of("type", "timestamp", "data"), iterable(payload.fieldNames()));
                assertEquals("webhook.ping", payload.path("type").asText());
                Instant at = Instant.parse(payload.path("timestamp").asText());
                assertTrue(Duration.between(asked, at).abs().compareTo(Duration.ofSeconds(5)) < 0, at.toString());
                assertEquals(webhook.id(), payload.path("data").path("webhookId").asText());
                assertEquals(1, payload.path("data").size());
            }
        }
        asAdmin().get(webhook.path() + "/deliveries").then().statusCode(200)
                .body("data.id", contains(delivery.toString()));
    }

    @Test
    void deletingAWebhookTakesItsDeliveriesAndPingsWithIt() throws SQLException {
        CreatedWebhook webhook = WebhookFixtures.createWebhook("deleted");
        UUID ping = UUID.fromString(WebhookFixtures.ping(webhook.id()));
        UUID message = messageOf(ping);
        UUID delivery = delivery(webhook, "article.published", "FAILED", 1, Instant.now(), null);
        attempt(delivery, 1, Instant.now(), 500, 5, null, null);

        asAdmin().header("If-Match", "*").delete(webhook.path()).then().statusCode(204);

        assertEquals(0, count("select count(*) from webhook_delivery where webhook_id = ?", UUID.fromString(webhook.id())));
        assertEquals(0, count("select count(*) from webhook_attempt where delivery_id = ?", delivery));
        assertEquals(0, count("select count(*) from webhook_message where id = ?", message));
    }

    @Test
    void anInactiveWebhookIsNeitherPingedNorRedelivered() throws SQLException {
        CreatedWebhook webhook = WebhookFixtures.createWebhook("off");
        UUID delivery = delivery(webhook, "article.published", "FAILED", 8, Instant.now(), null);
        asAdmin().contentType("application/merge-patch+json").header("If-Match", "*")
                .body(Map.of("active", false)).patch(webhook.path()).then().statusCode(200);

        asAdmin().post(webhook.path() + "/ping").then().statusCode(409).body("code", equalTo("conflict"));
        asAdmin().post(webhook.path() + "/deliveries/" + delivery + "/redeliver").then().statusCode(409);
        asAdmin().get(webhook.path() + "/deliveries").then().statusCode(200).body("meta.total", equalTo(1));
        assertEquals("FAILED", deliveryRow(delivery).get("status"));
    }

    private UUID delivery(CreatedWebhook webhook, String eventType, String status, int attempts, Instant createdAt,
            Instant nextAttemptAt) throws SQLException {
        UUID message = UUID.randomUUID();
        UUID delivery = UUID.randomUUID();
        update("insert into webhook_message (id, event_type, seq, payload, created_at) values (?, ?, null, '{}', ?)",
                message, eventType, at(createdAt));
        update("insert into webhook_delivery (id, webhook_id, message_id, status, attempts, schedule_from, "
                + "next_attempt_at, lease_until, created_at, updated_at) values (?, ?, ?, ?, ?, 0, ?, null, ?, ?)",
                delivery, UUID.fromString(webhook.id()), message, status, attempts,
                nextAttemptAt == null ? null : at(nextAttemptAt), at(createdAt), at(createdAt));
        return delivery;
    }

    private void attempt(UUID delivery, int number, Instant at, Integer statusCode, int durationMs, String response,
            String error) throws SQLException {
        update("insert into webhook_attempt (delivery_id, number, attempted_at, status_code, duration_ms, "
                + "response_excerpt, error) values (?, ?, ?, ?, ?, ?, ?)", delivery, number, at(at), statusCode,
                durationMs, response, error);
    }

    private UUID messageOf(UUID delivery) throws SQLException {
        return (UUID) deliveryRow(delivery).get("message_id");
    }

    private Map<String, Object> deliveryRow(UUID delivery) throws SQLException {
        try (Connection connection = dataSource.getConnection(); PreparedStatement select = connection.prepareStatement(
                "select webhook_id, message_id, status, attempts, schedule_from, next_attempt_at, lease_until "
                        + "from webhook_delivery where id = ?")) {
            select.setObject(1, delivery);
            try (ResultSet result = select.executeQuery()) {
                assertTrue(result.next(), "delivery " + delivery + " is stored");
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("webhook_id", result.getObject(1, UUID.class));
                row.put("message_id", result.getObject(2, UUID.class));
                row.put("status", result.getString(3));
                row.put("attempts", result.getInt(4));
                row.put("schedule_from", result.getInt(5));
                OffsetDateTime next = result.getObject(6, OffsetDateTime.class);
                row.put("next_attempt_at", next == null ? null : next.toInstant());
                OffsetDateTime lease = result.getObject(7, OffsetDateTime.class);
                row.put("lease_until", lease == null ? null : lease.toInstant());
                return row;
            }
        }
    }

    private long count(String sql, Object parameter) throws SQLException {
        try (Connection connection = dataSource.getConnection(); PreparedStatement select = connection.prepareStatement(sql)) {
            select.setObject(1, parameter);
            try (ResultSet result = select.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        }
    }

    private void update(String sql, Object... parameters) throws SQLException {
        try (Connection connection = dataSource.getConnection(); PreparedStatement update = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                update.setObject(i + 1, parameters[i]);
            }
            assertEquals(1, update.executeUpdate());
        }
    }

    private static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static <T> List<T> iterable(Iterator<T> iterator) {
        List<T> items = new ArrayList<>();
        iterator.forEachRemaining(items::add);
        return items;
    }
}
