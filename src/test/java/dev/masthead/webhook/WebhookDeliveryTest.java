package dev.masthead.webhook;

import static dev.masthead.article.ArticleFixtures.article;
import static dev.masthead.auth.AdminSession.asAdmin;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.standardwebhooks.Webhook;
import com.standardwebhooks.exceptions.WebhookVerificationException;

import dev.masthead.article.ArticleFixtures;
import dev.masthead.article.ArticleFixtures.CreatedArticle;
import dev.masthead.author.AuthorFixtures;
import dev.masthead.author.AuthorFixtures.CreatedAuthor;
import dev.masthead.content.Writes;
import dev.masthead.tag.TagFixtures;
import dev.masthead.tag.TagFixtures.CreatedTag;
import dev.masthead.webhook.Receiver.Answer;
import dev.masthead.webhook.Receiver.Request;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * Webhooks as a receiver sees them, with a real HTTP endpoint on 127.0.0.1:
 * what each content change sends, how it is signed, and how failures are
 * retried and end (test schedule: at once, 1 s, 2 s; timeout 2 s).
 */
@QuarkusTest
class WebhookDeliveryTest {

    private static final Duration WITHIN = Duration.ofSeconds(8);

    @Inject
    WebhookRows rows;

    private final List<UUID> made = new ArrayList<>();
    private final List<Receiver> receivers = new ArrayList<>();

    @AfterEach
    void cleanUp() {
        made.forEach(rows::delete);
        receivers.forEach(Receiver::close);
    }

    private Receiver receiver() {
        Receiver receiver = Receiver.start();
        receivers.add(receiver);
        return receiver;
    }

    private WebhookRows.Row webhook(Receiver receiver, String events) {
        WebhookRows.Row row = rows.create(receiver.url("/hook"), events);
        made.add(row.id());
        return row;
    }

    private static JsonPath json(Request request) {
        return JsonPath.from(request.body());
    }

    private static boolean about(Request request, String id) {
        return request.body().contains("\"id\":\"" + id + "\"");
    }

    private static boolean is(Request request, String type, String id) {
        return request.body().startsWith("{\"type\":\"" + type + "\"") && about(request, id);
    }

    private static void verify(String secret, Request request) throws WebhookVerificationException {
        new Webhook(secret).verify(request.body(), request.headers());
    }

    @Test
    void aPublishedArticleArrivesSignedWithWhatTheDeliveryApiShows() throws Exception {
        Receiver receiver = receiver();
        WebhookRows.Row hook = webhook(receiver, "*");
        CreatedTag tag = TagFixtures.createTag("harbour");
        CreatedAuthor author = AuthorFixtures.createAuthor("reporter");
        CreatedArticle story = article().tag(tag.id()).author(author.id()).published();

        Request request = receiver.await(1, r -> is(r, "article.published", story.id()), WITHIN).get(0);

        verify(hook.secret(), request);
        assertEquals("application/json", request.header("content-type"));
        assertEquals("Masthead-Webhooks", request.header("user-agent"));
        assertTrue(request.header("webhook-signature").matches("v1,[A-Za-z0-9+/=]+"));
        assertNotNull(UUID.fromString(request.header("webhook-id")));
        long sentAt = Long.parseLong(request.header("webhook-timestamp"));
        assertTrue(Math.abs(Instant.now().getEpochSecond() - sentAt) < 30);
        JsonPath payload = json(request);
        Instant timestamp = Instant.parse(payload.getString("timestamp"));
        assertTrue(Duration.between(timestamp, Instant.now()).abs().toSeconds() < 30);
        assertEquals(story.id(), payload.getString("data.id"));
        assertEquals(story.slug(), payload.getString("data.slug"));
        Map<String, Object> delivered = given().get("/api/v1/articles/" + story.slug()).then().statusCode(200)
                .extract().jsonPath().getMap("data");
        assertEquals(delivered.get("url"), payload.getString("data.url"));
        assertEquals(delivered, payload.getMap("data.article"));
        assertEquals(List.of("article:" + story.id(), "tag:" + tag.slug(), "author:" + author.slug(), "list:articles"),
                payload.getList("data.surrogateKeys"));
        assertNull(payload.get("data.tombstone"));
        assertThrows(WebhookVerificationException.class, () -> new Webhook(otherSecret()).verify(request.body(),
                request.headers()));
    }

