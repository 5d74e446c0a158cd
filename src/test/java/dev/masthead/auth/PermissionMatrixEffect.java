package dev.masthead.auth;

import static dev.masthead.auth.AdminSession.asAdmin;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import io.restassured.response.Response;

/**
 * What a permitted operation must be seen to have done, read back by the
 * admin (and, for publication, by a reader of the Delivery API). Every check
 * gets the call, its response and the subject's state just before it.
 */
@FunctionalInterface
interface PermissionMatrixEffect {

    void shows(PermissionMatrixCall call, Response response, Object before);

    /** The subject is on the caller's list, on whichever page it falls. */
    PermissionMatrixEffect LISTED = (call, response, before) -> {
        String id = idOf(call.item().path());
        Response page = response;
        for (int next = 2; !page.<List<String>>path("data.id").contains(id); next++) {
            assertTrue(next <= page.<Integer>path("meta.totalPages"), call.item().path() + " is not on the caller's list");
            page = call.get(call.item().collection() + "?pageSize=100&page=" + next);
            page.then().statusCode(200);
        }
    };

    /** The caller is shown exactly what the admin sees. */
    PermissionMatrixEffect SHOWN = (call, response, before) -> assertEquals(before, response.path("data"));

    /** One more item exists, holding what was sent; the response shows it as stored. */
    PermissionMatrixEffect CREATED = (call, response, before) -> {
        Map<String, Object> stored = created(call, response, before);
        call.sent().forEach((field, value) -> {
            if (!field.equals("password")) {
                assertEquals(value, stored.get(field), field);
            }
        });
    };

    /** One more article exists, a draft with the title sent, crediting the authorIds sent or else the caller. */
    PermissionMatrixEffect CREATED_ARTICLE = (call, response, before) -> {
        Map<String, Object> stored = created(call, response, before);
        assertEquals(call.sent().get("title"), stored.get("title"));
        assertEquals("DRAFT", stored.get("status"));
        Object credited = call.sent().containsKey("authorIds") ? call.sent().get("authorIds")
                : List.of(call.caller().authorId());
        assertEquals(credited, authorIds(stored));
    };

    /** The article is published: its status says so and readers of the Delivery API get it. */
    PermissionMatrixEffect PUBLISHED = (call, response, before) -> {
        Map<String, Object> after = changed(call, response, before, "status", "publishedAt");
        assertEquals("PUBLISHED", after.get("status"));
        assertNotNull(after.get("publishedAt"));
        given().get("/api/v1/articles/" + after.get("slug")).then().statusCode(200);
    };

    /** The article is a draft again and gone from the Delivery API. */
    PermissionMatrixEffect UNPUBLISHED = (call, response, before) -> {
        Map<String, Object> after = changed(call, response, before, "status", "publishedAt");
        assertEquals("DRAFT", after.get("status"));
        given().get("/api/v1/articles/" + after.get("slug")).then().statusCode(404);
    };

    /** The article is queued to go out at the publishAt sent, and still invisible to the Delivery API. */
    PermissionMatrixEffect SCHEDULED = (call, response, before) -> {
        Map<String, Object> after = changed(call, response, before, "status", "publishAt");
        assertEquals("SCHEDULED", after.get("status"));
        assertEquals(call.sent().get("publishAt"), after.get("publishAt"));
        given().get("/api/v1/articles/" + after.get("slug")).then().statusCode(404);
    };

    /** The article is out of the queue, a draft without publishAt. */
    PermissionMatrixEffect UNSCHEDULED = (call, response, before) -> {
        Map<String, Object> after = changed(call, response, before, "status", "publishAt");
        assertEquals("DRAFT", after.get("status"));
        assertEquals(null, after.get("publishAt"));
    };

    /** The token opens the article's preview, which shows it as the admin sees it, and changed nothing. */
    PermissionMatrixEffect PREVIEWED = (call, response, before) -> {
        assertEquals(before, call.item().state(), "handing out a preview changed nothing");
        String id = idOf(call.item().path());
        given().header("Authorization", "Bearer " + response.path("token"))
                .get("/api/v1/preview/articles/" + id).then().statusCode(200)
                .body("data.id", equalTo(id))
                .body("data.title", equalTo(call.item().title()));
    };

    /** The item is gone for the admin; an article is gone for readers, a revoked key signs in no more. */
    PermissionMatrixEffect GONE = (call, response, before) -> {
        assertEquals("gone", call.item().state());
        if (call.item().slug() != null) {
            given().get("/api/v1/articles/" + call.item().slug()).then().statusCode(404);
        }
        if (call.item().secret() != null) {
            UserFixtures.bearing(call.item().secret()).get(PermissionMatrixCall.ARTICLES).then().statusCode(401);
        }
    };

    /** The article's history: revision 1, its creation, at least. */
    PermissionMatrixEffect REVISIONS_LISTED = (call, response, before) ->
            assertTrue(response.<List<Integer>>path("data.number").contains(1), "revision 1 is listed");

