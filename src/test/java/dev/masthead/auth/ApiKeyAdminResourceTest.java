package dev.masthead.auth;

import static dev.masthead.article.ArticleFixtures.article;
import static dev.masthead.auth.AdminSession.asAdmin;
import static dev.masthead.auth.ApiKeyFixtures.API_KEYS;
import static dev.masthead.auth.ApiKeyFixtures.createKey;
import static dev.masthead.auth.UserFixtures.USERS;
import static dev.masthead.auth.UserFixtures.bearing;
import static dev.masthead.auth.UserFixtures.createUser;
import static dev.masthead.auth.UserFixtures.newPassword;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import dev.masthead.Unique;
import dev.masthead.article.ArticleFixtures.CreatedArticle;
import dev.masthead.auth.ApiKeyFixtures.CreatedKey;
import dev.masthead.auth.UserFixtures.CreatedUser;
import dev.masthead.author.AuthorFixtures;
import dev.masthead.author.AuthorFixtures.CreatedAuthor;
import dev.masthead.tag.TagFixtures;
import dev.masthead.tag.TagFixtures.CreatedTag;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;

@QuarkusTest
class ApiKeyAdminResourceTest {

    private static final String ARTICLES = "/api/v1/admin/articles";
    private static final String TAGS = "/api/v1/admin/tags";
    private static final String UUID_PATTERN = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

    // --- creating -------------------------------------------------------------------------

    @Test
    void createShowsTheSecretOnce() {
        String name = Unique.name("Syndication partner feed");
        Instant before = Instant.now().minusSeconds(1);

        var created = asAdmin().body(Map.of("name", name, "scopes", List.of("content:read")))
                .post(API_KEYS)
                .then().statusCode(201)
                .contentType("application/json")
                .header("Cache-Control", "no-store")
                .body("data.id", matchesPattern(UUID_PATTERN))
                .body("data.name", equalTo(name))
                .body("data.scopes", contains("content:read"))
                .body("data.secret", startsWith("mh_"))
                .body("data.createdAt", notNullValue())
                .body("data.lastUsedAt", nullValue())
                .extract();

        String id = created.path("data.id");
        String secret = created.path("data.secret");
        assertEquals(secret.substring(0, 10), created.path("data.prefix"));
        assertTrue(secret.length() >= 40, "a long random secret: " + secret.length());
        assertTrue(created.header("Location").endsWith(API_KEYS + "/" + id), created.header("Location"));
        assertTrue(Instant.parse(created.path("data.createdAt")).isAfter(before));

        String fetched = asAdmin().get(created.header("Location"))
                .then().statusCode(200)
                .body("data.id", equalTo(id))
                .body("data.name", equalTo(name))
                .body("data.prefix", equalTo(secret.substring(0, 10)))
                .body("data.scopes", contains("content:read"))
                .body("data.createdAt", equalTo(created.path("data.createdAt")))
                .extract().asString();
        assertFalse(fetched.contains(secret), fetched);
        assertFalse(JsonPath.from(fetched).getMap("data").containsKey("secret"), fetched);
    }

    @Test
    void everyKeyGetsItsOwnSecret() {
        CreatedKey first = createKey("twin", "content:read");
        CreatedKey second = createKey("twin", "content:read");

        assertNotEquals(first.secret(), second.secret());
        assertNotEquals(first.id(), second.id());
    }

    @Test
    void bothScopesMayBeGranted() {
        asAdmin().body(Map.of("name", Unique.name("both"), "scopes", List.of("content:write", "content:read")))
                .post(API_KEYS)
                .then().statusCode(201)
                .body("data.scopes", containsInAnyOrder("content:read", "content:write"));
    }

    @ParameterizedTest
    @ValueSource(strings = { "content:delete", "CONTENT_READ", "admin", "" })
    void unknownScopeIsProblem400(String scope) {
        String name = Unique.name("bad-scope");

        expectValidationFailed(asAdmin().body(Map.of("name", name, "scopes", List.of(scope))).post(API_KEYS).then(),
                "scopes[0]");

        assertFalse(allKeyNames().contains(name), "no key was made");
    }

    @Test
    void emptyOrMissingScopesAreProblem400() {
        String name = Unique.name("no-scope");

        expectValidationFailed(asAdmin().body(Map.of("name", name, "scopes", List.of())).post(API_KEYS).then(),
                "scopes");
        expectValidationFailed(asAdmin().body(Map.of("name", name)).post(API_KEYS).then(), "scopes");

        assertFalse(allKeyNames().contains(name), "no key was made");
    }

