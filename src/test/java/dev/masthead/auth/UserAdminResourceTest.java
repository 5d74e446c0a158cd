package dev.masthead.auth;

import static dev.masthead.auth.AdminSession.asAdmin;
import static dev.masthead.auth.UserFixtures.USERS;
import static dev.masthead.auth.UserFixtures.bearing;
import static dev.masthead.auth.UserFixtures.createUser;
import static dev.masthead.auth.UserFixtures.login;
import static dev.masthead.auth.UserFixtures.newPassword;
import static dev.masthead.auth.UserFixtures.signIn;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import dev.masthead.Unique;
import dev.masthead.auth.UserFixtures.CreatedUser;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;

@QuarkusTest
class UserAdminResourceTest {

    private static final String MERGE_PATCH = "application/merge-patch+json";
    private static final String UUID_PATTERN = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

    // --- creating -------------------------------------------------------------------------

    @Test
    void createReturnsTheAccountWithoutItsPassword() {
        String name = Unique.name("Zoë Lindqvist");
        String email = Unique.name("Zoe.Mixed") + "@Meridian.Example";
        String password = newPassword();

        var created = asAdmin().body(Map.of("email", email, "password", password, "role", "EDITOR", "name", name))
                .post(USERS)
                .then().statusCode(201)
                .contentType("application/json")
                .header("Cache-Control", "no-store")
                .body("data.id", matchesPattern(UUID_PATTERN))
                .body("data.email", equalTo(email.toLowerCase(Locale.ROOT)))
                .body("data.name", equalTo(name))
                .body("data.role", equalTo("EDITOR"))
                .body("data.authorId", matchesPattern(UUID_PATTERN))
                .body("data.active", equalTo(true))
                .body("data.createdAt", notNullValue())
                .body("data.updatedAt", notNullValue())
                .body("data.version", notNullValue())
                .body("data", not(hasKey("password")))
                .body("data", not(hasKey("passwordHash")))
                .extract();

        String id = created.path("data.id");
        int version = created.path("data.version");
        assertEquals("\"" + version + "\"", created.header("ETag"));
        assertTrue(created.header("Location").endsWith(USERS + "/" + id), created.header("Location"));
        assertEquals(created.<String>path("data.createdAt"), created.path("data.updatedAt"));
        String raw = created.asString();
        assertFalse(raw.contains(password), raw);
        assertFalse(raw.toLowerCase(Locale.ROOT).contains("password"), raw);
        assertFalse(raw.matches("(?s).*\\$2[abxy]?\\$.*"), "no bcrypt hash: " + raw);

        asAdmin().get(created.header("Location")).then().statusCode(200)
                .header("ETag", "\"" + version + "\"")
                .body("data.id", equalTo(id))
                .body("data.email", equalTo(email.toLowerCase(Locale.ROOT)));
    }

    @Test
    void createMakesTheAccountsAuthorProfile() {
        CreatedUser user = createUser("byline-owner", "AUTHOR");

        asAdmin().get("/api/v1/admin/authors/" + user.authorId())
                .then().statusCode(200)
                .body("data.id", equalTo(user.authorId()))
                .body("data.name", equalTo(user.name()));
    }

    @Test
    void theNewAccountSignsInAndItsTokenWorks() {
        CreatedUser user = createUser("signs-in", "AUTHOR");

        String token = login(user.email().toUpperCase(Locale.ROOT), user.password())
                .then().statusCode(200)
                .body("token", notNullValue())
                .extract().path("token");

        bearing(token).get("/api/v1/admin/tags").then().statusCode(200).body("meta.page", equalTo(1));
    }

    @Test
    void anAdminAccountMayManageAccounts() {
        CreatedUser admin = createUser("second-admin", "ADMIN");

        bearing(admin.token()).get(USERS + "/" + admin.id())
                .then().statusCode(200).body("data.role", equalTo("ADMIN"));
    }

    @Test
    void duplicateEmailInAnyCaseIsProblem409() {
        CreatedUser user = createUser("taken", "AUTHOR");

        for (String email : List.of(user.email(), user.email().toUpperCase(Locale.ROOT))) {
            asAdmin().body(Map.of("email", email, "password", newPassword(), "role", "EDITOR", "name", "Someone else"))
                    .post(USERS)
                    .then().statusCode(409)
                    .contentType("application/problem+json")
                    .body("code", equalTo("conflict"))
                    .body("errors.field", hasItem("email"));
        }
        asAdmin().get(USERS + "/" + user.id()).then().statusCode(200)
                .body("data.name", equalTo(user.name()))
                .body("data.role", equalTo("AUTHOR"));
    }

