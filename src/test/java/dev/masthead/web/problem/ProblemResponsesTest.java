package dev.masthead.web.problem;

import static dev.masthead.auth.AdminSession.asAdmin;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import dev.masthead.Unique;
import dev.masthead.auth.AdminSession;
import dev.masthead.tag.TagFixtures;
import dev.masthead.tag.TagFixtures.CreatedTag;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;

@QuarkusTest
class ProblemResponsesTest {

    private static final String UUID_PATTERN = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

    // --- unknown routes and methods -------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = { "/api/v1/nope", "/nope", "/", "/api/v1/articles/a/b/c", "/api/v2/articles" })
    void unknownRouteIsProblem404(String path) {
        expectProblem(given().get(path).then(), 404, "not-found")
                .body("title", equalTo("Resource not found"))
                .body("instance", equalTo(path));
    }

    @Test
    void unknownManagementRouteIsAProblemToo() {
        given().header("Authorization", "Bearer " + AdminSession.token())
                .get("/api/v1/admin/nope")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("code", equalTo("not-found"));
    }

    @Test
    void wrongMethodIsProblem405() {
        expectProblem(given().delete("/api/v1/tags").then(), 405, "method-not-allowed")
                .body("title", equalTo("Method not allowed"))
                .body("detail", containsString("DELETE"))
                .body("instance", equalTo("/api/v1/tags"));
    }

    @Test
    void writingToTheDeliveryApiIsProblem405() {
        expectProblem(given().contentType("application/json").body("{}").post("/api/v1/articles").then(), 405,
                "method-not-allowed");
    }

    @Test
    void wrongMethodNamesTheAllowedMethods() {
        given().delete("/api/v1/tags")
                .then().statusCode(405)
                .contentType("application/problem+json")
                .header("Allow", allOf(containsString("GET"), containsString("HEAD")))
                .header("Allow", not(containsString("DELETE")));
    }

    // --- media types ----------------------------------------------------------------------

    @Test
    void jsonEndpointGivenTextPlainIsProblem415() {
        expectProblem(asAdmin().contentType("text/plain").body("{\"name\":\"Plain\"}").post("/api/v1/admin/tags").then(),
                415, "unsupported-media-type")
                .body("title", equalTo("Unsupported media type"))
                .body("instance", equalTo("/api/v1/admin/tags"));
    }

    @Test
    void jsonEndpointGivenXmlIsProblem415() {
        expectProblem(asAdmin().contentType("application/xml").body("<tag><name>X</name></tag>")
                .post("/api/v1/admin/authors").then(), 415, "unsupported-media-type");
    }

    @Test
    void unacceptableAcceptHeaderIsProblem406() {
        expectProblem(given().accept("application/xml").get("/api/v1/tags").then(), 406, "not-acceptable");
    }

    // --- bodies ---------------------------------------------------------------------------

    @Test
    void bodyOverTheLimitIsProblem413() {
        String huge = "\"" + "x".repeat(3_000_000 - 2) + "\"";
        assertEquals(3_000_000, huge.length());

        expectProblem(asAdmin().body(huge).post("/api/v1/admin/articles").then(), 413, "payload-too-large")
                .body("title", equalTo("Request body too large"))
                .body("instance", equalTo("/api/v1/admin/articles"));
    }

    @Test
    void bodyOverTheLimitIsRefusedBeforeItIsRead() {
        String huge = "\"" + "x".repeat(3_000_000 - 2) + "\"";

        expectProblem(given().contentType("application/json").body(huge).post("/api/v1/admin/tags").then(), 413,
                "payload-too-large");
    }

    @Test
    void malformedJsonIsProblem400() {
        expectProblem(asAdmin().body("{\"title\": \"Unclosed\", ").post("/api/v1/admin/articles").then(), 400,
                "malformed-json")
                .body("title", equalTo("Malformed JSON"))
                .body("type", equalTo("https://masthead.dev/problems/malformed-json"));
    }

    @Test
    void unterminatedStringIsMalformedJson() {
        expectProblem(asAdmin().body("{\"name\": \"unterminated").post("/api/v1/admin/authors").then(), 400,
                "malformed-json")
                .body("errors", nullValue());
    }

    @Test
    void contentAfterTheJsonValueIsMalformedJson() {
        String name = Unique.name("trailing");

        expectProblem(asAdmin().body("{\"name\":\"" + name + "\"} {\"name\":\"second\"}").post("/api/v1/admin/tags").then(),
                400, "malformed-json");
        given().get("/api/v1/tags/" + name).then().statusCode(404);
    }

