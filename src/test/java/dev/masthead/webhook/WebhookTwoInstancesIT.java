package dev.masthead.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.fail;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.standardwebhooks.Webhook;

import dev.masthead.Unique;
import dev.masthead.auth.AdminSession;
import dev.masthead.content.EntityType;
import dev.masthead.content.Operation;
import dev.masthead.content.SecondInstance;
import dev.masthead.content.SharedDatabase;
import dev.masthead.web.MergePatch;
import dev.masthead.webhook.Receiver.Answer;
import dev.masthead.webhook.Receiver.Request;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.restassured.specification.RequestSpecification;

/**
 * Two replicas on one PostgreSQL database sending one endpoint's webhooks,
 * one of them killed with SIGKILL while it has requests out, then started
 * again: every event still arrives, signed; no event is ever sent by both
 * at once; a resent event carries the same webhook-id and the same body.
 * <p>
 * The receiver answers in {@link #ANSWER} so that two sends of one event
 * at once would overlap there. It can tell that the killed replica had
 * work: a replica has at most {@link WebhookWorkers#SENDERS} requests out,
 * so more in progress at the receiver means both are sending; and after
 * the kill, a delivery still leased once the survivor's attempts are all
 * over (its timeout, and time to record) was leased by the dead one.
 */
@QuarkusIntegrationTest
class WebhookTwoInstancesIT {

    /** Each round is four webhook events (and a draft's creation, which is none). */
    private static final int ROUNDS = 50;
    private static final int EVENTS = 4 * ROUNDS;
    private static final Duration ANSWER = Duration.ofMillis(250);
    /** %pg.masthead.webhooks.timeout, plus time to record the attempt. */
    private static final Duration SURVIVORS_ATTEMPTS_OVER = Duration.ofSeconds(4);
    private static final Duration BOTH_SENDING = Duration.ofSeconds(20);
    private static final Duration DELIVERIES_OVER = Duration.ofSeconds(90);

    private final Receiver receiver = Receiver.start().otherwise(Answer.status(204).after(ANSWER));
    private final ExecutorService background = Executors.newCachedThreadPool();
    private final List<Future<SecondInstance>> seconds = new ArrayList<>();

    @AfterEach
    void stop() throws InterruptedException {
        for (Future<SecondInstance> second : seconds) {
            try {
                second.get().close();
            } catch (ExecutionException neverStarted) {
                // nothing to stop
            }
        }
        background.shutdownNow();
        receiver.close();
    }

    @Test
    void aReplicaKilledMidDeliveryLosesNothingAndNothingIsSentByBothAtOnce() throws Exception {
        var created = AdminSession.asAdmin().body(Map.of("url", receiver.url("/hook"), "events", List.of("*")))
                .post(WebhookFixtures.WEBHOOKS).then().statusCode(201).extract();
        UUID webhook = UUID.fromString(created.path("data.id"));
        String secret = created.path("data.secret");
        long before = contentLogHead();

        // Up before the fan-out is held: a starting replica takes the outbox head's lock too (WebSubHub).
        Future<SecondInstance> second = startSecond("second-instance");
        second.get();
        try (HeldFanOut fanOutWaits = HeldFanOut.take()) {
            changes(ROUNDS / 2, second);
        }
        awaitBothSending();
        Instant killedAt = Instant.now();
        assertEquals(137, second.get().kill(), "killed by SIGKILL (exit status 128 + 9)");
        Map<UUID, OffsetDateTime> leasedAtTheKill = leased(webhook);
        // No lease runs out before this check, whenever the restarted replica is up.
        Future<SecondInstance> restarted = startSecond("second-instance-restarted");
        Thread.sleep(Math.max(0, Duration.between(Instant.now(), killedAt.plus(SURVIVORS_ATTEMPTS_OVER)).toMillis()));
        Map<UUID, OffsetDateTime> heldByTheDead = leased(webhook);
        heldByTheDead.entrySet().removeIf(lease -> !leasedAtTheKill.containsKey(lease.getKey())
                || !lease.getValue().isEqual(leasedAtTheKill.get(lease.getKey())));
        assertFalse(heldByTheDead.isEmpty(), "the killed replica held deliveries when it died");
        changes(ROUNDS / 2, restarted);

        awaitDeliveriesOver(webhook);
        Map<Long, Message> messages = messages(webhook);
        assertEquals(events(before), messages.keySet(), "one message per webhook event of the content log");
        assertEquals(EVENTS, messages.size());
        Map<String, List<Request>> received = receiver.requests().stream().collect(Collectors.groupingBy(
                request -> request.header("webhook-id"), Collectors.toCollection(ArrayList::new)));
        for (Message message : messages.values()) {
            List<Request> sends = received.get(message.id().toString());
            assertNotNull(sends, "event " + message.seq() + " arrived");
            sends.sort(Comparator.comparing(Request::received));
            for (int i = 0; i < sends.size(); i++) {
                Request send = sends.get(i);
                assertEquals(message.payload(), send.body(), "every send of " + message.id() + " carries its payload");
                new Webhook(secret).verify(send.body(), send.headers());
                if (i > 0) {
                    Request previous = sends.get(i - 1);
                    assertFalse(send.received().isBefore(previous.answered()), () -> "two sends of " + message.id()
                            + " at once: " + previous.received() + " to " + previous.answered() + " and "
                            + send.received() + " to " + send.answered());
                }
            }
        }
        assertEquals(messages.size(), received.size(), "nothing but these events came");
        Map<UUID, String> statuses = statuses(webhook);
        assertEquals(EVENTS, statuses.size());
        statuses.forEach((delivery, status) -> assertEquals("DELIVERED", status, "delivery " + delivery));
        System.out.printf("%d deliveries leased by the killed replica; %d events came more than once%n",
                heldByTheDead.size(), received.values().stream().filter(sends -> sends.size() > 1).count());
        heldByTheDead.forEach((delivery, leaseUntil) -> assertFalse(firstRecordedAttempt(delivery).isBefore(leaseUntil),
                "the dead replica's delivery " + delivery + " was taken over only once its lease ran out"));
    }

