package dev.masthead.webhook;

import static dev.masthead.auth.AdminSession.asAdmin;
import static dev.masthead.webhook.WebhookFixtures.WEBHOOKS;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.masthead.Unique;
import dev.masthead.webhook.WebhookFixtures.CreatedWebhook;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

@QuarkusTest
class WebhookAdminResourceTest {

    @Inject
    DataSource dataSource;

    @Inject
    WebhookSecrets secrets;

    @Test
    void createReadReplacePatchDelete() {
        String url = "https://" + Unique.name("crud") + ".example.com/hooks";
        var created = asAdmin().body(Map.of("url", url, "events", List.of("article.published", "tag.*"),
                "description", "Search indexer")).post(WEBHOOKS)
                .then().statusCode(201)
                .header("Cache-Control", "no-store")
                .header("ETag", "\"0\"")
                .body("data.url", equalTo(url))
                .body("data.events", contains("article.published", "tag.*"))
                .body("data.description", equalTo("Search indexer"))
                .body("data.active", equalTo(true))
                .body("data.version", equalTo(0))
                .body("data.previousSecretExpiresAt", nullValue())
                .body("data.secret", startsWith("whsec_"))
                .extract();
        String id = created.path("data.id");
        assertTrue(created.header("Location").endsWith(WEBHOOKS + "/" + id));

        asAdmin().get(WEBHOOKS + "/" + id).then().statusCode(200)
                .header("ETag", "\"0\"")
                .body("data.id", equalTo(id))
                .body("data.events", contains("article.published", "tag.*"))
                .body("data.createdAt", notNullValue());

        asAdmin().header("If-Match", "\"0\"")
                .body(Map.of("url", url + "/v2", "events", List.of("*"), "active", false))
                .put(WEBHOOKS + "/" + id)
                .then().statusCode(200).header("ETag", "\"1\"")
                .body("data.url", equalTo(url + "/v2"))
                .body("data.events", contains("*"))
                .body("data.description", nullValue())
                .body("data.active", equalTo(false))
                .body("data.version", equalTo(1));

        asAdmin().contentType("application/merge-patch+json")
                .body(Map.of("description", "Back on", "active", true, "version", 1))
                .patch(WEBHOOKS + "/" + id)
                .then().statusCode(200)
                .body("data.url", equalTo(url + "/v2"))
                .body("data.description", equalTo("Back on"))
                .body("data.active", equalTo(true))
                .body("data.version", equalTo(2));

        asAdmin().header("If-Match", "\"1\"").delete(WEBHOOKS + "/" + id).then().statusCode(412);
        asAdmin().delete(WEBHOOKS + "/" + id).then().statusCode(428);
        asAdmin().header("If-Match", "\"2\"").delete(WEBHOOKS + "/" + id).then().statusCode(204);
        asAdmin().get(WEBHOOKS + "/" + id).then().statusCode(404).body("code", equalTo("not-found"));
    }

    @Test
    void theSecretShowsOnceAndIsStoredSealed() throws SQLException {
        CreatedWebhook webhook = WebhookFixtures.createWebhook("sealed");

        String one = asAdmin().get(webhook.path()).then().statusCode(200).body("data.secret", nullValue())
                .extract().asString();
        assertFalse(one.contains(webhook.secret()));
        String list = asAdmin().get(WEBHOOKS + "?pageSize=100").then().statusCode(200).extract().asString();
        assertFalse(list.contains(webhook.secret()));
        String patched = asAdmin().contentType("application/merge-patch+json").header("If-Match", "*")
                .body(Map.of("description", "still secret")).patch(webhook.path()).then().statusCode(200)
                .extract().asString();
        assertFalse(patched.contains(webhook.secret()));

        String stored = column(webhook.id(), "secret");
        assertNotEquals(webhook.secret(), stored);
        assertFalse(stored.contains(webhook.secret().substring("whsec_".length())));
        assertEquals(Optional.of(webhook.secret()), secrets.open(UUID.fromString(webhook.id()), stored));
    }