    @Test
    void wrongJsonTypeIsProblem400NamingTheField() {
        expectProblem(asAdmin().body("{\"title\":\"Typed\",\"markdown\":\"Body\",\"featured\":\"maybe\"}")
                .post("/api/v1/admin/articles").then(), 400, "validation-failed")
                .body("errors.field", hasItem("featured"));
    }

    @Test
    void wrongTypeInsideANestedObjectNamesThePath() {
        expectProblem(asAdmin().body("{\"title\":\"Nested\",\"markdown\":\"Body\",\"featureImage\":{\"url\":[1]}}")
                .post("/api/v1/admin/articles").then(), 400, "validation-failed")
                .body("errors.field", hasItem("featureImage.url"));
    }

    @Test
    void constraintViolationsNameTheFieldWithoutMethodPrefixes() {
        expectProblem(asAdmin().body(Map.of("title", "", "markdown", "Body")).post("/api/v1/admin/articles").then(),
                400, "validation-failed")
                .body("errors.field", hasItem("title"))
                .body("errors.field", not(hasItem(containsString("arg"))))
                .body("errors.field", not(hasItem(containsString("create."))));
    }

    @Test
    void emptyBodyIsProblem400() {
        asAdmin().body("").post("/api/v1/admin/tags")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400));
    }

    @Test
    void nullBodyIsABodyProblemNotAQueryParameterProblem() {
        asAdmin().body("null").post("/api/v1/admin/tags")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("code", anyOf(equalTo("validation-failed"), equalTo("malformed-json")))
                .body("title", not(containsString("query")));
    }

    // --- query parameters -----------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = { "/api/v1/tags", "/api/v1/authors", "/api/v1/articles", "/api/v1/recent-posts",
            "/api/v1/tags/any-slug", "/api/v1/articles/any-slug", "/api/v1/articles/any-slug/related",
            "/api/v1/search?q=harbour" })
    void unknownQueryParameterIsProblem400(String path) {
        expectProblem(given().queryParam("utm_source", "newsletter").get(path).then(), 400, "unknown-parameter")
                .body("title", equalTo("Unknown query parameter"))
                .body("detail", containsString("utm_source"))
                .body("errors.field", hasItem("utm_source"));
    }

    @Test
    void unknownQueryParameterOnTheManagementApiIsProblem400() {
        expectProblem(asAdmin().queryParam("expand", "all").get("/api/v1/admin/tags").then(), 400, "unknown-parameter")
                .body("errors.field", hasItem("expand"));
    }

    // --- request ids ----------------------------------------------------------------------

    @Test
    void saneRequestIdIsEchoedInHeaderAndBody() {
        given().header("X-Request-Id", "abc-123").get("/api/v1/tags/no-such-tag-for-request-id")
                .then().statusCode(404)
                .header("X-Request-Id", "abc-123")
                .body("requestId", equalTo("abc-123"));
    }

    @Test
    void requestIdIsEchoedOnSuccessToo() {
        given().header("X-Request-Id", "trace.42:a_b").get("/api/v1/tags")
                .then().statusCode(200).header("X-Request-Id", "trace.42:a_b");
    }

    @ParameterizedTest
    @ValueSource(strings = { "<script>", "a b", "x\"y", "id;drop", "0123456789012345678901234567890123456789012345678901234567890123456789" })
    void hostileRequestIdIsReplacedByAGeneratedOne(String offered) {
        Response response = given().header("X-Request-Id", offered).get("/api/v1/tags/no-such-tag-for-request-id");

        response.then().statusCode(404)
                .header("X-Request-Id", matchesPattern(UUID_PATTERN))
                .body("requestId", matchesPattern(UUID_PATTERN));
        assertEquals(response.header("X-Request-Id"), response.path("requestId"));
        assertFalse(response.asString().contains(offered));
    }

    @Test
    void everyResponseGetsADistinctRequestId() {
        String first = given().get("/api/v1/tags").header("X-Request-Id");
        String second = given().get("/api/v1/tags").header("X-Request-Id");

        assertTrue(first.matches(UUID_PATTERN), first);
        assertTrue(second.matches(UUID_PATTERN), second);
        assertFalse(first.equals(second));
    }

    // --- no internals leak ----------------------------------------------------------------

    static Stream<Arguments> failingRequests() {
        return Stream.of(
                request("unknown route", () -> given().get("/api/v1/nope")),
                request("wrong method", () -> given().delete("/api/v1/tags")),
                request("text/plain body", () -> asAdmin().contentType("text/plain").body("x").post("/api/v1/admin/tags")),
                request("malformed JSON", () -> asAdmin().body("{").post("/api/v1/admin/articles")),
                request("array body", () -> asAdmin().body("[]").post("/api/v1/admin/articles")),
                request("null body", () -> asAdmin().body("null").post("/api/v1/admin/articles")),
                request("wrong type", () -> asAdmin().body("{\"title\":\"T\",\"markdown\":\"M\",\"tagIds\":\"x\"}")
                        .post("/api/v1/admin/articles")),
                request("bad uuid in list", () -> asAdmin().body("{\"title\":\"T\",\"markdown\":\"M\",\"authorIds\":[\"not-a-uuid\"]}")
                        .post("/api/v1/admin/articles")),
                request("unknown tag id", () -> asAdmin().body("{\"title\":\"T\",\"markdown\":\"M\",\"tagIds\":[\""
                        + UUID.randomUUID() + "\"]}").post("/api/v1/admin/articles")),
                request("unknown property", () -> asAdmin().body("{\"name\":\"N\",\"x\":1}").post("/api/v1/admin/tags")),
                request("malformed path id", () -> asAdmin().get("/api/v1/admin/articles/not-a-uuid")),
                request("bad page", () -> given().queryParam("page", "x").get("/api/v1/articles")),
                request("bad cursor", () -> given().queryParam("cursor", "!!!").get("/api/v1/articles")),
                request("bad date", () -> given().queryParam("publishedAfter", "2024-02-30T25:00:00Z").get("/api/v1/articles")),
                request("no token", () -> given().get("/api/v1/admin/articles")),
                request("garbage token", () -> given().header("Authorization", "Bearer a.b.c").get("/api/v1/admin/articles")),
                request("bad credentials", () -> given().contentType("application/json")
                        .body("{\"email\":\"x@y.z\",\"password\":\"p\"}").post("/api/v1/admin/auth/token")),
                request("missing If-Match", () -> asAdmin().delete("/api/v1/admin/articles/" + UUID.randomUUID())),
                request("bad If-Match", () -> asAdmin().header("If-Match", "W/\"garbage\"").body("{\"name\":\"N\"}")
                        .put("/api/v1/admin/tags/" + TagFixtures.createTag("leak").id())),
                request("publish in the future", () -> asAdmin().body("{\"publishedAt\":\"2999-01-01T00:00:00Z\"}")
                        .post("/api/v1/admin/articles/" + UUID.randomUUID() + "/publish")),
                request("bad publish date", () -> asAdmin().body("{\"publishedAt\":\"tomorrow\"}")
                        .post("/api/v1/admin/articles/" + UUID.randomUUID() + "/publish")),
                request("too large", () -> asAdmin().body("\"" + "y".repeat(2_200_000) + "\"").post("/api/v1/admin/tags")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("failingRequests")
    void problemBodiesNeverLeakInternals(String label, Supplier<Response> send) {
        Response response = send.get();

        response.then()
                .statusCode(allOf(greaterThanOrEqualTo(400), lessThan(500)))
                .contentType("application/problem+json")
                .body("type", matchesPattern("https://masthead\\.dev/problems/[a-z-]+"))
                .body("title", notNullValue())
                .body("code", notNullValue())
                .body("requestId", equalTo(response.header("X-Request-Id")));
        assertEquals(response.statusCode(), (int) response.path("status"));
        String body = response.asString();
        for (String internal : new String[] { "Exception", "at dev.masthead", "dev.masthead.", "org.hibernate",
                "com.fasterxml", "io.quarkus", "io.vertx", "java.lang", "jakarta.", "SQL", "H2" }) {
            assertFalse(body.contains(internal), label + " leaks '" + internal + "': " + body);
        }
    }

    @Test
    void problemForAStaleWriteNamesBothVersionsButNoInternals() {
        CreatedTag tag = TagFixtures.createTag("stale-detail");

        expectProblem(asAdmin().header("If-Match", "\"41\"").body(Map.of("name", tag.name())).put("/api/v1/admin/tags/" + tag.id())
                .then(), 412, "stale-version")
                .body("detail", containsString("41"))
                .body("detail", not(containsString("Exception")));
    }

    private static Arguments request(String label, Supplier<Response> send) {
        return Arguments.of(label, send);
    }

    private static ValidatableResponse expectProblem(ValidatableResponse response, int status, String code) {
        return response.statusCode(status)
                .contentType("application/problem+json")
                .header("X-Request-Id", notNullValue())
                .body("type", equalTo("https://masthead.dev/problems/" + code))
                .body("title", notNullValue())
                .body("status", equalTo(status))
                .body("detail", notNullValue())
                .body("code", equalTo(code))
                .body("requestId", notNullValue());
    }
}