    /**
     * One round of content changes through one replica, each a webhook event:
     * a tag created (tag.created), an article drafted (none) and published
     * (article.published), then both edited (article.updated, tag.updated).
     */
    private static void change(Supplier<RequestSpecification> admin) {
        var tag = admin.get().body(Map.of("name", Unique.name("wire"))).post("/api/v1/admin/tags")
                .then().statusCode(201).extract();
        String article = admin.get().body(Map.of("title", Unique.name("Bulletin"), "markdown", "The wire moves fast."))
                .post("/api/v1/admin/articles").then().statusCode(201).extract().path("data.id");
        int version = admin.get().post("/api/v1/admin/articles/" + article + "/publish").then().statusCode(200)
                .extract().path("data.version");
        admin.get().contentType(MergePatch.MEDIA_TYPE).header("If-Match", "\"" + version + "\"")
                .body(Map.of("title", Unique.name("Bulletin, updated"))).patch("/api/v1/admin/articles/" + article)
                .then().statusCode(200);
        int tagVersion = tag.path("data.version");
        admin.get().contentType(MergePatch.MEDIA_TYPE).header("If-Match", "\"" + tagVersion + "\"")
                .body(Map.of("description", "Followed closely")).patch("/api/v1/admin/tags/" + tag.path("data.id"))
                .then().statusCode(200);
    }

    private Future<SecondInstance> startSecond(String log) {
        Future<SecondInstance> second = background.submit(() -> SecondInstance.start(log));
        seconds.add(second);
        return second;
    }

    /** {@code rounds} rounds of changes, half through each replica, both writing at once (the second once it is up). */
    private void changes(int rounds, Future<SecondInstance> second) throws Exception {
        List<Supplier<RequestSpecification>> replicas = List.of(AdminSession::asAdmin, () -> {
            try {
                return second.get().asAdmin();
            } catch (InterruptedException | ExecutionException e) {
                throw new IllegalStateException("the second replica did not start", e);
            }
        });
        List<Future<?>> writers = new ArrayList<>();
        for (int i = 0; i < replicas.size(); i++) {
            Supplier<RequestSpecification> admin = replicas.get(i);
            int share = rounds / replicas.size() + (i < rounds % replicas.size() ? 1 : 0);
            writers.add(background.submit(() -> {
                for (int round = 0; round < share; round++) {
                    change(admin);
                }
            }));
        }
        for (Future<?> writer : writers) {
            writer.get();
        }
    }

    /** Waits until the receiver has more requests in progress than one replica may have out. */
    private void awaitBothSending() throws InterruptedException {
        Instant deadline = Instant.now().plus(BOTH_SENDING);
        while (receiver.inProgress() <= WebhookWorkers.SENDERS) {
            if (Instant.now().isAfter(deadline)) {
                fail("the receiver never had more than " + WebhookWorkers.SENDERS + " requests in progress");
            }
            Thread.sleep(5);
        }
    }

    /**
     * Holds the outbox head's lock, as a replica fanning out does: no replica
     * fans out meanwhile, so the events of the changes made under it wait,
     * then go out at once, more than one replica's senders can take.
     */
    private record HeldFanOut(Connection connection) implements AutoCloseable {

