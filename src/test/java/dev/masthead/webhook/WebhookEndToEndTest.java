package dev.masthead.webhook;

import static dev.masthead.article.ArticleFixtures.article;
import static dev.masthead.auth.AdminSession.asAdmin;
import static dev.masthead.webhook.WebhookFixtures.WEBHOOKS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;

import com.standardwebhooks.Webhook;
import com.standardwebhooks.exceptions.WebhookVerificationException;

import dev.masthead.article.ArticleFixtures.CreatedArticle;
import dev.masthead.webhook.Receiver.Answer;
import dev.masthead.webhook.Receiver.Request;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * What an integrator does, end to end: make a webhook through the admin API,
 * keep the secret it shows once, and verify what arrives with the Standard
 * Webhooks verifier; ping, read the delivery log, redeliver, rotate.
 */
@QuarkusTest
class WebhookEndToEndTest {

    private static final Duration WITHIN = Duration.ofSeconds(8);

    private static Predicate<Request> ofType(String type) {
        return request -> request.body().startsWith("{\"type\":\"" + type + "\"");
    }

    private static void verify(String secret, Request request) throws WebhookVerificationException {
        new Webhook(secret).verify(request.body(), request.headers());
    }

    private static Map<String, Object> delivery(String webhook, String delivery) {
        return asAdmin().get(WEBHOOKS + "/" + webhook + "/deliveries/" + delivery).then().statusCode(200)
                .extract().jsonPath().getMap("data");
    }

    private static Map<String, Object> settled(String webhook, String delivery, int attempts) {
        long deadline = System.nanoTime() + WITHIN.toNanos();
        Map<String, Object> view = delivery(webhook, delivery);
        while (!(view.get("status").equals("delivered") && ((Number) view.get("attemptCount")).intValue() >= attempts)
                && System.nanoTime() < deadline) {
            Receiver.sleep(Duration.ofMillis(50));
            view = delivery(webhook, delivery);
        }
        return view;
    }

    @Test
    void aWebhookMadeThroughTheApiDeliversSignedPingsRedeliveriesAndEventsAcrossARotation() throws Exception {
        try (Receiver receiver = Receiver.start()) {
            receiver.answers(Answer.status(500));
            var created = asAdmin().body(Map.of("url", receiver.url("/masthead"), "events", List.of("article.*")))
                    .post(WEBHOOKS).then().statusCode(201).extract();
            String id = created.path("data.id");
            String secret = created.path("data.secret");
            try {
                String ping = WebhookFixtures.ping(id);
                List<Request> pings = receiver.await(2, ofType(WebhookEvents.PING), WITHIN);
                for (Request request : pings) {
                    verify(secret, request);
                }
                assertEquals(pings.get(0).header("webhook-id"), pings.get(1).header("webhook-id"), "a retry is the same message");
                assertEquals(id, JsonPath.from(pings.get(1).body()).getString("data.webhookId"));

                Map<String, Object> logged = settled(id, ping, 2);
                assertEquals("delivered", logged.get("status"));
                assertEquals(pings.get(0).header("webhook-id"), logged.get("messageId"));
                List<Map<String, Object>> attempts = JsonPath.from(asAdmin().get(WEBHOOKS + "/" + id + "/deliveries/" + ping)
                        .then().statusCode(200).extract().asString()).getList("data.attempts");
                assertEquals(List.of(500, 204), attempts.stream().map(a -> a.get("statusCode")).toList());

                asAdmin().post(WEBHOOKS + "/" + id + "/deliveries/" + ping + "/redeliver").then().statusCode(202);
                Request again = receiver.await(3, ofType(WebhookEvents.PING), WITHIN).get(2);
                assertEquals(pings.get(0).header("webhook-id"), again.header("webhook-id"));
                assertEquals(pings.get(0).body(), again.body());
                verify(secret, again);

                String rotated = asAdmin().post(WEBHOOKS + "/" + id + "/rotate-secret").then().statusCode(200)
                        .extract().path("data.secret");
                CreatedArticle story = article().published();
                Request published = receiver.await(1, ofType(WebhookEvents.ARTICLE_PUBLISHED)
                        .and(request -> request.body().contains(story.id())), WITHIN).get(0);
                assertEquals(2, published.header("webhook-signature").split(" ").length);
                verify(rotated, published);
                verify(secret, published);
                assertThrows(WebhookVerificationException.class, () -> verify(rotated, pings.get(0)),
                        "before the rotation only the old secret signed");
            } finally {
                asAdmin().header("If-Match", "*").delete(WEBHOOKS + "/" + id);
            }
        }
    }
}