    private static String otherSecret() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return "whsec_" + Base64.getEncoder().encodeToString(key);
    }

    @Test
    void anUpdateAnUnpublishingAndADeletionArriveTheLastTwoAsTombstones() throws Exception {
        Receiver receiver = receiver();
        WebhookRows.Row hook = webhook(receiver, "article.*");
        CreatedArticle story = article().published();
        Writes.patch(Writes.article(story.id()), Map.of("title", "Harbour reopens"));
        receiver.await(1, r -> is(r, "article.updated", story.id()), WITHIN);
        ArticleFixtures.unpublish(story.id());
        receiver.await(1, r -> is(r, "article.unpublished", story.id()), WITHIN);
        ArticleFixtures.publish(story, null);
        receiver.await(2, r -> is(r, "article.published", story.id()), WITHIN);
        Writes.delete(Writes.article(story.id()));
        receiver.await(1, r -> is(r, "article.deleted", story.id()), WITHIN);

        List<Request> all = receiver.requests();
        for (Request request : all) {
            verify(hook.secret(), request);
        }
        JsonPath updated = json(all.stream().filter(r -> is(r, "article.updated", story.id())).findFirst().get());
        assertEquals("Harbour reopens", updated.getString("data.article.title"));
        JsonPath unpublished = json(all.stream().filter(r -> is(r, "article.unpublished", story.id())).findFirst()
                .get());
        assertEquals("article.unpublished", unpublished.getString("data.tombstone.type"));
        assertEquals(story.id(), unpublished.getString("data.tombstone.id"));
        assertEquals(story.slug(), unpublished.getString("data.tombstone.slug"));
        assertNotNull(Instant.parse(unpublished.getString("data.tombstone.at")));
        assertNull(unpublished.get("data.article"));
        assertTrue(unpublished.getList("data.surrogateKeys").contains("article:" + story.id()));
        JsonPath deleted = json(all.stream().filter(r -> is(r, "article.deleted", story.id())).findFirst().get());
        assertEquals("article.deleted", deleted.getString("data.tombstone.type"));
        assertEquals(story.slug(), deleted.getString("data.slug"));
        // Each event is its own message: four ids for five requests would mean a retry.
        assertEquals(all.size(), all.stream().map(r -> r.header("webhook-id")).distinct().count());
    }

    @Test
    void schedulingADraftSaysWhenItGoesOut() {
        Receiver receiver = receiver();
        webhook(receiver, "article.scheduled");
        CreatedArticle draft = article().draft();
        Instant at = Instant.now().plus(3, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        asAdmin().body(Map.of("publishAt", at.toString())).post("/api/v1/admin/articles/" + draft.id() + "/schedule")
                .then().statusCode(200);

        JsonPath payload = json(receiver.await(1, r -> is(r, "article.scheduled", draft.id()), WITHIN).get(0));
        assertEquals(at, Instant.parse(payload.getString("data.publishAt")));
        assertNull(payload.get("data.article"));
        assertEquals(List.of(), payload.getList("data.surrogateKeys"));
    }

    @Test
    void tagAndAuthorChangesArriveAsTheirOwnEvents() throws Exception {
        Receiver receiver = receiver();
        WebhookRows.Row hook = webhook(receiver, "tag.*,author.*");
        CreatedTag tag = TagFixtures.createTag("rivers");
        CreatedAuthor author = AuthorFixtures.createAuthor("editor");
        Writes.patch(Writes.tag(tag.id()), Map.of("description", "Everything about rivers"));
        Writes.patch(Writes.author(author.id()), Map.of("bio", "Edits the river desk"));
        Writes.delete(Writes.tag(tag.id()));
        Writes.delete(Writes.author(author.id()));

        for (String type : List.of("tag.created", "tag.updated", "tag.deleted")) {
            receiver.await(1, r -> is(r, type, tag.id()), WITHIN);
        }
        for (String type : List.of("author.created", "author.updated", "author.deleted")) {
            receiver.await(1, r -> is(r, type, author.id()), WITHIN);
        }
        List<Request> all = receiver.requests();
        for (Request request : all) {
            verify(hook.secret(), request);
        }
        JsonPath updated = json(all.stream().filter(r -> is(r, "tag.updated", tag.id())).findFirst().get());
        assertEquals("Everything about rivers", updated.getString("data.tag.description"));
        assertEquals(tag.slug(), updated.getString("data.tag.slug"));
        assertEquals("https://news.example.com/tag/" + tag.slug(), updated.getString("data.url"));
        assertEquals(List.of("tag:" + tag.slug(), "list:tags"), updated.getList("data.surrogateKeys"));
        JsonPath authorUpdated = json(all.stream().filter(r -> is(r, "author.updated", author.id())).findFirst().get());
        assertEquals("Edits the river desk", authorUpdated.getString("data.author.bio"));
        JsonPath tagDeleted = json(all.stream().filter(r -> is(r, "tag.deleted", tag.id())).findFirst().get());
        assertEquals("tag.deleted", tagDeleted.getString("data.tombstone.type"));
        assertEquals(tag.slug(), tagDeleted.getString("data.tombstone.slug"));
        JsonPath authorDeleted = json(all.stream().filter(r -> is(r, "author.deleted", author.id())).findFirst().get());
        assertEquals("author.deleted", authorDeleted.getString("data.tombstone.type"));
        assertTrue(all.stream().noneMatch(r -> r.body().startsWith("{\"type\":\"article.")));
    }

    @Test
    void aDraftsEditsAndItsDeletionNeverLeave() {
        Receiver receiver = receiver();
        webhook(receiver, "*");
        CreatedArticle draft = article().draft();
        Writes.patch(Writes.article(draft.id()), Map.of("title", "Still a draft"));
        Writes.delete(Writes.article(draft.id()));
        // Events go out in log order: once this later one arrived, the draft's were passed over.
        CreatedTag marker = TagFixtures.createTag("marker");

        receiver.await(1, r -> is(r, "tag.created", marker.id()), WITHIN);
        assertTrue(receiver.requests().stream().noneMatch(r -> r.body().contains(draft.id())),
                () -> "a draft's change left: " + receiver.requests().stream().map(Request::body).toList());
    }

    @Test
    void anEndpointGetsOnlyTheEventsItSubscribesTo() {
        Receiver receiver = receiver();
        webhook(receiver, "tag.*");
        CreatedTag tag = TagFixtures.createTag("filtered");
        CreatedArticle story = article().tag(tag.id()).published();
        Writes.patch(Writes.tag(tag.id()), Map.of("description", "after the article"));

        receiver.await(1, r -> is(r, "tag.updated", tag.id()), WITHIN);
        assertTrue(receiver.requests().stream().allMatch(r -> r.body().startsWith("{\"type\":\"tag.")));
        assertTrue(receiver.requests().stream().noneMatch(r -> r.body().contains(story.id())));
    }

    @Test
    void a500IsRetriedWithTheSameWebhookIdAndEachAttemptIsLogged() throws Exception {
        Receiver receiver = receiver().answers(Answer.status(500).body("database down"));
        WebhookRows.Row hook = webhook(receiver, "tag.created");
        CreatedTag tag = TagFixtures.createTag("retried");

        List<Request> both = receiver.await(2, r -> about(r, tag.id()), WITHIN);
        assertEquals(both.get(0).header("webhook-id"), both.get(1).header("webhook-id"));
        assertEquals(both.get(0).body(), both.get(1).body());
        verify(hook.secret(), both.get(1));
        UUID message = UUID.fromString(both.get(0).header("webhook-id"));
        awaitStatus(hook.id(), message, "DELIVERED");
        List<WebhookRows.AttemptRow> attempts = rows.attempts(hook.id(), message);
        assertEquals(2, attempts.size());
        assertEquals(500, attempts.get(0).status());
        assertEquals("database down", attempts.get(0).excerpt());
        assertEquals(204, attempts.get(1).status());
        assertEquals(2, ((Number) rows.deliveries(hook.id(), message).get(0).get("attempts")).intValue());
    }

    @Test
    void noAnswerWithinTheTimeoutIsRetried() {
        Receiver receiver = receiver().answers(Answer.status(200).after(Duration.ofMillis(3500)));
        WebhookRows.Row hook = webhook(receiver, "tag.created");
        CreatedTag tag = TagFixtures.createTag("slow");

        List<Request> both = receiver.await(2, r -> about(r, tag.id()), Duration.ofSeconds(10));
        UUID message = UUID.fromString(both.get(0).header("webhook-id"));
        awaitStatus(hook.id(), message, "DELIVERED");
        List<WebhookRows.AttemptRow> attempts = rows.attempts(hook.id(), message);
        assertNull(attempts.get(0).status());
        assertEquals("No answer within 2 s", attempts.get(0).error());
        assertEquals(204, attempts.get(1).status());
    }

    @Test
    void retryAfterOnA429IsHonoured() {
        Receiver receiver = receiver().answers(Answer.status(429).header("Retry-After", "3"));
        WebhookRows.Row hook = webhook(receiver, "tag.created");
        CreatedTag tag = TagFixtures.createTag("throttled");

        List<Request> both = receiver.await(2, r -> about(r, tag.id()), WITHIN);
        Duration between = Duration.between(both.get(0).answered(), both.get(1).received());
        // The schedule's next wait is 1 s; Retry-After asks for 3.
        assertTrue(between.compareTo(Duration.ofMillis(2900)) >= 0, () -> "retried after " + between);
    }

    @Test
    void a410DisablesTheEndpoint() {
        Receiver receiver = receiver().otherwise(Answer.status(410));
        WebhookRows.Row hook = webhook(receiver, "tag.created");
        CreatedTag tag = TagFixtures.createTag("gone");

        UUID message = UUID.fromString(receiver.await(1, r -> about(r, tag.id()), WITHIN).get(0).header("webhook-id"));
        awaitStatus(hook.id(), message, "FAILED");
        Map<String, Object> row = rows.webhook(hook.id());
        assertEquals(false, row.get("active"));
        assertEquals("The endpoint answered 410 Gone", row.get("disabled_reason"));
        assertNotNull(row.get("disabled_at"));
        CreatedTag later = TagFixtures.createTag("after-gone");
        Receiver.sleep(Duration.ofMillis(1500));
        assertTrue(receiver.requests().stream().noneMatch(r -> about(r, later.id())));
    }

    @Test
    void aRedirectIsNotFollowed() {
        Receiver receiver = receiver();
        receiver.answers(Answer.status(302).header("Location", receiver.url("/elsewhere")));
        WebhookRows.Row hook = webhook(receiver, "tag.created");
        CreatedTag tag = TagFixtures.createTag("moved");

        List<Request> both = receiver.await(2, r -> about(r, tag.id()), WITHIN);
        assertTrue(receiver.requests().stream().allMatch(r -> r.path().equals("/hook")));
        UUID message = UUID.fromString(both.get(0).header("webhook-id"));
        awaitStatus(hook.id(), message, "DELIVERED");
        WebhookRows.AttemptRow first = rows.attempts(hook.id(), message).get(0);
        assertEquals(302, first.status());
        assertTrue(first.error().startsWith("Redirects are not followed"), first.error());
    }

    @Test
    void anEndpointFailingTheWholeScheduleIsDisabledAndSaysWhy() {
        Receiver receiver = receiver().otherwise(Answer.status(500));
        WebhookRows.Row hook = webhook(receiver, "tag.created");
        CreatedTag tag = TagFixtures.createTag("failing");

        List<Request> three = receiver.await(3, r -> about(r, tag.id()), WITHIN);
        UUID message = UUID.fromString(three.get(0).header("webhook-id"));
        awaitStatus(hook.id(), message, "FAILED");
        assertEquals(3, rows.attempts(hook.id(), message).size());
        Map<String, Object> row = rows.webhook(hook.id());
        assertEquals(false, row.get("active"));
        String reason = (String) row.get("disabled_reason");
        assertTrue(reason.startsWith("Every attempt failed for the whole retry schedule: 3 attempts"), reason);
        assertTrue(reason.endsWith("the last HTTP 500"), reason);
    }

    @Test
    void duringARotationBothSecretsSignAndEachVerifiesAlone() throws Exception {
        Receiver receiver = receiver();
        WebhookRows.Row hook = webhook(receiver, "tag.created");
        String previous = otherSecret();
        rows.previousSecret(hook.id(), previous, Instant.now().plus(1, ChronoUnit.HOURS));
        CreatedTag tag = TagFixtures.createTag("rotated");

        Request request = receiver.await(1, r -> about(r, tag.id()), WITHIN).get(0);
        String[] signatures = request.header("webhook-signature").split(" ");
        assertEquals(2, signatures.length);
        verify(hook.secret(), request);
        new Webhook(previous).verify(request.body(), request.headers());
        for (String signature : signatures) {
            Map<String, List<String>> alone = new HashMap<>(request.headers());
            alone.put("webhook-signature", List.of(signature));
            assertThrows(WebhookVerificationException.class, () -> new Webhook(otherSecret()).verify(
                    request.body(), alone));
        }
        Map<String, List<String>> first = new HashMap<>(request.headers());
        first.put("webhook-signature", List.of(signatures[0]));
        new Webhook(hook.secret()).verify(request.body(), first);
        Map<String, List<String>> second = new HashMap<>(request.headers());
        second.put("webhook-signature", List.of(signatures[1]));
        new Webhook(previous).verify(request.body(), second);
    }

    @Test
    void aPendingDeliveryLikeAPingOrARedeliveryIsSent() throws Exception {
        Receiver receiver = receiver();
        WebhookRows.Row hook = webhook(receiver, "tag.created");
        String payload = "{\"type\":\"webhook.ping\",\"timestamp\":\"2025-01-01T00:00:00Z\",\"data\":{}}";
        UUID message = rows.pending(hook.id(), "webhook.ping", payload);

        Request request = receiver.await(1, r -> message.toString().equals(r.header("webhook-id")), WITHIN).get(0);
        assertEquals(payload, request.body());
        verify(hook.secret(), request);
        awaitStatus(hook.id(), message, "DELIVERED");
    }

    private void awaitStatus(UUID hook, UUID message, String status) {
        Instant deadline = Instant.now().plus(WITHIN);
        Object seen = null;
        while (Instant.now().isBefore(deadline)) {
            List<Map<String, Object>> deliveries = rows.deliveries(hook, message);
            seen = deliveries.isEmpty() ? null : deliveries.get(0).get("status");
            if (status.equals(seen)) {
                return;
            }
            Receiver.sleep(Duration.ofMillis(25));
        }
        assertFalse(true, "delivery of " + message + " still " + seen + "; expected " + status + "; "
                + rows.deliveries(hook, message) + " " + rows.attempts(hook, message));
    }
}