        static HeldFanOut take() throws SQLException {
            Connection connection = SharedDatabase.connect();
            connection.setAutoCommit(false);
            try (PreparedStatement lock = connection.prepareStatement(
                    "select seq from webhook_outbox_head where id = 1 for update")) {
                lock.executeQuery().close();
            }
            return new HeldFanOut(connection);
        }

        @Override
        public void close() throws SQLException {
            connection.rollback();
            connection.close();
        }
    }

    private record Message(UUID id, long seq, String payload) {
    }

    /** The webhook's messages from content events, by the event's seq. */
    private static Map<Long, Message> messages(UUID webhook) throws SQLException {
        Map<Long, Message> messages = new HashMap<>();
        query("select m.id, m.seq, m.payload from webhook_delivery d join webhook_message m on m.id = d.message_id "
                + "where d.webhook_id = ? and m.seq is not null", rows -> messages.put(rows.getLong(2),
                        new Message(rows.getObject(1, UUID.class), rows.getLong(2), rows.getString(3))), webhook);
        return messages;
    }

    /** The seqs of the content log's webhook events after {@code after}, as the fan-out reads them. */
    private static Set<Long> events(long after) throws SQLException {
        Set<Long> seqs = new HashSet<>();
        query("select seq, entity_type, entity_id, operation, occurred_at, slug, public_before, public_after "
                + "from content_event where seq > ?", rows -> {
                    LoggedEvent event = new LoggedEvent(rows.getLong(1), EntityType.valueOf(rows.getString(2)),
                            rows.getObject(3, UUID.class), Operation.valueOf(rows.getString(4)),
                            rows.getObject(5, OffsetDateTime.class).toInstant(), rows.getString(6),
                            rows.getBoolean(7), rows.getBoolean(8));
                    if (event.eventType() != null) {
                        seqs.add(event.seq());
                    }
                }, after);
        return seqs;
    }

    private static long contentLogHead() throws SQLException {
        long[] head = new long[1];
        query("select seq from content_event_head where id = 1", rows -> head[0] = rows.getLong(1));
        return head[0];
    }

    /** The webhook's pending deliveries under a lease that has not run out, and until when. */
    private static Map<UUID, OffsetDateTime> leased(UUID webhook) throws SQLException {
        Map<UUID, OffsetDateTime> leases = new HashMap<>();
        query("select id, lease_until from webhook_delivery where webhook_id = ? and status = 'PENDING' "
                + "and lease_until > now()", rows -> leases.put(rows.getObject(1, UUID.class),
                        rows.getObject(2, OffsetDateTime.class)), webhook);
        return leases;
    }

    private static Map<UUID, String> statuses(UUID webhook) throws SQLException {
        Map<UUID, String> statuses = new HashMap<>();
        query("select id, status from webhook_delivery where webhook_id = ?",
                rows -> statuses.put(rows.getObject(1, UUID.class), rows.getString(2)), webhook);
        return statuses;
    }

    private static long pending(UUID webhook) throws SQLException {
        long[] count = new long[1];
        query("select count(*) from webhook_delivery where webhook_id = ? and status = 'PENDING'",
                rows -> count[0] = rows.getLong(1), webhook);
        return count[0];
    }

    private static OffsetDateTime firstRecordedAttempt(UUID delivery) {
        OffsetDateTime[] at = new OffsetDateTime[1];
        try {
            query("select min(attempted_at) from webhook_attempt where delivery_id = ?",
                    rows -> at[0] = rows.getObject(1, OffsetDateTime.class), delivery);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return at[0];
    }

    /** Waits until the webhook has no pending delivery and the receiver has answered every request. */
    private void awaitDeliveriesOver(UUID webhook) throws Exception {
        Instant deadline = Instant.now().plus(DELIVERIES_OVER);
        long pending;
        // In this order: a request's attempt is recorded only once the receiver answered it.
        while ((pending = pending(webhook)) > 0 || receiver.inProgress() > 0) {
            if (Instant.now().isAfter(deadline)) {
                fail(pending + " deliveries still pending after " + DELIVERIES_OVER + "; "
                        + receiver.requests().size() + " requests came");
            }
            Thread.sleep(100);
        }
    }

    private interface Row {
        void read(ResultSet rows) throws SQLException;
    }

    private static void query(String sql, Row row, Object... parameters) throws SQLException {
        try (Connection connection = SharedDatabase.connect();
                PreparedStatement select = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                select.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    row.read(rows);
                }
            }
        }
    }
}