    @Test
    void blankNameOrUnknownPropertyIsProblem400() {
        expectValidationFailed(asAdmin().body(Map.of("name", " ", "scopes", List.of("content:read")))
                .post(API_KEYS).then(), "name");
        expectValidationFailed(asAdmin().body(Map.of("scopes", List.of("content:read"))).post(API_KEYS).then(), "name");
        expectValidationFailed(asAdmin()
                .body(Map.of("name", Unique.name("extra"), "scopes", List.of("content:read"), "secret", "mh_chosen"))
                .post(API_KEYS).then(), "secret");
    }

    // --- reading --------------------------------------------------------------------------

    @Test
    void listAndGetNeverShowTheSecretAndTellWhenTheKeyWasLastUsed() {
        CreatedKey key = createKey("used-later", "content:read");

        assertNull(keyInList(key.id(), key.secret()).get("lastUsedAt"), "not used yet");
        asAdmin().get(API_KEYS + "/" + key.id()).then().statusCode(200).body("data.lastUsedAt", nullValue());

        Instant beforeUse = Instant.now().minusSeconds(1);
        bearing(key.secret()).get(ARTICLES).then().statusCode(200);

        Map<String, Object> listed = keyInList(key.id(), key.secret());
        assertNotNull(listed.get("lastUsedAt"), "used now: " + listed);
        assertEquals(key.prefix(), listed.get("prefix"));
        String fetched = asAdmin().get(API_KEYS + "/" + key.id())
                .then().statusCode(200)
                .body("data.lastUsedAt", notNullValue())
                .extract().asString();
        assertFalse(fetched.contains(key.secret()), fetched);
        Instant lastUsed = Instant.parse(JsonPath.from(fetched).getString("data.lastUsedAt"));
        assertTrue(lastUsed.isAfter(beforeUse) && lastUsed.isBefore(Instant.now().plus(Duration.ofSeconds(1))),
                "last used just now: " + lastUsed);
    }

    @Test
    void unknownIdIsProblem404() {
        String path = API_KEYS + "/" + UUID.randomUUID();

        expectNotFound(asAdmin().get(path).then()).body("instance", equalTo(path));
        expectNotFound(asAdmin().delete(path).then());
    }

    // --- using and revoking ---------------------------------------------------------------

    @Test
    void theSecretIsABearerCredential() {
        CreatedKey key = createKey("reader", "content:read");
        CreatedArticle draft = article().draft();

        bearing(key.secret()).get(ARTICLES).then().statusCode(200).body("meta.page", equalTo(1));
        bearing(key.secret()).get(ARTICLES + "/" + draft.id()).then().statusCode(200)
                .body("data.status", equalTo("DRAFT"));
        bearing(key.secret()).get(TAGS).then().statusCode(200);
    }

    @Test
    void aWrongSecretWithTheRightPrefixIsProblem401() {
        CreatedKey key = createKey("forged", "content:write");
        String last = key.secret().substring(key.secret().length() - 1);
        String forged = key.secret().substring(0, key.secret().length() - 1) + ("A".equals(last) ? "B" : "A");

        expectUnauthorized(bearing(forged).get(ARTICLES).then());
        expectUnauthorized(bearing(key.prefix()).get(ARTICLES).then());
    }

    @Test
    void revokedKeyIsProblem401AtItsNextRequestAndGone() {
        CreatedKey key = createKey("revoked", "content:write");
        bearing(key.secret()).get(ARTICLES).then().statusCode(200);

        asAdmin().delete(API_KEYS + "/" + key.id()).then().statusCode(204);

        expectUnauthorized(bearing(key.secret()).get(ARTICLES).then());
        expectUnauthorized(bearing(key.secret()).body(Map.of("name", Unique.name("after-revoke"))).post(TAGS).then());
        expectNotFound(asAdmin().get(API_KEYS + "/" + key.id()).then());
        expectNotFound(asAdmin().delete(API_KEYS + "/" + key.id()).then());
        assertFalse(allKeyNames().contains(key.name()), "a revoked key is not listed");
    }

    @Test
    void revokingOneKeyLeavesTheOthers() {
        CreatedKey revoked = createKey("one-of-two", "content:read");
        CreatedKey kept = createKey("one-of-two", "content:read");

        asAdmin().delete(API_KEYS + "/" + revoked.id()).then().statusCode(204);

        bearing(kept.secret()).get(ARTICLES).then().statusCode(200);
        asAdmin().get(API_KEYS + "/" + kept.id()).then().statusCode(200);
    }