    /** Revision 1 holds the article as it was made. */
    PermissionMatrixEffect REVISION_SHOWN = (call, response, before) ->
            assertEquals(call.item().title(), response.path("data.snapshot.title"));

    /** Revision 1's diff is against nothing: every field it set. */
    PermissionMatrixEffect REVISION_DIFFED = (call, response, before) ->
            assertEquals(call.item().title(), response.path("data.changes.find { it.field == 'title' }.after"));

    /** The article has revision 1's title again (a new revision), and nothing else moved. */
    PermissionMatrixEffect RESTORED = (call, response, before) -> {
        Map<String, Object> after = changed(call, response, before, "title");
        assertEquals(call.item().title(), after.get("title"));
    };

    /**
     * The answer shows a new secret once; the admin's view is the answer without it, now with the
     * previous secret's expiry, and nothing else moved but the version.
     */
    PermissionMatrixEffect SECRET_ROTATED = (call, response, before) -> {
        Map<String, Object> answered = new HashMap<>(response.path("data"));
        assertTrue(((String) answered.remove("secret")).startsWith("whsec_"), "a new secret is shown");
        Map<String, Object> after = changed(call, answered, before, "previousSecretExpiresAt");
        assertNotNull(after.get("previousSecretExpiresAt"));
    };

    /** A pending webhook.ping to the subject webhook is on its delivery log; the webhook itself did not change. */
    PermissionMatrixEffect PINGED = (call, response, before) -> {
        assertEquals(before, call.item().state(), "a ping changed nothing of the webhook");
        assertEquals("webhook.ping", response.path("data.eventType"));
        assertEquals(response.path("data.id"), call.newestDelivery());
    };

    /** The subject webhook's delivery log, its ping on it. */
    PermissionMatrixEffect DELIVERIES_LISTED = (call, response, before) ->
            assertEquals(List.of("webhook.ping"), response.path("data.eventType"));

    /** The delivery is due again, from the start of the retry schedule. */
    PermissionMatrixEffect REDELIVERED = (call, response, before) -> {
        assertEquals(call.newestDelivery(), response.path("data.id"));
        assertEquals("pending", response.path("data.status"));
        assertNotNull(response.path("data.nextAttemptAt"));
    };

    /** The field holds the value sent, and nothing else moved but the version. */
    static PermissionMatrixEffect changed(String field) {
        return (call, response, before) -> {
            Map<String, Object> after = changed(call, response, before, field);
            assertEquals(call.sent().get(field), after.get(field), field);
        };
    }

    /** The article credits exactly these authors, in this order, and nothing else moved but the version. */
    static PermissionMatrixEffect credits(Function<PermissionMatrixCall, List<String>> authorIds) {
        return (call, response, before) -> {
            Map<String, Object> after = changed(call, response, before, "authors");
            assertEquals(authorIds.apply(call), authorIds(after));
        };
    }

    /** Asserts a write moved only these fields and the version by one; answers the stored item. */
    private static Map<String, Object> changed(PermissionMatrixCall call, Response response, Object before,
            String... fields) {
        return changed(call, response.<Map<String, Object>>path("data"), before, fields);
    }

    private static Map<String, Object> changed(PermissionMatrixCall call, Map<String, Object> answered, Object before,
            String... fields) {
        @SuppressWarnings("unchecked")
        Map<String, Object> was = (Map<String, Object>) before;
        @SuppressWarnings("unchecked")
        Map<String, Object> after = (Map<String, Object>) call.item().state();
        assertEquals(answered, after, "the response shows what was stored");
        assertEquals(((Number) was.get("version")).longValue() + 1, ((Number) after.get("version")).longValue());
        Set<String> moving = new HashSet<>(List.of(fields));
        moving.addAll(List.of("version", "updatedAt"));
        Set<String> keys = new HashSet<>(was.keySet());
        keys.addAll(after.keySet());
        for (String key : keys) {
            if (!moving.contains(key)) {
                assertEquals(was.get(key), after.get(key), key + " moved");
            }
        }
        return after;
    }

    private static Map<String, Object> created(PermissionMatrixCall call, Response response, Object before) {
        assertEquals(((Number) before).intValue() + 1, ((Number) call.item().state()).intValue(), "exactly one more");
        Map<String, Object> stored = asAdmin().get(call.item().collection() + "/" + response.path("data.id"))
                .then().statusCode(200).extract().path("data");
        Map<String, Object> answered = response.path("data");
        answered.forEach((field, value) -> {
            if (!field.equals("secret")) {
                assertEquals(value, stored.get(field), field);
            }
        });
        return stored;
    }

    private static List<Object> authorIds(Map<String, Object> article) {
        List<Object> ids = new ArrayList<>();
        for (Object author : (List<?>) article.get("authors")) {
            ids.add(((Map<?, ?>) author).get("id"));
        }
        return ids;
    }

    private static String idOf(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }
}
