package dev.masthead.webhook;

import static dev.masthead.auth.AdminSession.asAdmin;

import java.util.List;
import java.util.Map;

import dev.masthead.Unique;

/** Webhooks made through the admin API. Tests allow private targets, so no URL here is ever resolved. */
public final class WebhookFixtures {

    public static final String WEBHOOKS = "/api/v1/admin/webhooks";

    private WebhookFixtures() {
    }

    public record CreatedWebhook(String id, String url, String secret) {

        public String path() {
            return WEBHOOKS + "/" + id;
        }
    }

    /** A new active webhook taking every event, at a URL of its own. */
    public static CreatedWebhook createWebhook(String prefix) {
        String url = "https://" + Unique.name(prefix) + ".receiver.example.com/hooks";
        var response = asAdmin().body(Map.of("url", url, "events", List.of("*"))).post(WEBHOOKS)
                .then().statusCode(201).extract();
        return new CreatedWebhook(response.path("data.id"), url, response.path("data.secret"));
    }

    /** Queues a ping to the webhook; answers the delivery's id. */
    public static String ping(String webhookId) {
        return asAdmin().post(WEBHOOKS + "/" + webhookId + "/ping").then().statusCode(202).extract().path("data.id");
    }
}
