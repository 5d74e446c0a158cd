package dev.masthead.auth;

import static dev.masthead.auth.AdminSession.asAdmin;
import static io.restassured.RestAssured.given;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.masthead.Unique;
import dev.masthead.author.AuthorFixtures;
import dev.masthead.tag.TagFixtures;
import dev.masthead.webhook.WebhookFixtures;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * One request of the permission matrix: a caller, the fresh item it acts on
 * (made by the admin just before), and what the request sent.
 */
final class PermissionMatrixCall {

    static final String ARTICLES = "/api/v1/admin/articles";
    static final String TAGS = "/api/v1/admin/tags";
    static final String AUTHORS = "/api/v1/admin/authors";
    static final String USERS = "/api/v1/admin/users";
    static final String API_KEYS = "/api/v1/admin/api-keys";
    static final String WEBHOOKS = WebhookFixtures.WEBHOOKS;

    /** A credential and its author profile (null for keys and anonymous). */
    record Caller(String bearer, String authorId) {
    }

    /**
     * What an operation acts on. A collection's state is its size; an item's
     * is the admin's view of it, or {@code "gone"}. "Own" articles credit the
     * caller's author profile; a key or nobody has none, so theirs credit a
     * profile of their own that no account holds.
     */
    enum Subject {
        ALL_ARTICLES, ALL_TAGS, ALL_AUTHORS, ALL_USERS, ALL_API_KEYS, ALL_WEBHOOKS,
        OWN_DRAFT, OWN_PUBLISHED, OWN_SCHEDULED, OTHERS_DRAFT, TAG, AUTHOR, USER, API_KEY, WEBHOOK,
        /** A webhook the admin pinged: it has one delivery. */
        PINGED_WEBHOOK,
        /** Articles with a second revision (the admin retitled them): restoring revision 1 brings the title back. */
        REVISED_OWN_DRAFT, REVISED_OWN_PUBLISHED, REVISED_OTHERS_DRAFT;

        Item make(Caller caller) {
            return switch (this) {
                case ALL_ARTICLES -> Item.collection(ARTICLES);
                case ALL_TAGS -> Item.collection(TAGS);
                case ALL_AUTHORS -> Item.collection(AUTHORS);
                case ALL_USERS -> Item.collection(USERS);
                case ALL_API_KEYS -> Item.collection(API_KEYS);
                case ALL_WEBHOOKS -> Item.collection(WEBHOOKS);
                case OWN_DRAFT, OWN_PUBLISHED, OWN_SCHEDULED -> article(caller.authorId() != null ? caller.authorId()
                        : AuthorFixtures.createAuthor("not-me").id(), this);
                case OTHERS_DRAFT -> article(AuthorFixtures.createAuthor("someone-else").id(), this);
                case REVISED_OWN_DRAFT, REVISED_OWN_PUBLISHED -> revised(article(caller.authorId() != null
                        ? caller.authorId() : AuthorFixtures.createAuthor("not-me").id(),
                        this == REVISED_OWN_PUBLISHED ? OWN_PUBLISHED : OWN_DRAFT));
                case REVISED_OTHERS_DRAFT -> revised(article(AuthorFixtures.createAuthor("someone-else").id(), OTHERS_DRAFT));
                case TAG -> Item.of(TAGS, TagFixtures.createTag("matrix").id());
                case AUTHOR -> Item.of(AUTHORS, AuthorFixtures.createAuthor("matrix").id());
                case USER -> Item.of(USERS, UserFixtures.createUser("matrix-subject", "CONTRIBUTOR").id());
                case WEBHOOK -> Item.of(WEBHOOKS, WebhookFixtures.createWebhook("matrix").id());
                case PINGED_WEBHOOK -> {
                    String id = WebhookFixtures.createWebhook("matrix-pinged").id();
                    WebhookFixtures.pingDelivered(id);
                    yield Item.of(WEBHOOKS, id);
                }
                case API_KEY -> {
                    ApiKeyFixtures.CreatedKey key = ApiKeyFixtures.createKey("matrix-subject", "content:read");
                    yield new Item(API_KEYS + "/" + key.id(), API_KEYS, null, null, null, key.secret());
                }
            };
        }

        private static Item article(String authorId, Subject state) {
            var created = asAdmin().body(Map.of("title", Unique.name("Matrix article"), "markdown", "Text.",
                    "authorIds", List.of(authorId))).post(ARTICLES).then().statusCode(201).extract();
            String id = created.path("data.id");
            if (state == OWN_PUBLISHED) {
                asAdmin().post(ARTICLES + "/" + id + "/publish").then().statusCode(200);
            }
            if (state == OWN_SCHEDULED) {
                asAdmin().body(Map.of("publishAt", Instant.now().plus(1, ChronoUnit.DAYS).toString()))
                        .post(ARTICLES + "/" + id + "/schedule").then().statusCode(200);
            }
            return new Item(ARTICLES + "/" + id, ARTICLES, created.path("data.slug"), created.path("data.title"),
                    authorId, null);
        }

