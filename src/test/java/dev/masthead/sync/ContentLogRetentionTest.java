package dev.masthead.sync;

import static dev.masthead.tag.TagFixtures.createTag;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import jakarta.inject.Inject;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;

import dev.masthead.tag.TagFixtures.CreatedTag;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The retention job: it removes events older than the retention, but never
 * one the webhook fan-out has not read, records how far it trimmed, and a
 * sync cursor from before that point is then answered 410.
 */
@QuarkusTest
class ContentLogRetentionTest {

    private static final Duration RETENTION = Duration.ofDays(90);

    @Inject
    ContentLogRetention retention;

    @Inject
    DataSource dataSource;

    @Test
    void oldEventsGoUpToWhatTheWebhookFanOutHasReadAndOlderCursorsExpire() throws SQLException {
        SyncClient client = SyncResourceTest.caughtUp("tag");
        CreatedTag read = createTag("trim-read");
        CreatedTag unread = createTag("trim-unread");
        createTag("trim-newest");
        long readSeq = seqOf(read.id());
        long unreadSeq = seqOf(unread.id());
        long outbox = single("select seq from webhook_outbox_head where id = 1");
        OffsetDateTime old = OffsetDateTime.now(ZoneOffset.UTC).minus(RETENTION).minusDays(1);
        try {
            update("update content_event set occurred_at = ? where seq in (?, ?)", old, readSeq, unreadSeq);
            update("update webhook_outbox_head set seq = ? where id = 1", Math.max(outbox, readSeq));

            int removed = retention.run(Instant.now().minus(RETENTION));

            assertTrue(removed >= 1, "removed " + removed);
            assertEquals(0, single("select count(*) from content_event where seq = " + readSeq), "old and read: gone");
            if (outbox < unreadSeq) {
                assertEquals(1, single("select count(*) from content_event where seq = " + unreadSeq),
                        "old but not read by the fan-out: kept");
            }
            assertTrue(single("select trimmed_through from content_event_head where id = 1") >= readSeq);
            given().queryParam("cursor", client.cursor).get("/api/v1/sync").then().statusCode(410)
                    .body("code", equalTo("sync-cursor-expired"));
            SyncClient again = SyncResourceTest.caughtUp("tag");
            assertTrue(again.tags.containsKey(unread.id()), "a new initial sync works");
        } finally {
            update("update webhook_outbox_head set seq = ? where id = 1", outbox);
            update("update content_event set occurred_at = ? where seq = ?", OffsetDateTime.now(ZoneOffset.UTC),
                    unreadSeq);
        }
    }

    @Test
    void nothingWithinTheRetentionGoes() throws SQLException {
        CreatedTag recent = createTag("trim-recent");
        long seq = seqOf(recent.id());
        long outbox = single("select seq from webhook_outbox_head where id = 1");
        try {
            update("update webhook_outbox_head set seq = ? where id = 1", Math.max(outbox, seq));
            retention.run(Instant.now().minus(RETENTION));
            assertEquals(1, single("select count(*) from content_event where seq = " + seq));
        } finally {
            update("update webhook_outbox_head set seq = ? where id = 1", outbox);
        }
    }

    private long seqOf(String id) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(
                        "select max(seq) from content_event where entity_id = ?")) {
            select.setObject(1, UUID.fromString(id));
            try (ResultSet result = select.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        }
    }

    private long single(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(sql);
                ResultSet result = select.executeQuery()) {
            result.next();
            return result.getLong(1);
        }
    }

    private void update(String sql, Object... parameters) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement update = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                update.setObject(i + 1, parameters[i]);
            }
            update.executeUpdate();
        }
    }
}
