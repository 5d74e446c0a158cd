package dev.masthead.content;

import static dev.masthead.auth.AdminSession.asAdmin;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasEntry;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

import dev.masthead.Unique;
import dev.masthead.content.SluggedItemKind.Item;
import dev.masthead.web.MergePatch;
import dev.masthead.web.problem.ValidationProblem;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

/** Creating and reading a tag or an author under Management, and the problems of a bad create. */
@QuarkusTest
class SluggedItemCreateContractTest {

    // --- create ---------------------------------------------------------------------------

    @ParameterizedTest
    @EnumSource(SluggedItemKind.class)
    void createAnswers201WithLocationEtagAndTheItem(SluggedItemKind kind) {
        String name = Unique.name("Harbour Desk");

        ValidatableResponse created = asAdmin().body(kind.bodyWithEveryField(name)).post(kind.adminPath())
                .then().statusCode(201)
                .contentType("application/json")
                .header("ETag", "\"0\"")
                .header("Cache-Control", "no-store")
                .body("data.id", notNullValue())
                .body("data.slug", equalTo(name.toLowerCase().replace(' ', '-')))
                .body("data.name", equalTo(name))
                .body("data.articleCount", equalTo(0))
                .body("data.createdAt", notNullValue())
                .body("data.updatedAt", notNullValue())
                .body("data.version", equalTo(0));
        kind.optionalFields().forEach((field, value) -> created.body("data." + field, equalTo(value)));

        String id = created.extract().path("data.id");
        created.header("Location", endsWith(kind.adminPath() + "/" + id));
        asAdmin().get(kind.adminPath() + "/" + id).then().statusCode(200).body("data.name", equalTo(name));
    }

    @ParameterizedTest
    @EnumSource(SluggedItemKind.class)
    void createStripsSurroundingWhitespaceFromTheName(SluggedItemKind kind) {
        String name = Unique.name("padded");

        asAdmin().body(Map.of("name", "  " + name + "  ")).post(kind.adminPath())
                .then().statusCode(201).body("data.name", equalTo(name)).body("data.slug", equalTo(name));
    }

    @ParameterizedTest
    @EnumSource(SluggedItemKind.class)
    void createWithAnExplicitSlugKeepsIt(SluggedItemKind kind) {
        String slug = Unique.name("explicit-slug");

        asAdmin().body(Map.of("name", "Whatever the name", "slug", slug)).post(kind.adminPath())
                .then().statusCode(201).body("data.slug", equalTo(slug));
        given().get(kind.publicPath() + "/" + slug).then().statusCode(200).body("data.name", equalTo("Whatever the name"));
    }

    @ParameterizedTest
    @EnumSource(SluggedItemKind.class)
    void derivedSlugCollisionsGetNumberedSuffixes(SluggedItemKind kind) {
        String name = Unique.name("Local Elections");
        String base = name.toLowerCase().replace(' ', '-');

        for (String expected : List.of(base, base + "-2", base + "-3")) {
            asAdmin().body(Map.of("name", name)).post(kind.adminPath())
                    .then().statusCode(201).body("data.slug", equalTo(expected));
        }
    }