    @Test
    void aKeyHasNoVersionSoRevokingItNeedsNoIfMatchAsTheContractSays() throws IOException {
        CreatedKey key = createKey("unversioned", "content:read");

        asAdmin().get(API_KEYS + "/" + key.id()).then().statusCode(200)
                .header("ETag", nullValue())
                .body("data", not(hasKey("version")));
        asAdmin().delete(API_KEYS + "/" + key.id()).then().statusCode(204);
        expectUnauthorized(bearing(key.secret()).get(ARTICLES).then());

        JsonNode revoke = new ObjectMapper(new YAMLFactory()).readTree(Path.of("openapi", "openapi.yaml").toFile())
                .path("paths").path(API_KEYS + "/{id}").path("delete");
        assertTrue(revoke.path("description").asText().contains("Needs no If-Match"), revoke.toString());
        for (JsonNode parameter : revoke.path("parameters")) {
            assertNotEquals("If-Match", parameter.path("name").asText(), "revokeApiKey takes no If-Match");
        }
        assertFalse(revoke.path("responses").has("412") || revoke.path("responses").has("428"), revoke.toString());
    }

    // --- scopes ----------------------------------------------------------------------------

    @Test
    void aReadKeyMayNotWriteContent() {
        CreatedKey key = createKey("read-only", "content:read");
        CreatedAuthor author = AuthorFixtures.createAuthor("read-only-byline");
        String title = Unique.name("Not written");
        String tag = Unique.name("not-made");

        expectForbidden(bearing(key.secret()).body(article().title(title).author(author.id()).body())
                .post(ARTICLES).then());
        expectForbidden(bearing(key.secret()).body(Map.of("name", tag)).post(TAGS).then());
        expectForbidden(bearing(key.secret()).body(Map.of("name", Unique.name("no-author"))).post("/api/v1/admin/authors")
                .then());

        // Most recently changed first: had it been made, it would be on this page.
        asAdmin().queryParam("pageSize", 100).get(ARTICLES).then().statusCode(200)
                .body("data.title", not(hasItem(title)));
        asAdmin().body(Map.of("name", tag)).post(TAGS).then().statusCode(201)
                .body("data.name", equalTo(tag));
    }

    @Test
    void aReadKeyMayNotPublish() {
        CreatedKey key = createKey("read-only-publisher", "content:read");
        CreatedArticle draft = article().draft();

        expectForbidden(bearing(key.secret()).post(ARTICLES + "/" + draft.id() + "/publish").then());

        asAdmin().get(ARTICLES + "/" + draft.id()).then().body("data.status", equalTo("DRAFT"));
    }

    @Test
    void aWriteKeyMayCreateTags() {
        CreatedKey key = createKey("tagger", "content:write");
        String name = Unique.name("key-tag");

        bearing(key.secret()).body(Map.of("name", name)).post(TAGS)
                .then().statusCode(201)
                .body("data.name", equalTo(name));
    }

    @Test
    void aWriteKeyMayCreateAndPublishArticlesThatNameTheirAuthors() {
        CreatedKey key = createKey("writer", "content:write");
        CreatedAuthor author = AuthorFixtures.createAuthor("key-byline");
        CreatedTag tag = TagFixtures.createTag("key-filed");

        String id = bearing(key.secret()).body(article().author(author.id()).tag(tag.id()).body())
                .post(ARTICLES)
                .then().statusCode(201)
                .body("data.status", equalTo("DRAFT"))
                .body("data.authors.id", contains(author.id()))
                .body("data.tags.id", contains(tag.id()))
                .extract().path("data.id");

        bearing(key.secret()).post(ARTICLES + "/" + id + "/publish")
                .then().statusCode(200)
                .body("data.status", equalTo("PUBLISHED"));
    }

    @Test
    void aKeyHasNoBylineSoAnArticleWithoutAuthorIdsIsProblem400() {
        CreatedKey key = createKey("no-byline", "content:write");
        String title = Unique.name("Anonymous");

        expectValidationFailed(bearing(key.secret()).body(article().title(title).body()).post(ARTICLES).then(),
                "authorIds");

        // Most recently changed first: had it been made, it would be on this page.
        asAdmin().queryParam("pageSize", 100).get(ARTICLES).then().statusCode(200)
                .body("data.title", not(hasItem(title)));
    }