    @Test
    void rotationShowsTheNewSecretOnceAndKeepsTheOldOneSigningForTheOverlap() throws SQLException {
        CreatedWebhook webhook = WebhookFixtures.createWebhook("rotate");
        String sealedBefore = column(webhook.id(), "secret");
        Instant asked = Instant.now();

        var rotated = asAdmin().post(webhook.path() + "/rotate-secret")
                .then().statusCode(200)
                .header("Cache-Control", "no-store")
                .header("ETag", "\"1\"")
                .body("data.secret", startsWith("whsec_"))
                .body("data.version", equalTo(1))
                .extract();
        String secret = rotated.path("data.secret");
        assertNotEquals(webhook.secret(), secret);
        Instant expires = Instant.parse(rotated.path("data.previousSecretExpiresAt"));
        Duration ahead = Duration.between(asked, expires);
        assertTrue(ahead.compareTo(Duration.ofHours(24).minusMinutes(1)) > 0
                && ahead.compareTo(Duration.ofHours(24).plusMinutes(1)) < 0, "about 24 h ahead: " + ahead);

        asAdmin().get(webhook.path()).then().statusCode(200)
                .body("data.secret", nullValue())
                .body("data.previousSecretExpiresAt", equalTo(rotated.path("data.previousSecretExpiresAt")));
        UUID id = UUID.fromString(webhook.id());
        assertEquals(Optional.of(secret), secrets.open(id, column(webhook.id(), "secret")));
        assertEquals(sealedBefore, column(webhook.id(), "previous_secret"));
        assertEquals(Optional.of(webhook.secret()), secrets.open(id, column(webhook.id(), "previous_secret")));

        asAdmin().header("If-Match", "\"0\"").post(webhook.path() + "/rotate-secret").then().statusCode(412);
    }

    @Test
    void reactivatingClearsWhyTheSenderDisabledIt() throws SQLException {
        CreatedWebhook webhook = WebhookFixtures.createWebhook("disabled");
        update("update webhook set active = false, disabled_reason = ?, disabled_at = ?, version = version + 1 where id = ?",
                "Answered 410 Gone", OffsetDateTime.now(ZoneOffset.UTC), UUID.fromString(webhook.id()));
        asAdmin().get(webhook.path()).then().statusCode(200)
                .body("data.active", equalTo(false))
                .body("data.disabledReason", equalTo("Answered 410 Gone"))
                .body("data.disabledAt", notNullValue());

        asAdmin().contentType("application/merge-patch+json").header("If-Match", "\"1\"")
                .body(Map.of("active", true)).patch(webhook.path())
                .then().statusCode(200)
                .body("data.active", equalTo(true))
                .body("data.disabledReason", nullValue())
                .body("data.disabledAt", nullValue());
    }

    @Test
    void aWebSubRowIsNoWebhookHere() throws SQLException {
        UUID hub = UUID.randomUUID();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        update("insert into webhook (id, kind, url, events, active, secret, created_at, updated_at, version) "
                + "values (?, 'WEBSUB', 'https://hub.example.com/', '*', true, 'v1:x', ?, ?, 0)", hub, now, now);
        String path = WEBHOOKS + "/" + hub;

        asAdmin().get(path).then().statusCode(404);
        asAdmin().header("If-Match", "*").body(Map.of("url", "https://x.example.com/", "events", List.of("*")))
                .put(path).then().statusCode(404);
        asAdmin().contentType("application/merge-patch+json").header("If-Match", "*")
                .body(Map.of("description", "no")).patch(path).then().statusCode(404);
        asAdmin().post(path + "/rotate-secret").then().statusCode(404);
        asAdmin().post(path + "/ping").then().statusCode(404);
        asAdmin().get(path + "/deliveries").then().statusCode(404);
        asAdmin().header("If-Match", "*").delete(path).then().statusCode(404);
        assertEquals("v1:x", column(hub.toString(), "secret"), "the hub's row is untouched");

        List<String> listed = new ArrayList<>();
        for (int page = 1;; page++) {
            var answer = asAdmin().get(WEBHOOKS + "?pageSize=100&page=" + page).then().statusCode(200).extract();
            listed.addAll(answer.path("data.id"));
            if (page >= answer.<Integer>path("meta.totalPages")) {
                break;
            }
        }
        assertFalse(listed.contains(hub.toString()));
    }