    @Test
    void aTwelveCharacterPasswordIsLongEnough() {
        String email = Unique.name("twelve") + "@masthead.test";

        asAdmin().body(Map.of("email", email, "password", "123456789012", "role", "CONTRIBUTOR", "name", "Twelve"))
                .post(USERS)
                .then().statusCode(201);
        signIn(email, "123456789012");
    }

    @Test
    void everyCharacterOfALongPasswordCounts() {
        // bcrypt alone would read only the first 72 bytes; the API accepts passwords of up to 200 characters.
        String common = "a".repeat(72);
        String email = Unique.name("long-password") + "@masthead.test";

        asAdmin().body(Map.of("email", email, "password", common + "-the-real-ending", "role", "AUTHOR",
                        "name", "Long Password"))
                .post(USERS)
                .then().statusCode(201);
        signIn(email, common + "-the-real-ending");

        login(email, common + "-another-ending")
                .then().statusCode(401)
                .contentType("application/problem+json")
                .body("code", equalTo("invalid-credentials"));
        login(email, common).then().statusCode(401);
    }

    @Test
    void accountsWithTheSameNameGetTheirOwnAuthorProfiles() {
        String name = Unique.name("Alex Smith");
        CreatedUser first = createUser(Unique.name("alex") + "@masthead.test", name, "AUTHOR");
        CreatedUser second = createUser(Unique.name("alex") + "@masthead.test", name, "AUTHOR");

        assertNotEquals(first.authorId(), second.authorId());
        String firstSlug = asAdmin().get("/api/v1/admin/authors/" + first.authorId())
                .then().statusCode(200).body("data.name", equalTo(name)).extract().path("data.slug");
        String secondSlug = asAdmin().get("/api/v1/admin/authors/" + second.authorId())
                .then().statusCode(200).body("data.name", equalTo(name)).extract().path("data.slug");
        assertNotEquals(firstSlug, secondSlug);
    }

    static Stream<Arguments> invalidUsers() {
        return Stream.of(
                Arguments.of("password", Map.of("password", "12345678901")),
                Arguments.of("email", Map.of("email", "not-an-email")),
                Arguments.of("email", Map.of("email", " ")),
                Arguments.of("role", Map.of("role", "OWNER")),
                Arguments.of("role", Map.of("role", "admin")),
                Arguments.of("name", Map.of("name", " ")),
                Arguments.of("isAdmin", Map.of("isAdmin", true)));
    }

    @ParameterizedTest
    @MethodSource("invalidUsers")
    void invalidFieldIsProblem400NamingIt(String field, Map<String, Object> override) {
        Map<String, Object> valid = validUser();
        Map<String, Object> body = new HashMap<>(valid);
        body.putAll(override);

        expectValidationFailed(asAdmin().body(body).post(USERS).then(), field);

        // Nothing was stored: the same email is still free.
        asAdmin().body(valid).post(USERS).then().statusCode(201);
    }

    @ParameterizedTest
    @ValueSource(strings = { "email", "password", "role", "name" })
    void missingFieldIsProblem400NamingIt(String field) {
        Map<String, Object> valid = validUser();
        Map<String, Object> body = new HashMap<>(valid);
        body.remove(field);

        expectValidationFailed(asAdmin().body(body).post(USERS).then(), field);
        asAdmin().body(valid).post(USERS).then().statusCode(201);
    }

    // --- reading --------------------------------------------------------------------------

    @Test
    void listPagesThroughAllAccountsByEmail() {
        String stem = Unique.name("listed");
        CreatedUser c = createUser(stem + "c@masthead.test", "Carla", "CONTRIBUTOR");
        CreatedUser a = createUser(stem + "a@masthead.test", "Anna", "EDITOR");
        CreatedUser b = createUser(stem + "b@masthead.test", "Bea", "AUTHOR");

        List<String> emails = new ArrayList<>();
        int page = 1;
        int totalPages;
        long total;
        do {
            var response = asAdmin().queryParam("page", page).queryParam("pageSize", 100).get(USERS)
                    .then().statusCode(200)
                    .contentType("application/json")
                    .body("meta.page", equalTo(page))
                    .body("meta.pageSize", equalTo(100))
                    .extract();
            emails.addAll(response.path("data.email"));
            totalPages = response.path("meta.totalPages");
            total = ((Number) response.path("meta.total")).longValue();
            assertFalse(response.asString().contains("\"password"), "no password field: " + response.asString());
            page++;
        } while (page <= totalPages);

        assertEquals(total, emails.size());
        assertTrue(emails.contains(AdminSession.EMAIL));
        // Emails that differ only in their last letter sort alike in every collation.
        int ia = emails.indexOf(a.email());
        int ib = emails.indexOf(b.email());
        int ic = emails.indexOf(c.email());
        assertTrue(ia >= 0 && ib >= 0 && ic >= 0, "lists all three: " + emails);
        assertTrue(ia < ib && ib < ic, "by email, not by creation: " + a.email() + " " + ia + ", " + ib + ", " + ic);
    }