        /** Retitles the article as the admin; the item keeps the title it was made with (revision 1's). */
        private static Item revised(Item article) {
            asAdmin().contentType("application/merge-patch+json").header("If-Match", "*")
                    .body(Map.of("title", "Revised " + article.title())).patch(article.path()).then().statusCode(200);
            return article;
        }
    }

    /** A made subject: its admin path, and what else a check needs of it (an article's, a key's). */
    record Item(String path, String collection, String slug, String title, String authorId, String secret) {

        static Item collection(String path) {
            return new Item(path, path, null, null, null, null);
        }

        static Item of(String collection, String id) {
            return new Item(collection + "/" + id, collection, null, null, null, null);
        }

        boolean isCollection() {
            return path.equals(collection);
        }

        /** As the admin sees it now: the collection's size, the item's fields, or "gone". */
        Object state() {
            if (isCollection()) {
                return asAdmin().get(path + "?pageSize=1").then().statusCode(200).extract().<Integer>path("meta.total");
            }
            Response read = asAdmin().get(path);
            if (read.statusCode() == 404) {
                return "gone";
            }
            return read.then().statusCode(200).extract().<Map<String, Object>>path("data");
        }
    }

    private final Caller caller;
    private final Item item;
    private Map<String, Object> sent = Map.of();
    private String stranger;

    PermissionMatrixCall(Caller caller, Subject subject) {
        this.caller = caller;
        this.item = subject.make(caller);
    }

    Caller caller() {
        return caller;
    }

    Item item() {
        return item;
    }

    RequestSpecification request() {
        RequestSpecification request = given().contentType(ContentType.JSON);
        return caller.bearer() == null ? request : request.header("Authorization", "Bearer " + caller.bearer());
    }

    Map<String, Object> sent() {
        return sent;
    }

    Response get(String path) {
        return request().get(path);
    }

    Response post(String path) {
        return request().post(path);
    }

    Response post(String path, Map<String, Object> body) {
        sent = body;
        return request().body(body).post(path);
    }

    Response patch(Map<String, Object> mergePatch) {
        sent = mergePatch;
        return request().contentType("application/merge-patch+json").header("If-Match", "*")
                .body(mergePatch).patch(item.path());
    }

    Response put(Map<String, Object> body) {
        sent = body;
        return request().header("If-Match", "*").body(body).put(item.path());
    }

    /** Restores revision {@code number} of the subject article over whatever is current. */
    Response restore(int number) {
        return request().header("If-Match", "*").post(item.path() + "/revisions/" + number + "/restore");
    }

    Response delete() {
        return request().header("If-Match", "*").delete(item.path());
    }

    /** The newest delivery of the subject webhook, as the admin sees it. */
    String newestDelivery() {
        return asAdmin().get(item.path() + "/deliveries").then().statusCode(200).extract().path("data[0].id");
    }

    /** An author profile no caller holds, made once per call. */
    String stranger() {
        if (stranger == null) {
            stranger = AuthorFixtures.createAuthor("stranger").id();
        }
        return stranger;
    }

    /** A new article; without authorIds it relies on the caller's own profile (a key must name one). */
    Map<String, Object> newArticle(List<String> authorIds) {
        Map<String, Object> body = new LinkedHashMap<>(Map.of("title", Unique.name("Matrix story"), "markdown", "Text."));
        if (authorIds != null) {
            body.put("authorIds", authorIds);
        } else if (caller.authorId() == null) {
            body.put("authorIds", List.of(AuthorFixtures.createAuthor("matrix-byline").id()));
        }
        return body;
    }

    /** The subject article written whole again (PUT) with this title and these authors. */
    Map<String, Object> replacement(String title, List<String> authorIds) {
        return new HashMap<>(Map.of("title", title, "markdown", "Text.", "authorIds", authorIds));
    }

    /** The callers, made once: one account per role and two keys. */
    static final class Callers {
        private static final Map<PermissionMatrixTest.Who, Caller> CALLERS = new EnumMap<>(PermissionMatrixTest.Who.class);

        private Callers() {
        }

        static synchronized Caller of(PermissionMatrixTest.Who who) {
            if (CALLERS.isEmpty()) {
                for (Role role : Role.values()) {
                    CALLERS.put(PermissionMatrixTest.Who.valueOf(role.name()), account(role));
                }
                CALLERS.put(PermissionMatrixTest.Who.KEY_WRITE, new Caller(key("content:write"), null));
                CALLERS.put(PermissionMatrixTest.Who.KEY_READ, new Caller(key("content:read"), null));
                CALLERS.put(PermissionMatrixTest.Who.ANONYMOUS, new Caller(null, null));
            }
            return CALLERS.get(who);
        }

        private static Caller account(Role role) {
            UserFixtures.CreatedUser user = UserFixtures.createUser("matrix-" + role.name().toLowerCase(), role.name());
            return new Caller(user.token(), user.authorId());
        }

        private static String key(String scope) {
            return ApiKeyFixtures.createKey("matrix", scope).secret();
        }
    }
}
