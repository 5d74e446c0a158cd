package dev.masthead.auth;

import static dev.masthead.auth.AdminSession.asAdmin;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import dev.masthead.Unique;
import dev.masthead.author.AuthorFixtures;
import dev.masthead.tag.TagFixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * Every role and key scope against every Management operation: no request
 * may do more than its credential allows. "Own" articles credit the
 * caller's author profile; an API key has none, so for it every article is
 * another's.
 */
@QuarkusTest
class PermissionMatrixTest {

    enum Who { ADMIN, EDITOR, AUTHOR, CONTRIBUTOR, KEY_WRITE, KEY_READ, ANONYMOUS }

    /** One Management operation, run on fresh data for each caller. */
    enum Operation {
        LIST_ARTICLES(c -> c.request().get("/api/v1/admin/articles")),
        CREATE_ARTICLE(c -> c.request().body(c.newArticleBody()).post("/api/v1/admin/articles")),
        READ_OTHERS_DRAFT(c -> c.request().get("/api/v1/admin/articles/" + c.othersDraft())),
        EDIT_OWN_DRAFT(c -> c.patch("/api/v1/admin/articles/" + c.ownArticle(false), "{\"title\":\"Edited own draft\"}")),
        EDIT_OTHERS_DRAFT(c -> c.patch("/api/v1/admin/articles/" + c.othersDraft(), "{\"title\":\"Edited another's\"}")),
        EDIT_OWN_PUBLISHED(c -> c.patch("/api/v1/admin/articles/" + c.ownArticle(true), "{\"title\":\"Edited published\"}")),
        PUBLISH_OWN(c -> c.request().post("/api/v1/admin/articles/" + c.ownArticle(false) + "/publish")),
        PUBLISH_OTHERS(c -> c.request().post("/api/v1/admin/articles/" + c.othersDraft() + "/publish")),
        UNPUBLISH_OWN(c -> c.request().post("/api/v1/admin/articles/" + c.ownArticle(true) + "/unpublish")),
        DELETE_OWN_DRAFT(c -> c.delete("/api/v1/admin/articles/" + c.ownArticle(false))),
        DELETE_OWN_PUBLISHED(c -> c.delete("/api/v1/admin/articles/" + c.ownArticle(true))),
        DELETE_OTHERS(c -> c.delete("/api/v1/admin/articles/" + c.othersDraft())),
        LIST_TAGS(c -> c.request().get("/api/v1/admin/tags")),
        CREATE_TAG(c -> c.request().body(Map.of("name", Unique.name("Matrix tag"))).post("/api/v1/admin/tags")),
        EDIT_TAG(c -> c.patch("/api/v1/admin/tags/" + TagFixtures.createTag("matrix").id(), "{\"description\":\"x\"}")),
        DELETE_TAG(c -> c.delete("/api/v1/admin/tags/" + TagFixtures.createTag("matrix").id())),
        LIST_AUTHORS(c -> c.request().get("/api/v1/admin/authors")),
        CREATE_AUTHOR(c -> c.request().body(Map.of("name", Unique.name("Matrix author"))).post("/api/v1/admin/authors")),
        EDIT_AUTHOR(c -> c.patch("/api/v1/admin/authors/" + AuthorFixtures.createAuthor("matrix").id(), "{\"bio\":\"x\"}")),
        DELETE_AUTHOR(c -> c.delete("/api/v1/admin/authors/" + AuthorFixtures.createAuthor("matrix").id())),
        LIST_USERS(c -> c.request().get("/api/v1/admin/users")),
        CREATE_USER(c -> c.request().body(Map.of("email", Unique.name("matrix") + "@masthead.test",
                "password", "a-long-enough-password", "role", "AUTHOR", "name", Unique.name("Matrix user")))
                .post("/api/v1/admin/users")),
        LIST_API_KEYS(c -> c.request().get("/api/v1/admin/api-keys")),
        CREATE_API_KEY(c -> c.request().body(Map.of("name", "matrix", "scopes", List.of("content:read")))
                .post("/api/v1/admin/api-keys"));

        final Function<Call, Response> run;

        Operation(Function<Call, Response> run) {
            this.run = run;
        }
    }

    private static final Map<Operation, Map<Who, Integer>> EXPECTED = new EnumMap<>(Operation.class);

    static {
        //                               ADMIN EDITOR AUTHOR CONTRIB KEY_W KEY_R
        expect(Operation.LIST_ARTICLES,       200, 200, 200, 200, 200, 200);
        expect(Operation.CREATE_ARTICLE,      201, 201, 201, 201, 201, 403);
        expect(Operation.READ_OTHERS_DRAFT,   200, 200, 404, 404, 200, 200);
        expect(Operation.EDIT_OWN_DRAFT,      200, 200, 200, 200, 200, 403);
        expect(Operation.EDIT_OTHERS_DRAFT,   200, 200, 404, 404, 200, 403);
        expect(Operation.EDIT_OWN_PUBLISHED,  200, 200, 200, 403, 200, 403);
        expect(Operation.PUBLISH_OWN,         200, 200, 200, 403, 200, 403);
        expect(Operation.PUBLISH_OTHERS,      200, 200, 404, 404, 200, 403);
        expect(Operation.UNPUBLISH_OWN,       200, 200, 200, 403, 200, 403);
        expect(Operation.DELETE_OWN_DRAFT,    204, 204, 204, 204, 204, 403);
        expect(Operation.DELETE_OWN_PUBLISHED, 204, 204, 204, 403, 204, 403);
        expect(Operation.DELETE_OTHERS,       204, 204, 404, 404, 204, 403);
        expect(Operation.LIST_TAGS,           200, 200, 200, 200, 200, 200);
        expect(Operation.CREATE_TAG,          201, 201, 403, 403, 201, 403);
        expect(Operation.EDIT_TAG,            200, 200, 403, 403, 200, 403);
        expect(Operation.DELETE_TAG,          204, 204, 403, 403, 204, 403);
        expect(Operation.LIST_AUTHORS,        200, 200, 200, 200, 200, 200);
        expect(Operation.CREATE_AUTHOR,       201, 201, 403, 403, 201, 403);
        expect(Operation.EDIT_AUTHOR,         200, 200, 403, 403, 200, 403);
        expect(Operation.DELETE_AUTHOR,       204, 204, 403, 403, 204, 403);
        expect(Operation.LIST_USERS,          200, 403, 403, 403, 403, 403);
        expect(Operation.CREATE_USER,         201, 403, 403, 403, 403, 403);
        expect(Operation.LIST_API_KEYS,       200, 403, 403, 403, 403, 403);
        expect(Operation.CREATE_API_KEY,      201, 403, 403, 403, 403, 403);
    }