    @Test
    void listRespectsThePageSize() {
        createUser("paged", "CONTRIBUTOR");
        createUser("paged", "CONTRIBUTOR");

        asAdmin().queryParam("pageSize", 1).get(USERS)
                .then().statusCode(200)
                .body("data.size()", equalTo(1))
                .body("meta.pageSize", equalTo(1))
                .body("meta.total", greaterThanOrEqualTo(3))
                .body("meta.totalPages", greaterThanOrEqualTo(3));
    }

    @Test
    void getReturnsTheAccountWithItsVersionAsETag() {
        CreatedUser user = createUser("fetched", "EDITOR");

        asAdmin().get(USERS + "/" + user.id())
                .then().statusCode(200)
                .contentType("application/json")
                .header("ETag", "\"" + user.version() + "\"")
                .header("Cache-Control", "no-store")
                .body("data.id", equalTo(user.id()))
                .body("data.email", equalTo(user.email()))
                .body("data.name", equalTo(user.name()))
                .body("data.role", equalTo("EDITOR"))
                .body("data.authorId", equalTo(user.authorId()))
                .body("data.active", equalTo(true));
    }

    @Test
    void unknownIdIsProblem404() {
        String path = USERS + "/" + UUID.randomUUID();

        asAdmin().get(path)
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("code", equalTo("not-found"))
                .body("instance", equalTo(path));
        asAdmin().contentType(MERGE_PATCH).header("If-Match", "\"0\"").body(Map.of("name", "Nobody"))
                .patch(path)
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("code", equalTo("not-found"));
    }

    // --- changing -------------------------------------------------------------------------

    @Test
    void patchRenamesWithIfMatch() throws InterruptedException {
        CreatedUser user = createUser("renamed", "AUTHOR");
        String createdAt = asAdmin().get(USERS + "/" + user.id()).then().extract().path("data.createdAt");
        String newName = Unique.name("Renamed");
        Thread.sleep(5);

        var changed = patchAsAdmin(user.id(), "\"" + user.version() + "\"", Map.of("name", "  " + newName + " "))
                .then().statusCode(200)
                .contentType("application/json")
                .header("ETag", "\"" + (user.version() + 1) + "\"")
                .body("data.name", equalTo(newName))
                .body("data.role", equalTo("AUTHOR"))
                .body("data.email", equalTo(user.email()))
                .body("data.active", equalTo(true))
                .body("data.version", equalTo(user.version() + 1))
                .body("data.createdAt", equalTo(createdAt))
                .extract();
        assertTrue(Instant.parse(changed.path("data.updatedAt")).isAfter(Instant.parse(createdAt)));

        asAdmin().get(USERS + "/" + user.id()).then().body("data.name", equalTo(newName));
    }

    @Test
    void patchChangesTheRoleWithABodyVersion() {
        CreatedUser user = createUser("promoted", "CONTRIBUTOR");
        String before = user.token();

        patchAsAdmin(user.id(), null, Map.of("role", "EDITOR", "version", user.version()))
                .then().statusCode(200)
                .body("data.role", equalTo("EDITOR"))
                .body("data.name", equalTo(user.name()))
                .body("data.version", equalTo(user.version() + 1));

        // The role is read per request, so even a token issued before the change carries it.
        bearing(before).body(Map.of("name", Unique.name("desk-tag"))).post("/api/v1/admin/tags")
                .then().statusCode(201);
    }

    @Test
    void patchWithIfMatchStarOverwritesWhateverTheVersion() {
        CreatedUser user = createUser("overwritten", "AUTHOR");
        patchAsAdmin(user.id(), "\"" + user.version() + "\"", Map.of("name", Unique.name("Between"))).then().statusCode(200);

        patchAsAdmin(user.id(), "*", Map.of("role", "EDITOR"))
                .then().statusCode(200)
                .body("data.role", equalTo("EDITOR"))
                .body("data.version", equalTo(user.version() + 2));
    }

