package dev.masthead.webhook;

import static dev.masthead.auth.AdminSession.asAdmin;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.sun.net.httpserver.HttpServer;

import dev.masthead.Unique;

/**
 * Webhooks made through the admin API. They point at one sink on 127.0.0.1
 * that takes every delivery with a 204, so the sender never disables them
 * while a test still uses them, and no request leaves the machine. They take
 * author deletions only, which the suite seldom makes: the webhooks other
 * tests leave behind must not queue a delivery for every later write.
 */
public final class WebhookFixtures {

    public static final String WEBHOOKS = "/api/v1/admin/webhooks";

    private static final Duration DELIVERED_WITHIN = Duration.ofSeconds(20);

    private static HttpServer sink;

    private WebhookFixtures() {
    }

    public record CreatedWebhook(String id, String url, String secret) {

        public String path() {
            return WEBHOOKS + "/" + id;
        }
    }

    /** A new active webhook at a URL of its own. */
    public static CreatedWebhook createWebhook(String prefix) {
        String url = sinkUrl() + "/" + Unique.name(prefix);
        var response = asAdmin().body(Map.of("url", url, "events", List.of(WebhookEvents.AUTHOR_DELETED))).post(WEBHOOKS)
                .then().statusCode(201).extract();
        return new CreatedWebhook(response.path("data.id"), url, response.path("data.secret"));
    }

    /** Queues a ping to the webhook; answers the delivery's id. */
    public static String ping(String webhookId) {
        return asAdmin().post(WEBHOOKS + "/" + webhookId + "/ping").then().statusCode(202).extract().path("data.id");
    }

    /**
     * Queues a ping and waits until the sink has taken it: a delivery being
     * sent cannot be redelivered (409), so a test that redelivers starts here.
     */
    public static String pingDelivered(String webhookId) {
        String delivery = ping(webhookId);
        String path = WEBHOOKS + "/" + webhookId + "/deliveries/" + delivery;
        Instant deadline = Instant.now().plus(DELIVERED_WITHIN);
        while (!"delivered".equals(asAdmin().get(path).then().statusCode(200).extract().path("data.status"))) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("the ping " + delivery + " was not delivered within " + DELIVERED_WITHIN);
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted while waiting for the ping", e);
            }
        }
        return delivery;
    }

    private static synchronized String sinkUrl() {
        if (sink == null) {
            try {
                sink = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            sink.createContext("/", exchange -> {
                exchange.getRequestBody().transferTo(OutputStream.nullOutputStream());
                exchange.sendResponseHeaders(204, -1);
                exchange.close();
            });
            sink.start();
        }
        return "http://127.0.0.1:" + sink.getAddress().getPort();
    }
}
