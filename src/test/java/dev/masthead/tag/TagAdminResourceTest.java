package dev.masthead.tag;

import static dev.masthead.article.ArticleFixtures.article;
import static dev.masthead.auth.AdminSession.asAdmin;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.masthead.Unique;
import dev.masthead.article.ArticleFixtures.CreatedArticle;
import dev.masthead.tag.TagFixtures.CreatedTag;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

@QuarkusTest
class TagAdminResourceTest {

    private static final String TAGS = "/api/v1/admin/tags";
    private static final String MERGE_PATCH = "application/merge-patch+json";

    // --- create ---------------------------------------------------------------------------

    @Test
    void createAnswers201WithLocationEtagAndTheTag() {
        String name = Unique.name("Climate Desk");

        var created = asAdmin().body(Map.of("name", name, "description", "Weather and warming"))
                .post(TAGS)
                .then().statusCode(201)
                .contentType("application/json")
                .header("ETag", "\"0\"")
                .header("Cache-Control", "no-store")
                .body("data.id", notNullValue())
                .body("data.slug", equalTo(name.toLowerCase().replace(' ', '-')))
                .body("data.name", equalTo(name))
                .body("data.description", equalTo("Weather and warming"))
                .body("data.articleCount", equalTo(0))
                .body("data.createdAt", notNullValue())
                .body("data.updatedAt", notNullValue())
                .body("data.version", equalTo(0))
                .extract();

        String id = created.path("data.id");
        created.response().then().header("Location", endsWith(TAGS + "/" + id));
        asAdmin().get(TAGS + "/" + id).then().statusCode(200).body("data.name", equalTo(name));
    }

    @Test
    void createStripsSurroundingWhitespaceFromTheName() {
        String name = Unique.name("padded");

        asAdmin().body(Map.of("name", "  " + name + "  ")).post(TAGS)
                .then().statusCode(201).body("data.name", equalTo(name)).body("data.slug", equalTo(name));
    }

    @Test
    void createWithAnExplicitSlugKeepsIt() {
        String slug = Unique.name("explicit-slug");

        asAdmin().body(Map.of("name", "Whatever the name", "slug", slug)).post(TAGS)
                .then().statusCode(201).body("data.slug", equalTo(slug));
        given().get("/api/v1/tags/" + slug).then().statusCode(200).body("data.name", equalTo("Whatever the name"));
    }

    @Test
    void derivedSlugCollisionsGetNumberedSuffixes() {
        String name = Unique.name("Local Elections");
        String base = name.toLowerCase().replace(' ', '-');

        asAdmin().body(Map.of("name", name)).post(TAGS).then().statusCode(201).body("data.slug", equalTo(base));
        asAdmin().body(Map.of("name", name)).post(TAGS).then().statusCode(201).body("data.slug", equalTo(base + "-2"));
        asAdmin().body(Map.of("name", name)).post(TAGS).then().statusCode(201).body("data.slug", equalTo(base + "-3"));
    }