    @Test
    void patchWithoutAVersionIsProblem428AndChangesNothing() {
        CreatedUser user = createUser("unversioned", "AUTHOR");

        patchAsAdmin(user.id(), null, Map.of("name", "No version"))
                .then().statusCode(428)
                .contentType("application/problem+json")
                .body("code", equalTo("precondition-required"));

        asAdmin().get(USERS + "/" + user.id()).then()
                .body("data.name", equalTo(user.name()))
                .body("data.version", equalTo(user.version()));
    }

    @Test
    void patchWithAStaleVersionIsProblem412AndChangesNothing() {
        CreatedUser user = createUser("stale", "AUTHOR");
        String first = Unique.name("First");
        patchAsAdmin(user.id(), "\"" + user.version() + "\"", Map.of("name", first)).then().statusCode(200);

        patchAsAdmin(user.id(), "\"" + user.version() + "\"", Map.of("name", "Second"))
                .then().statusCode(412)
                .contentType("application/problem+json")
                .body("code", equalTo("stale-version"));
        patchAsAdmin(user.id(), null, Map.of("role", "EDITOR", "version", user.version()))
                .then().statusCode(412);

        asAdmin().get(USERS + "/" + user.id()).then()
                .body("data.name", equalTo(first))
                .body("data.role", equalTo("AUTHOR"))
                .body("data.version", equalTo(user.version() + 1));
    }

    static Stream<Arguments> invalidChanges() {
        return Stream.of(
                Arguments.of("role", Map.of("role", "OWNER")),
                Arguments.of("name", Map.of("name", " ")),
                Arguments.of("active", Map.of("active", "no")),
                Arguments.of("email", Map.of("email", "someone-else@masthead.test")));
    }

    @ParameterizedTest
    @MethodSource("invalidChanges")
    void invalidPatchIsProblem400NamingTheField(String field, Map<String, Object> patch) {
        CreatedUser user = createUser("bad-patch", "AUTHOR");

        expectValidationFailed(patchAsAdmin(user.id(), "\"" + user.version() + "\"", patch).then(), field);

        asAdmin().get(USERS + "/" + user.id()).then()
                .body("data.email", equalTo(user.email()))
                .body("data.role", equalTo("AUTHOR"))
                .body("data.active", equalTo(true))
                .body("data.version", equalTo(user.version()));
    }

    @Test
    void nullingARequiredFieldIsProblem400() {
        CreatedUser user = createUser("nulled", "AUTHOR");
        Map<String, Object> patch = new HashMap<>();
        patch.put("role", null);

        expectValidationFailed(patchAsAdmin(user.id(), "\"" + user.version() + "\"", patch).then(), "role");
    }

    @Test
    void patchAsPlainJsonIsProblem415() {
        CreatedUser user = createUser("plain-json", "AUTHOR");

        asAdmin().header("If-Match", "\"" + user.version() + "\"").body(Map.of("name", "Plain"))
                .patch(USERS + "/" + user.id())
                .then().statusCode(415)
                .contentType("application/problem+json")
                .body("code", equalTo("unsupported-media-type"));
    }

    @Test
    void deactivationEndsExistingTokensAndSignInsUntilReactivated() {
        CreatedUser user = createUser("leaver", "AUTHOR");
        String token = user.token();
        bearing(token).get("/api/v1/admin/tags").then().statusCode(200);

        patchAsAdmin(user.id(), "\"" + user.version() + "\"", Map.of("active", false))
                .then().statusCode(200)
                .body("data.active", equalTo(false))
                .body("data.version", equalTo(user.version() + 1));

        bearing(token).get("/api/v1/admin/tags")
                .then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", containsString("Bearer"))
                .body("code", equalTo("unauthorized"));
        login(user.email(), user.password())
                .then().statusCode(401)
                .contentType("application/problem+json")
                .body("code", equalTo("invalid-credentials"));

        patchAsAdmin(user.id(), "\"" + (user.version() + 1) + "\"", Map.of("active", true))
                .then().statusCode(200)
                .body("data.active", equalTo(true));
        bearing(user.token()).get("/api/v1/admin/tags").then().statusCode(200);
    }

    @Test
    void anAdminMayBeDemotedWhileAnotherActiveAdminRemains() {
        CreatedUser admin = createUser("demoted-admin", "ADMIN");
        String token = admin.token();
        bearing(token).get(USERS).then().statusCode(200);

        patchAsAdmin(admin.id(), "\"" + admin.version() + "\"", Map.of("role", "EDITOR"))
                .then().statusCode(200)
                .body("data.role", equalTo("EDITOR"));

        bearing(token).get(USERS).then().statusCode(403);
        // The bootstrap admin is untouched and still in charge.
        asAdmin().get(USERS).then().statusCode(200);
    }