    @Test
    void theListPagesOldestFirst() {
        CreatedWebhook first = WebhookFixtures.createWebhook("list");
        CreatedWebhook second = WebhookFixtures.createWebhook("list");
        var answer = asAdmin().get(WEBHOOKS + "?pageSize=100").then().statusCode(200)
                .body("meta.page", equalTo(1))
                .body("meta.pageSize", equalTo(100))
                .body("data.secret", not(hasItem(notNullValue())))
                .extract();
        int total = answer.path("meta.total");
        List<String> ids = answer.path("data.id");
        if (total <= 100) {
            assertTrue(ids.indexOf(first.id()) >= 0 && ids.indexOf(first.id()) < ids.indexOf(second.id()));
        }
        asAdmin().get(WEBHOOKS + "?pagesize=5").then().statusCode(400).body("code", equalTo("unknown-parameter"));
    }

    @ParameterizedTest
    @ValueSource(strings = { "ftp://hooks.example.com/", "javascript:alert(1)", "/relative/hook", "http:///no-host",
            "https://user:pw@hooks.example.com/", "not a url" })
    void aUrlThatIsNoHttpTargetIsRefused(String url) {
        refused(Map.of("url", url, "events", List.of("*")), "url");
    }

    @Test
    void invalidBodiesAreRefusedNamingTheField() {
        refused(Map.of("events", List.of("*")), "url");
        refused(Map.of("url", "https://hooks.example.com/" + "a".repeat(2048), "events", List.of("*")), "url");
        refused(Map.of("url", "https://hooks.example.com/"), "events");
        refused(Map.of("url", "https://hooks.example.com/", "events", List.of()), "events");
        refused(Map.of("url", "https://hooks.example.com/", "events", List.of("article.published", "article.liked")),
                "events[1]");
        refused(Map.of("url", "https://hooks.example.com/", "events", List.of("tag.*", "tag.*")), "events[1]");
        refused(Map.of("url", "https://hooks.example.com/", "events", List.of("webhook.ping")), "events[0]");
        refused(Map.of("url", "https://hooks.example.com/", "events", List.of("*"), "description", "d".repeat(501)),
                "description");
        refused(Map.of("url", "https://hooks.example.com/", "events", List.of("*"), "secret", "whsec_mine"), "secret");
        refused(Map.of("url", "https://hooks.example.com/", "events", "*"), "events");
        refused(Map.of("url", 42, "events", List.of("*")), "url");
        refused(Map.of("url", "https://hooks.example.com/", "events", List.of("*"), "active", "yes"), "active");

        asAdmin().body("{\"url\": \"https://hooks.example.com/\", ").post(WEBHOOKS)
                .then().statusCode(400).contentType("application/problem+json").body("code", equalTo("malformed-json"));
    }

    @Test
    void aPatchIsCheckedLikeAReplacement() {
        CreatedWebhook webhook = WebhookFixtures.createWebhook("patch-checked");
        asAdmin().contentType("application/merge-patch+json").header("If-Match", "*")
                .body(Map.of("url", "gopher://hooks.example.com/")).patch(webhook.path())
                .then().statusCode(400).body("errors[0].field", equalTo("url"));
        asAdmin().contentType("application/merge-patch+json").header("If-Match", "*")
                .body(Map.of("events", List.of("everything"))).patch(webhook.path())
                .then().statusCode(400).body("errors[0].field", equalTo("events[0]"));
        asAdmin().contentType("application/merge-patch+json").header("If-Match", "*")
                .body(Map.of("secret", "whsec_x")).patch(webhook.path())
                .then().statusCode(400).body("errors[0].field", equalTo("secret"));
        asAdmin().get(webhook.path()).then().statusCode(200).body("data.version", equalTo(0))
                .body("data.url", equalTo(webhook.url()));
    }

    private static ValidatableResponse refused(Map<String, ?> body, String field) {
        return asAdmin().body(body).post(WEBHOOKS)
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("code", equalTo("validation-failed"))
                .body("errors.field", hasItem(field));
    }

    private String column(String id, String column) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement("select " + column + " from webhook where id = ?")) {
            select.setObject(1, UUID.fromString(id));
            try (ResultSet result = select.executeQuery()) {
                assertTrue(result.next(), "webhook " + id + " is stored");
                return result.getString(1);
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
}