    @Test
    void duplicateExplicitSlugIsProblem409() {
        CreatedTag existing = TagFixtures.createTag("taken");

        asAdmin().body(Map.of("name", "Another", "slug", existing.slug())).post(TAGS)
                .then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("https://masthead.dev/problems/slug-taken"))
                .body("title", equalTo("Slug already in use"))
                .body("status", equalTo(409))
                .body("code", equalTo("slug-taken"))
                .body("detail", containsString(existing.slug()))
                .body("instance", equalTo(TAGS))
                .body("requestId", notNullValue())
                .body("errors.field", contains("slug"));
    }

    @Test
    void blankNameIsProblem400() {
        expectValidationProblem(asAdmin().body(Map.of("name", "   ")).post(TAGS).then(), "name");
    }

    @Test
    void missingNameIsProblem400() {
        expectValidationProblem(asAdmin().body(Map.of("description", "No name")).post(TAGS).then(), "name");
    }

    @Test
    void nameOf201CharactersIsProblem400() {
        expectValidationProblem(asAdmin().body(Map.of("name", "n".repeat(201))).post(TAGS).then(), "name");
    }

    @Test
    void nameOf200CharactersIsAccepted() {
        String prefix = Unique.name("long") + " ";
        String name = prefix + "n".repeat(200 - prefix.length());

        asAdmin().body(Map.of("name", name)).post(TAGS)
                .then().statusCode(201)
                .body("data.name", equalTo(name))
                .body("data.slug.length()", allOf(greaterThanOrEqualTo(1), lessThan(97)));
    }

    @Test
    void descriptionOver5000CharactersIsProblem400() {
        expectValidationProblem(asAdmin().body(Map.of("name", Unique.name("wordy"), "description", "d".repeat(5001)))
                .post(TAGS).then(), "description");
    }

    @ParameterizedTest
    @ValueSource(strings = { "Bad Slug!", "UPPER", "double--hyphen", "-leading", "trailing-", "sl/ash", "ünïcode" })
    void invalidExplicitSlugIsProblem400(String slug) {
        expectValidationProblem(asAdmin().body(Map.of("name", Unique.name("slugged"), "slug", slug)).post(TAGS).then(),
                "slug");
    }

    @Test
    void unknownPropertyIsProblem400NamingIt() {
        asAdmin().body(Map.of("name", Unique.name("extra"), "colour", "red")).post(TAGS)
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("code", equalTo("validation-failed"))
                .body("detail", containsString("colour"))
                .body("errors.field", contains("colour"));
    }

    @Test
    void wrongTypeIsProblem400NamingTheField() {
        asAdmin().body("{\"name\":\"" + Unique.name("typed") + "\",\"description\":{}}").post(TAGS)
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("code", equalTo("validation-failed"))
                .body("errors.field", contains("description"));
    }

    @Test
    void malformedJsonIsProblem400() {
        asAdmin().body("{\"name\": ").post(TAGS)
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("code", equalTo("malformed-json"))
                .body("type", equalTo("https://masthead.dev/problems/malformed-json"));
    }

    // --- read -----------------------------------------------------------------------------

    @Test
    void getAnswersTheTagWithItsVersionAsEtag() {
        CreatedTag tag = TagFixtures.createTag("read");
        article().tag(tag.id()).published();
        article().tag(tag.id()).draft();

        asAdmin().get(TAGS + "/" + tag.id())
                .then().statusCode(200)
                .contentType("application/json")
                .header("ETag", "\"0\"")
                .header("Cache-Control", "no-store")
                .body("data.id", equalTo(tag.id()))
                .body("data.slug", equalTo(tag.slug()))
                .body("data.name", equalTo(tag.name()))
                .body("data.articleCount", equalTo(1))
                .body("data.version", equalTo(0))
                .body("data", not(hasKey("description")));
    }

    @Test
    void listShowsTagsWithVersionsAndPagingMeta() {
        TagFixtures.createTag("admin-list");

        asAdmin().queryParam("pageSize", 5).get(TAGS)
                .then().statusCode(200)
                .contentType("application/json")
                .body("data.size()", greaterThanOrEqualTo(1))
                .body("data[0]", hasKey("version"))
                .body("data[0]", hasKey("createdAt"))
                .body("meta.page", equalTo(1))
                .body("meta.pageSize", equalTo(5))
                .body("meta.total", greaterThanOrEqualTo(1));
    }

    @Test
    void listWithABadPageSizeIsProblem400() {
        asAdmin().queryParam("pageSize", 0).get(TAGS)
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("code", equalTo("invalid-parameter"))
                .body("errors.field", contains("pageSize"));
    }

    @Test
    void unknownIdIsProblem404() {
        String id = UUID.randomUUID().toString();

        asAdmin().get(TAGS + "/" + id)
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("code", equalTo("not-found"))
                .body("detail", containsString(id))
                .body("instance", equalTo(TAGS + "/" + id));
    }

    @Test
    void unknownIdIsProblem404ForEveryWrite() {
        String path = TAGS + "/" + UUID.randomUUID();

        asAdmin().header("If-Match", "\"0\"").body(Map.of("name", "Ghost")).put(path)
                .then().statusCode(404).contentType("application/problem+json").body("code", equalTo("not-found"));
        asAdmin().contentType(MERGE_PATCH).header("If-Match", "\"0\"").body(Map.of("name", "Ghost")).patch(path)
                .then().statusCode(404).contentType("application/problem+json").body("code", equalTo("not-found"));
        asAdmin().header("If-Match", "\"0\"").delete(path)
                .then().statusCode(404).contentType("application/problem+json").body("code", equalTo("not-found"));
    }

    @Test
    void malformedIdIsAProblemNotAServerError() {
        asAdmin().get(TAGS + "/not-a-uuid")
                .then().statusCode(allOf(greaterThanOrEqualTo(400), lessThan(500)))
                .contentType("application/problem+json")
                .body("status", allOf(greaterThanOrEqualTo(400), lessThan(500)))
                .body("instance", equalTo(TAGS + "/not-a-uuid"));
        asAdmin().header("If-Match", "\"0\"").delete(TAGS + "/not-a-uuid")
                .then().statusCode(allOf(greaterThanOrEqualTo(400), lessThan(500)))
                .contentType("application/problem+json");
    }

    // --- replace --------------------------------------------------------------------------

    @Test
    void putWithIfMatchReplacesTheTagAndBumpsTheVersion() {
        CreatedTag tag = TagFixtures.createTag("replace");
        String name = Unique.name("Replaced");

        asAdmin().header("If-Match", "\"0\"").body(Map.of("name", name, "description", "Now described"))
                .put(TAGS + "/" + tag.id())
                .then().statusCode(200)
                .contentType("application/json")
                .header("ETag", "\"1\"")
                .body("data.id", equalTo(tag.id()))
                .body("data.name", equalTo(name))
                .body("data.description", equalTo("Now described"))
                .body("data.slug", equalTo(tag.slug()))
                .body("data.version", equalTo(1));
        given().get("/api/v1/tags/" + tag.slug()).then().statusCode(200).body("data.name", equalTo(name));
    }

    @Test
    void putWithTheVersionInTheBodyReplacesTheTag() {
        CreatedTag tag = TagFixtures.createTag("body-version");

        asAdmin().body(Map.of("name", "Versioned " + tag.name(), "version", 0)).put(TAGS + "/" + tag.id())
                .then().statusCode(200)
                .header("ETag", "\"1\"")
                .body("data.name", equalTo("Versioned " + tag.name()))
                .body("data.version", equalTo(1));
    }

    @Test
    void putWithANewSlugMovesTheTag() {
        CreatedTag tag = TagFixtures.createTag("moving");
        String renamed = tag.slug() + "-moved";

        asAdmin().header("If-Match", "\"0\"").body(Map.of("name", tag.name(), "slug", renamed)).put(TAGS + "/" + tag.id())
                .then().statusCode(200).body("data.slug", equalTo(renamed));
        given().get("/api/v1/tags/" + renamed).then().statusCode(200).body("data.id", equalTo(tag.id()));
        given().get("/api/v1/tags/" + tag.slug()).then().statusCode(404);
    }

    @Test
    void putWithAnotherTagsSlugIsProblem409() {
        CreatedTag tag = TagFixtures.createTag("mine");
        CreatedTag other = TagFixtures.createTag("theirs");

        asAdmin().header("If-Match", "\"0\"").body(Map.of("name", tag.name(), "slug", other.slug()))
                .put(TAGS + "/" + tag.id())
                .then().statusCode(409)
                .contentType("application/problem+json")
                .body("code", equalTo("slug-taken"));
        asAdmin().get(TAGS + "/" + tag.id()).then().body("data.slug", equalTo(tag.slug())).body("data.version", equalTo(0));
    }

    @Test
    void putWithAStaleIfMatchIsProblem412AndChangesNothing() {
        CreatedTag tag = TagFixtures.createTag("stale-put");
        asAdmin().header("If-Match", "\"0\"").body(Map.of("name", tag.name(), "description", "First edit"))
                .put(TAGS + "/" + tag.id()).then().statusCode(200);

        asAdmin().header("If-Match", "\"0\"").body(Map.of("name", tag.name(), "description", "Lost edit"))
                .put(TAGS + "/" + tag.id())
                .then().statusCode(412)
                .contentType("application/problem+json")
                .body("type", equalTo("https://masthead.dev/problems/stale-version"))
                .body("status", equalTo(412))
                .body("code", equalTo("stale-version"))
                .body("detail", notNullValue());
        asAdmin().get(TAGS + "/" + tag.id()).then().body("data.description", equalTo("First edit"));
    }

    @Test
    void putWithAStaleBodyVersionIsProblem412() {
        CreatedTag tag = TagFixtures.createTag("stale-body");

        asAdmin().body(Map.of("name", tag.name(), "version", 7)).put(TAGS + "/" + tag.id())
                .then().statusCode(412)
                .contentType("application/problem+json")
                .body("code", equalTo("stale-version"));
    }

    @Test
    void putWithAnEtagWeNeverIssuedIsProblem412() {
        CreatedTag tag = TagFixtures.createTag("foreign-etag");

        asAdmin().header("If-Match", "\"abc\"").body(Map.of("name", tag.name())).put(TAGS + "/" + tag.id())
                .then().statusCode(412)
                .contentType("application/problem+json")
                .body("code", equalTo("stale-version"));
    }

    @Test
    void putWithoutAnyVersionIsProblem428() {
        CreatedTag tag = TagFixtures.createTag("no-version");

        asAdmin().body(Map.of("name", "Blind overwrite")).put(TAGS + "/" + tag.id())
                .then().statusCode(428)
                .contentType("application/problem+json")
                .body("type", equalTo("https://masthead.dev/problems/precondition-required"))
                .body("status", equalTo(428))
                .body("code", equalTo("precondition-required"))
                .body("detail", containsString("If-Match"));
        asAdmin().get(TAGS + "/" + tag.id()).then().body("data.name", equalTo(tag.name()));
    }

    @Test
    void putWithAnInvalidBodyIsProblem400() {
        CreatedTag tag = TagFixtures.createTag("invalid-put");

        expectValidationProblem(asAdmin().header("If-Match", "\"0\"").body(Map.of("name", ""))
                .put(TAGS + "/" + tag.id()).then(), "name");
    }

    // --- merge patch ----------------------------------------------------------------------

    @Test
    void patchChangesOnlyTheGivenField() {
        CreatedTag tag = TagFixtures.createTag("patched");
        asAdmin().header("If-Match", "\"0\"").body(Map.of("name", tag.name(), "description", "Original"))
                .put(TAGS + "/" + tag.id()).then().statusCode(200);

        asAdmin().contentType(MERGE_PATCH).header("If-Match", "\"1\"").body(Map.of("description", "Revised"))
                .patch(TAGS + "/" + tag.id())
                .then().statusCode(200)
                .contentType("application/json")
                .header("ETag", "\"2\"")
                .body("data.description", equalTo("Revised"))
                .body("data.name", equalTo(tag.name()))
                .body("data.slug", equalTo(tag.slug()))
                .body("data.version", equalTo(2));
    }

    @Test
    void patchWithNullRemovesTheField() {
        CreatedTag tag = TagFixtures.createTag("unset");
        asAdmin().header("If-Match", "\"0\"").body(Map.of("name", tag.name(), "description", "Soon gone"))
                .put(TAGS + "/" + tag.id()).then().statusCode(200);

        asAdmin().contentType(MERGE_PATCH).header("If-Match", "\"1\"").body("{\"description\": null}")
                .patch(TAGS + "/" + tag.id())
                .then().statusCode(200)
                .body("data", not(hasKey("description")))
                .body("data.name", equalTo(tag.name()));
        given().get("/api/v1/tags/" + tag.slug()).then().statusCode(200).body("data.description", nullValue());
    }

    @Test
    void patchWithTheVersionInTheBodyIsAccepted() {
        CreatedTag tag = TagFixtures.createTag("patch-body-version");

        asAdmin().contentType(MERGE_PATCH).body(Map.of("description", "With version", "version", 0))
                .patch(TAGS + "/" + tag.id())
                .then().statusCode(200).body("data.description", equalTo("With version")).body("data.version", equalTo(1));
    }

    @Test
    void patchWithPlainJsonIsProblem415() {
        CreatedTag tag = TagFixtures.createTag("plain-json");

        asAdmin().header("If-Match", "\"0\"").body(Map.of("description", "Wrong type"))
                .patch(TAGS + "/" + tag.id())
                .then().statusCode(415)
                .contentType("application/problem+json")
                .body("type", equalTo("https://masthead.dev/problems/unsupported-media-type"))
                .body("code", equalTo("unsupported-media-type"));
        asAdmin().get(TAGS + "/" + tag.id()).then().body("data.version", equalTo(0));
    }

    @Test
    void patchWithoutAnyVersionIsProblem428() {
        CreatedTag tag = TagFixtures.createTag("patch-428");

        asAdmin().contentType(MERGE_PATCH).body(Map.of("description", "Unversioned")).patch(TAGS + "/" + tag.id())
                .then().statusCode(428).contentType("application/problem+json")
                .body("code", equalTo("precondition-required"));
    }

    @Test
    void patchWithAStaleIfMatchIsProblem412() {
        CreatedTag tag = TagFixtures.createTag("patch-412");

        asAdmin().contentType(MERGE_PATCH).header("If-Match", "\"3\"").body(Map.of("description", "Late"))
                .patch(TAGS + "/" + tag.id())
                .then().statusCode(412).contentType("application/problem+json")
                .body("code", equalTo("stale-version"));
    }

    @Test
    void patchThatBreaksARuleIsProblem400() {
        CreatedTag tag = TagFixtures.createTag("patch-400");

        expectValidationProblem(asAdmin().contentType(MERGE_PATCH).header("If-Match", "\"0\"")
                .body(Map.of("slug", "Not A Slug")).patch(TAGS + "/" + tag.id()).then(), "slug");
    }

    @Test
    void patchWithAnUnknownPropertyIsProblem400() {
        CreatedTag tag = TagFixtures.createTag("patch-unknown");

        asAdmin().contentType(MERGE_PATCH).header("If-Match", "\"0\"").body(Map.of("colour", "red"))
                .patch(TAGS + "/" + tag.id())
                .then().statusCode(400).contentType("application/problem+json")
                .body("code", equalTo("validation-failed"))
                .body("errors.field", contains("colour"));
    }

    @Test
    void patchThatIsNotAnObjectIsProblem400() {
        CreatedTag tag = TagFixtures.createTag("patch-array");

        asAdmin().contentType(MERGE_PATCH).header("If-Match", "\"0\"").body("[]").patch(TAGS + "/" + tag.id())
                .then().statusCode(400).contentType("application/problem+json")
                .body("status", equalTo(400));
    }

    // --- delete ---------------------------------------------------------------------------

    @Test
    void deleteWithoutIfMatchIsProblem428() {
        CreatedTag tag = TagFixtures.createTag("delete-428");

        asAdmin().delete(TAGS + "/" + tag.id())
                .then().statusCode(428)
                .contentType("application/problem+json")
                .body("code", equalTo("precondition-required"));
        asAdmin().get(TAGS + "/" + tag.id()).then().statusCode(200);
    }

    @Test
    void deleteWithAStaleIfMatchIsProblem412() {
        CreatedTag tag = TagFixtures.createTag("delete-412");

        asAdmin().header("If-Match", "\"5\"").delete(TAGS + "/" + tag.id())
                .then().statusCode(412)
                .contentType("application/problem+json")
                .body("code", equalTo("stale-version"));
        asAdmin().get(TAGS + "/" + tag.id()).then().statusCode(200);
    }

    @Test
    void deleteAnswers204AndTheTagIsGone() {
        CreatedTag tag = TagFixtures.createTag("delete-204");

        asAdmin().header("If-Match", "\"0\"").delete(TAGS + "/" + tag.id())
                .then().statusCode(204).body(equalTo(""));

        asAdmin().get(TAGS + "/" + tag.id()).then().statusCode(404).contentType("application/problem+json");
        given().get("/api/v1/tags/" + tag.slug()).then().statusCode(404).contentType("application/problem+json");
        asAdmin().header("If-Match", "\"0\"").delete(TAGS + "/" + tag.id()).then().statusCode(404);
    }

    @Test
    void deleteTakesTheTagOffArticlesWhichStayPublished() {
        CreatedTag doomed = TagFixtures.createTag("doomed");
        CreatedTag kept = TagFixtures.createTag("kept");
        CreatedArticle article = article().tag(doomed.id()).tag(kept.id()).published();

        asAdmin().header("If-Match", "\"0\"").delete(TAGS + "/" + doomed.id()).then().statusCode(204);

        given().get("/api/v1/articles/" + article.slug())
                .then().statusCode(200)
                .body("data.tags.slug", contains(kept.slug()))
                .body("data.primaryTag.slug", equalTo(kept.slug()));
        given().queryParam("tag", kept.slug()).get("/api/v1/articles")
                .then().statusCode(200).body("data.slug", contains(article.slug()));
        given().queryParam("tag", doomed.slug()).get("/api/v1/articles")
                .then().statusCode(200).body("data.size()", equalTo(0));
        asAdmin().get("/api/v1/admin/articles/" + article.id())
                .then().statusCode(200).body("data.tags.id", not(hasItem(doomed.id())));
    }

    @Test
    void deletingTheOnlyTagLeavesTheArticleUntagged() {
        CreatedTag only = TagFixtures.createTag("only");
        CreatedArticle article = article().tag(only.id()).published();

        asAdmin().header("If-Match", "\"0\"").delete(TAGS + "/" + only.id()).then().statusCode(204);

        given().get("/api/v1/articles/" + article.slug())
                .then().statusCode(200)
                .body("data.tags.size()", equalTo(0))
                .body("data.primaryTag", nullValue());
    }

    // --- authentication -------------------------------------------------------------------

    @Test
    void everyEndpointNeedsABearerToken() {
        CreatedTag tag = TagFixtures.createTag("guarded");
        Map<String, Object> body = Map.of("name", "Intruder");

        expectUnauthorized(given().get(TAGS).then());
        expectUnauthorized(given().contentType("application/json").body(body).post(TAGS).then());
        expectUnauthorized(given().get(TAGS + "/" + tag.id()).then());
        expectUnauthorized(given().contentType("application/json").header("If-Match", "\"0\"").body(body)
                .put(TAGS + "/" + tag.id()).then());
        expectUnauthorized(given().contentType(MERGE_PATCH).header("If-Match", "\"0\"").body(body)
                .patch(TAGS + "/" + tag.id()).then());
        expectUnauthorized(given().header("If-Match", "\"0\"").delete(TAGS + "/" + tag.id()).then());

        asAdmin().get(TAGS + "/" + tag.id()).then().statusCode(200)
                .body("data.name", equalTo(tag.name())).body("data.version", equalTo(0));
    }

    private static void expectUnauthorized(ValidatableResponse response) {
        response.statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", containsString("Bearer"))
                .body("code", equalTo("unauthorized"))
                .body("status", equalTo(401));
    }

    private static void expectValidationProblem(ValidatableResponse response, String field) {
        response.statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("https://masthead.dev/problems/validation-failed"))
                .body("title", equalTo("Validation failed"))
                .body("status", equalTo(400))
                .body("code", equalTo("validation-failed"))
                .body("requestId", notNullValue())
                .body("errors.field", hasItem(field))
                .body("errors.message", everyItem(not(emptyOrNullString())));
    }
}