    @Test
    void anAdminMayBeDeactivatedWhileAnotherActiveAdminRemains() {
        CreatedUser admin = createUser("departing-admin", "ADMIN");
        String token = admin.token();

        patchAsAdmin(admin.id(), "\"" + admin.version() + "\"", Map.of("active", false))
                .then().statusCode(200)
                .body("data.active", equalTo(false))
                .body("data.role", equalTo("ADMIN"));

        bearing(token).get(USERS).then().statusCode(401);
        asAdmin().get(USERS).then().statusCode(200);
    }

    // --- who may ---------------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = { "CONTRIBUTOR", "AUTHOR", "EDITOR" })
    void nonAdminsAreProblem403OnEveryOperation(String role) {
        CreatedUser caller = createUser("not-admin-" + role.toLowerCase(Locale.ROOT), role);
        CreatedUser target = createUser("target", "CONTRIBUTOR");
        String token = caller.token();
        Map<String, Object> wouldCreate = validUser();

        expectForbidden(bearing(token).get(USERS).then());
        expectForbidden(bearing(token).body(wouldCreate).post(USERS).then());
        expectForbidden(bearing(token).get(USERS + "/" + target.id()).then());
        expectForbidden(bearing(token).contentType(MERGE_PATCH).header("If-Match", "\"" + target.version() + "\"")
                .body(Map.of("role", "ADMIN")).patch(USERS + "/" + target.id()).then());
        expectForbidden(bearing(token).contentType(MERGE_PATCH).header("If-Match", "\"" + caller.version() + "\"")
                .body(Map.of("role", "ADMIN")).patch(USERS + "/" + caller.id()).then());

        asAdmin().get(USERS + "/" + target.id()).then().body("data.role", equalTo("CONTRIBUTOR"))
                .body("data.version", equalTo(target.version()));
        asAdmin().get(USERS + "/" + caller.id()).then().body("data.role", equalTo(role));
        asAdmin().body(wouldCreate).post(USERS).then().statusCode(201);
    }

    @Test
    void withoutATokenEveryOperationIsProblem401() {
        CreatedUser target = createUser("anonymous-target", "CONTRIBUTOR");

        expectUnauthorized(given().get(USERS).then());
        expectUnauthorized(given().contentType("application/json").body(validUser()).post(USERS).then());
        expectUnauthorized(given().get(USERS + "/" + target.id()).then());
        expectUnauthorized(given().contentType(MERGE_PATCH).header("If-Match", "\"" + target.version() + "\"")
                .body(Map.of("role", "ADMIN")).patch(USERS + "/" + target.id()).then());

        asAdmin().get(USERS + "/" + target.id()).then().body("data.role", equalTo("CONTRIBUTOR"));
    }

    @Test
    void aPasswordIsNeverEchoedInAProblem() {
        String password = "short-" + UUID.randomUUID().toString().substring(0, 4);

        String body = asAdmin().body(Map.of("email", Unique.name("echo") + "@masthead.test", "password", password,
                        "role", "EDITOR", "name", "Echo"))
                .post(USERS)
                .then().statusCode(400).extract().asString();

        assertFalse(body.contains(password), body);
    }

    private static Map<String, Object> validUser() {
        return Map.of("email", Unique.name("valid") + "@masthead.test", "password", newPassword(),
                "role", "AUTHOR", "name", Unique.name("Valid"));
    }

    private static io.restassured.response.Response patchAsAdmin(String id, String ifMatch, Map<String, ?> patch) {
        RequestSpecification request = asAdmin().contentType(MERGE_PATCH).body(patch);
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return request.patch(USERS + "/" + id);
    }

    private static ValidatableResponse expectValidationFailed(ValidatableResponse response, String field) {
        return response.statusCode(400)
                .contentType("application/problem+json")
                .body("code", equalTo("validation-failed"))
                .body("errors.field", hasItem(field));
    }

    private static ValidatableResponse expectForbidden(ValidatableResponse response) {
        return response.statusCode(403)
                .contentType("application/problem+json")
                .body("status", equalTo(403))
                .body("code", equalTo("forbidden"))
                .body("type", endsWith("/forbidden"));
    }

    private static ValidatableResponse expectUnauthorized(ValidatableResponse response) {
        return response.statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", containsString("Bearer"))
                .body("code", equalTo("unauthorized"));
    }
}