    private static void expect(Operation operation, int... statuses) {
        Map<Who, Integer> row = new EnumMap<>(Who.class);
        for (int i = 0; i < statuses.length; i++) {
            row.put(Who.values()[i], statuses[i]);
        }
        row.put(Who.ANONYMOUS, 401);
        EXPECTED.put(operation, row);
    }

    static Stream<Arguments> matrix() {
        List<Arguments> cases = new ArrayList<>();
        for (Operation operation : Operation.values()) {
            for (Who who : Who.values()) {
                cases.add(Arguments.of(operation, who, EXPECTED.get(operation).get(who)));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} as {1} -> {2}")
    @MethodSource("matrix")
    void everyCallerGetsExactlyWhatItsCredentialAllows(Operation operation, Who who, int expected) {
        Response response = operation.run.apply(new Call(Callers.of(who)));
        response.then().statusCode(expected);
        if (expected >= 400) {
            response.then().contentType("application/problem+json").body("status", equalTo(expected));
        }
    }

    /** A credential and its author profile (null for keys and anonymous). */
    record Caller(String bearer, String authorId) {
    }

    /** The callers, made once: one account per role and two keys. */
    static final class Callers {
        private static final Map<Who, Caller> CALLERS = new EnumMap<>(Who.class);

        static synchronized Caller of(Who who) {
            if (CALLERS.isEmpty()) {
                for (Role role : Role.values()) {
                    CALLERS.put(Who.valueOf(role.name()), account(role));
                }
                CALLERS.put(Who.KEY_WRITE, new Caller(key("content:write"), null));
                CALLERS.put(Who.KEY_READ, new Caller(key("content:read"), null));
                CALLERS.put(Who.ANONYMOUS, new Caller(null, null));
            }
            return CALLERS.get(who);
        }

        private static Caller account(Role role) {
            String email = Unique.name(role.name().toLowerCase()) + "@masthead.test";
            String password = "matrix-password-" + role;
            String authorId = asAdmin().body(Map.of("email", email, "password", password, "role", role.name(),
                    "name", Unique.name("Matrix " + role))).post("/api/v1/admin/users")
                    .then().statusCode(201).extract().path("data.authorId");
            String token = given().contentType(ContentType.JSON).body(Map.of("email", email, "password", password))
                    .post("/api/v1/admin/auth/token").then().statusCode(200).extract().path("token");
            return new Caller(token, authorId);
        }

        private static String key(String scope) {
            return asAdmin().body(Map.of("name", "matrix " + scope, "scopes", List.of(scope)))
                    .post("/api/v1/admin/api-keys").then().statusCode(201).extract().path("data.secret");
        }
    }

    /** One request as one caller, with the fresh data the operation needs (made as admin). */
    record Call(Caller caller) {

        RequestSpecification request() {
            RequestSpecification request = given().contentType(ContentType.JSON);
            return caller.bearer() == null ? request : request.header("Authorization", "Bearer " + caller.bearer());
        }

        Response patch(String path, String mergePatch) {
            return request().contentType("application/merge-patch+json").header("If-Match", "*")
                    .body(mergePatch).patch(path);
        }

        Response delete(String path) {
            return request().header("If-Match", "*").delete(path);
        }

        /** Accounts rely on their own profile being credited; keys must name an author. */
        Map<String, Object> newArticleBody() {
            Map<String, Object> body = new java.util.HashMap<>(Map.of("title", Unique.name("Matrix story"), "markdown", "Text."));
            if (caller.authorId() == null) {
                body.put("authorIds", List.of(AuthorFixtures.createAuthor("matrix-byline").id()));
            }
            return body;
        }

        /** An article crediting the caller (for keys and anonymous: someone else). */
        String ownArticle(boolean published) {
            String author = caller.authorId() != null ? caller.authorId() : AuthorFixtures.createAuthor("not-me").id();
            return article(author, published);
        }

        String othersDraft() {
            return article(AuthorFixtures.createAuthor("someone-else").id(), false);
        }

        private static String article(String authorId, boolean published) {
            String id = asAdmin().body(Map.of("title", Unique.name("Matrix article"), "markdown", "Text.",
                    "authorIds", List.of(authorId))).post("/api/v1/admin/articles")
                    .then().statusCode(201).extract().path("data.id");
            if (published) {
                asAdmin().post("/api/v1/admin/articles/" + id + "/publish").then().statusCode(200);
            }
            return id;
        }
    }
}