    @ParameterizedTest
    @EnumSource(SluggedItemKind.class)
    void duplicateExplicitSlugIsProblem409(SluggedItemKind kind) {
        Item existing = kind.create("taken");

        asAdmin().body(Map.of("name", "Another", "slug", existing.slug())).post(kind.adminPath())
                .then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("https://masthead.dev/problems/slug-taken"))
                .body("title", equalTo("Slug already in use"))
                .body("status", equalTo(409))
                .body("code", equalTo("slug-taken"))
                .body("detail", containsString(existing.slug()))
                .body("instance", equalTo(kind.adminPath()))
                .body("requestId", notNullValue())
                .body("errors.field", contains("slug"));
    }

    @ParameterizedTest
    @EnumSource(SluggedItemKind.class)
    void blankNameIsProblem400(SluggedItemKind kind) {
        for (String blank : List.of("   ", " \t ")) {
            ValidationProblem.expect(asAdmin().body(Map.of("name", blank)).post(kind.adminPath()).then(), "name");
        }
    }

    @ParameterizedTest
    @EnumSource(SluggedItemKind.class)
    void missingNameIsProblem400(SluggedItemKind kind) {
        ValidationProblem.expect(asAdmin().body(Map.of(kind.textField(), "No name")).post(kind.adminPath()).then(),
                "name");
    }

    @ParameterizedTest
    @EnumSource(SluggedItemKind.class)
    void nameOf201CharactersIsProblem400(SluggedItemKind kind) {
        ValidationProblem.expect(asAdmin().body(Map.of("name", "n".repeat(201))).post(kind.adminPath()).then(), "name");
    }

    @ParameterizedTest
    @EnumSource(SluggedItemKind.class)
    void nameOf200CharactersIsAccepted(SluggedItemKind kind) {
        String prefix = Unique.name("long") + " ";
        String name = prefix + "n".repeat(200 - prefix.length());

        asAdmin().body(Map.of("name", name)).post(kind.adminPath())
                .then().statusCode(201)
                .body("data.name", equalTo(name))
                .body("data.slug.length()", allOf(greaterThanOrEqualTo(1), lessThan(97)));
    }

    @ParameterizedTest
    @EnumSource(SluggedItemKind.class)
    void textOver5000CharactersIsProblem400(SluggedItemKind kind) {
        ValidationProblem.expect(asAdmin().body(Map.of("name", Unique.name("wordy"), kind.textField(), "d".repeat(5001)))
                .post(kind.adminPath()).then(), kind.textField());
    }

    static Stream<Arguments> invalidSlugs() {
        return Stream.of(SluggedItemKind.values()).flatMap(kind -> Stream.of(
                "Bad Slug!", "UPPER", "double--hyphen", "-leading", "trailing-", "sl/ash", "ünïcode")
                .map(slug -> arguments(kind, slug)));
    }

    @ParameterizedTest
    @MethodSource("invalidSlugs")
    void invalidExplicitSlugIsProblem400(SluggedItemKind kind, String slug) {
        ValidationProblem.expect(asAdmin().body(Map.of("name", Unique.name("slugged"), "slug", slug))
                .post(kind.adminPath()).then(), "slug");
    }

    @ParameterizedTest
    @EnumSource(SluggedItemKind.class)
    void unknownPropertyIsProblem400NamingIt(SluggedItemKind kind) {
        asAdmin().body(Map.of("name", Unique.name("extra"), "colour", "red")).post(kind.adminPath())
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("code", equalTo("validation-failed"))
                .body("detail", containsString("colour"))
                .body("errors.field", contains("colour"));
    }

    @ParameterizedTest
    @EnumSource(SluggedItemKind.class)
    void wrongTypeIsProblem400NamingTheField(SluggedItemKind kind) {
        for (String wrong : List.of("{}", "[\"a\",\"b\"]")) {
            asAdmin().body("{\"name\":\"" + Unique.name("typed") + "\",\"" + kind.textField() + "\":" + wrong + "}")
                    .post(kind.adminPath())
                    .then().statusCode(400)
                    .contentType("application/problem+json")
                    .body("code", equalTo("validation-failed"))
                    .body("errors.field", contains(kind.textField()));
        }
    }

    @ParameterizedTest
    @EnumSource(SluggedItemKind.class)
    void malformedJsonIsProblem400(SluggedItemKind kind) {
        asAdmin().body("{\"name\": ").post(kind.adminPath())
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("code", equalTo("malformed-json"))
                .body("type", equalTo("https://masthead.dev/problems/malformed-json"));
    }

    // --- read -----------------------------------------------------------------------------

    @ParameterizedTest
    @EnumSource(SluggedItemKind.class)
    void getAnswersTheItemWithItsVersionAsEtag(SluggedItemKind kind) {
        Item item = kind.create("read");
        kind.articleWith(item).published();
        kind.articleWith(item).draft();

        ValidatableResponse read = asAdmin().get(kind.adminPath(item))
                .then().statusCode(200)
                .contentType("application/json")
                .header("ETag", "\"0\"")
                .header("Cache-Control", "no-store")
                .body("data.id", equalTo(item.id()))
                .body("data.slug", equalTo(item.slug()))
                .body("data.name", equalTo(item.name()))
                .body("data.articleCount", equalTo(1))
                .body("data.version", equalTo(0));
        // The optional fields the fixture left out are absent, not null.
        Map<String, Object> set = kind.fixtureFields("read");
        for (String field : kind.optionalFields().keySet()) {
            read.body("data", set.containsKey(field) ? hasEntry(field, set.get(field)) : not(hasKey(field)));
        }
    }

    @ParameterizedTest
    @EnumSource(SluggedItemKind.class)
    void listShowsItemsWithVersionsAndPagingMeta(SluggedItemKind kind) {
        kind.create("admin-list");

        asAdmin().queryParam("pageSize", 5).get(kind.adminPath())
                .then().statusCode(200)
                .contentType("application/json")
                .body("data.size()", greaterThanOrEqualTo(1))
                .body("data[0]", hasKey("version"))
                .body("data[0]", hasKey("createdAt"))
                .body("meta.page", equalTo(1))
                .body("meta.pageSize", equalTo(5))
                .body("meta.total", greaterThanOrEqualTo(1));
    }

    @ParameterizedTest
    @EnumSource(SluggedItemKind.class)
    void listWithABadPageSizeIsProblem400(SluggedItemKind kind) {
        asAdmin().queryParam("pageSize", 0).get(kind.adminPath())
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("code", equalTo("invalid-parameter"))
                .body("errors.field", contains("pageSize"));
    }

    @ParameterizedTest
    @EnumSource(SluggedItemKind.class)
    void unknownIdIsProblem404(SluggedItemKind kind) {
        String id = UUID.randomUUID().toString();

        asAdmin().get(kind.adminPath() + "/" + id)
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("code", equalTo("not-found"))
                .body("detail", containsString(id))
                .body("instance", equalTo(kind.adminPath() + "/" + id));
    }

    @ParameterizedTest
    @EnumSource(SluggedItemKind.class)
    void unknownIdIsProblem404ForEveryWrite(SluggedItemKind kind) {
        String path = kind.adminPath() + "/" + UUID.randomUUID();

        asAdmin().header("If-Match", "\"0\"").body(Map.of("name", "Ghost")).put(path)
                .then().statusCode(404).contentType("application/problem+json").body("code", equalTo("not-found"));
        asAdmin().contentType(MergePatch.MEDIA_TYPE).header("If-Match", "\"0\"").body(Map.of(kind.textField(), "Ghost"))
                .patch(path)
                .then().statusCode(404).contentType("application/problem+json").body("code", equalTo("not-found"));
        asAdmin().header("If-Match", "\"0\"").delete(path)
                .then().statusCode(404).contentType("application/problem+json").body("code", equalTo("not-found"));
    }

    @ParameterizedTest
    @EnumSource(SluggedItemKind.class)
    void malformedIdIsAProblemNotAServerError(SluggedItemKind kind) {
        String path = kind.adminPath() + "/not-a-uuid";

        asAdmin().get(path)
                .then().statusCode(allOf(greaterThanOrEqualTo(400), lessThan(500)))
                .contentType("application/problem+json")
                .body("status", allOf(greaterThanOrEqualTo(400), lessThan(500)))
                .body("instance", equalTo(path));
        asAdmin().header("If-Match", "\"0\"").delete(path)
                .then().statusCode(allOf(greaterThanOrEqualTo(400), lessThan(500)))
                .contentType("application/problem+json");
    }

    // --- authentication -------------------------------------------------------------------

    @ParameterizedTest
    @EnumSource(SluggedItemKind.class)
    void everyEndpointNeedsABearerToken(SluggedItemKind kind) {
        Item item = kind.create("guarded");
        Map<String, Object> body = Map.of("name", "Intruder");

        expectUnauthorized(given().get(kind.adminPath()).then());
        expectUnauthorized(given().contentType("application/json").body(body).post(kind.adminPath()).then());
        expectUnauthorized(given().get(kind.adminPath(item)).then());
        expectUnauthorized(given().contentType("application/json").header("If-Match", "\"0\"").body(body)
                .put(kind.adminPath(item)).then());
        expectUnauthorized(given().contentType(MergePatch.MEDIA_TYPE).header("If-Match", "\"0\"").body(body)
                .patch(kind.adminPath(item)).then());
        expectUnauthorized(given().header("If-Match", "\"0\"").delete(kind.adminPath(item)).then());

        asAdmin().get(kind.adminPath(item)).then().statusCode(200)
                .body("data.name", equalTo(item.name())).body("data.version", equalTo(0));
    }

    private static void expectUnauthorized(ValidatableResponse response) {
        response.statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", containsString("Bearer"))
                .body("code", equalTo("unauthorized"))
                .body("status", equalTo(401));
    }
}