    @ParameterizedTest
    @ValueSource(strings = { "content:read", "content:write" })
    void noKeyMayManageAccountsOrKeys(String scope) {
        CreatedKey key = createKey("not-admin", scope);
        CreatedKey other = createKey("other", "content:read");
        CreatedUser user = createUser("key-target", "CONTRIBUTOR");
        String email = Unique.name("by-key") + "@masthead.test";
        String keyName = Unique.name("by-key");

        expectForbidden(bearing(key.secret()).get(USERS).then());
        expectForbidden(bearing(key.secret()).get(USERS + "/" + user.id()).then());
        expectForbidden(bearing(key.secret())
                .body(Map.of("email", email, "password", newPassword(), "role", "ADMIN", "name", "By key"))
                .post(USERS).then());
        expectForbidden(bearing(key.secret()).contentType("application/merge-patch+json")
                .header("If-Match", "\"" + user.version() + "\"").body(Map.of("role", "ADMIN"))
                .patch(USERS + "/" + user.id()).then());
        expectForbidden(bearing(key.secret()).get(API_KEYS).then());
        expectForbidden(bearing(key.secret()).get(API_KEYS + "/" + key.id()).then());
        expectForbidden(bearing(key.secret()).body(Map.of("name", keyName, "scopes", List.of("content:write")))
                .post(API_KEYS).then());
        expectForbidden(bearing(key.secret()).delete(API_KEYS + "/" + other.id()).then());

        asAdmin().get(USERS + "/" + user.id()).then().body("data.role", equalTo("CONTRIBUTOR"));
        asAdmin().body(Map.of("email", email, "password", newPassword(), "role", "AUTHOR", "name", "By admin"))
                .post(USERS).then().statusCode(201);
        assertFalse(allKeyNames().contains(keyName), "no key was made");
        bearing(other.secret()).get(ARTICLES).then().statusCode(200);
    }

    @ParameterizedTest
    @ValueSource(strings = { "CONTRIBUTOR", "AUTHOR", "EDITOR" })
    void nonAdminAccountsAreProblem403OnEveryKeyOperation(String role) {
        CreatedUser user = createUser("keyless-" + role.toLowerCase(), role);
        CreatedKey key = createKey("guarded", "content:read");
        String token = user.token();
        String name = Unique.name("by-" + role.toLowerCase());

        expectForbidden(bearing(token).get(API_KEYS).then());
        expectForbidden(bearing(token).get(API_KEYS + "/" + key.id()).then());
        expectForbidden(bearing(token).body(Map.of("name", name, "scopes", List.of("content:write"))).post(API_KEYS)
                .then());
        expectForbidden(bearing(token).delete(API_KEYS + "/" + key.id()).then());

        assertFalse(allKeyNames().contains(name), "no key was made");
        bearing(key.secret()).get(ARTICLES).then().statusCode(200);
    }

    @Test
    void withoutATokenEveryKeyOperationIsProblem401() {
        CreatedKey key = createKey("anonymous", "content:read");

        expectUnauthorized(given().get(API_KEYS).then());
        expectUnauthorized(given().get(API_KEYS + "/" + key.id()).then());
        expectUnauthorized(given().contentType("application/json")
                .body(Map.of("name", Unique.name("anonymous"), "scopes", List.of("content:read"))).post(API_KEYS).then());
        expectUnauthorized(given().delete(API_KEYS + "/" + key.id()).then());

        bearing(key.secret()).get(ARTICLES).then().statusCode(200);
    }

    /** Every page of the key list, checking on the way that no page shows the secret. */
    private static Map<String, Object> keyInList(String id, String secret) {
        for (Map<String, Object> key : allKeys(secret)) {
            if (id.equals(key.get("id"))) {
                return key;
            }
        }
        throw new AssertionError("key " + id + " is not listed");
    }

    private static List<String> allKeyNames() {
        return allKeys(null).stream().map(key -> (String) key.get("name")).toList();
    }

    private static List<Map<String, Object>> allKeys(String secret) {
        List<Map<String, Object>> keys = new ArrayList<>();
        int page = 1;
        int totalPages;
        do {
            String body = asAdmin().queryParam("page", page).queryParam("pageSize", 100).get(API_KEYS)
                    .then().statusCode(200).contentType("application/json")
                    .extract().asString();
            if (secret != null) {
                assertFalse(body.contains(secret), "the list shows a secret: " + body);
            }
            assertFalse(body.contains("\"secret\""), body);
            JsonPath json = JsonPath.from(body);
            keys.addAll(json.getList("data"));
            totalPages = json.getInt("meta.totalPages");
            page++;
        } while (page <= totalPages);
        return keys;
    }

    private static ValidatableResponse expectValidationFailed(ValidatableResponse response, String field) {
        return response.statusCode(400)
                .contentType("application/problem+json")
                .body("code", equalTo("validation-failed"))
                .body("errors.field", hasItem(field));
    }

    private static ValidatableResponse expectNotFound(ValidatableResponse response) {
        return response.statusCode(404)
                .contentType("application/problem+json")
                .body("code", equalTo("not-found"));
    }

    private static ValidatableResponse expectForbidden(ValidatableResponse response) {
        return response.statusCode(403)
                .contentType("application/problem+json")
                .body("status", equalTo(403))
                .body("code", equalTo("forbidden"));
    }

    private static ValidatableResponse expectUnauthorized(ValidatableResponse response) {
        return response.statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", containsString("Bearer"))
                .body("code", equalTo("unauthorized"));
    }
}
