package dev.masthead.author;

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

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.masthead.Unique;
import dev.masthead.article.ArticleFixtures;
import dev.masthead.article.ArticleFixtures.CreatedArticle;
import dev.masthead.author.AuthorFixtures.CreatedAuthor;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

@QuarkusTest
class AuthorAdminResourceTest {

    private static final String AUTHORS = "/api/v1/admin/authors";
    private static final String MERGE_PATCH = "application/merge-patch+json";

    // --- create ---------------------------------------------------------------------------

    @Test
    void createAnswers201WithLocationEtagAndTheProfile() {
        String name = Unique.name("Zoe Lindqvist");

        var created = asAdmin().body(Map.of("name", name, "bio", "Nordic affairs",
                        "avatarUrl", "https://images.example.com/zoe.jpg", "website", "http://zoe.example.org/about"))
                .post(AUTHORS)
                .then().statusCode(201)
                .contentType("application/json")
                .header("ETag", "\"0\"")
                .header("Cache-Control", "no-store")
                .body("data.id", notNullValue())
                .body("data.slug", equalTo(name.toLowerCase().replace(' ', '-')))
                .body("data.name", equalTo(name))
                .body("data.bio", equalTo("Nordic affairs"))
                .body("data.avatarUrl", equalTo("https://images.example.com/zoe.jpg"))
                .body("data.website", equalTo("http://zoe.example.org/about"))
                .body("data.articleCount", equalTo(0))
                .body("data.createdAt", notNullValue())
                .body("data.updatedAt", notNullValue())
                .body("data.version", equalTo(0))
                .extract();

        String id = created.path("data.id");
        created.response().then().header("Location", endsWith(AUTHORS + "/" + id));
        asAdmin().get(AUTHORS + "/" + id).then().statusCode(200).body("data.name", equalTo(name));
    }

    @Test
    void createWithAnExplicitSlugKeepsIt() {
        String slug = Unique.name("byline");

        asAdmin().body(Map.of("name", "Someone Else", "slug", slug)).post(AUTHORS)
                .then().statusCode(201).body("data.slug", equalTo(slug));
        given().get("/api/v1/authors/" + slug).then().statusCode(200).body("data.name", equalTo("Someone Else"));
    }

    @Test
    void derivedSlugCollisionsGetNumberedSuffixes() {
        String name = Unique.name("Sam Reporter");
        String base = name.toLowerCase().replace(' ', '-');

        asAdmin().body(Map.of("name", name)).post(AUTHORS).then().statusCode(201).body("data.slug", equalTo(base));
        asAdmin().body(Map.of("name", name)).post(AUTHORS).then().statusCode(201).body("data.slug", equalTo(base + "-2"));
        asAdmin().body(Map.of("name", name)).post(AUTHORS).then().statusCode(201).body("data.slug", equalTo(base + "-3"));
    }

    @Test
    void duplicateExplicitSlugIsProblem409() {
        CreatedAuthor existing = AuthorFixtures.createAuthor("taken");

        asAdmin().body(Map.of("name", "Impostor", "slug", existing.slug())).post(AUTHORS)
                .then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("https://masthead.dev/problems/slug-taken"))
                .body("status", equalTo(409))
                .body("code", equalTo("slug-taken"))
                .body("detail", containsString(existing.slug()))
                .body("instance", equalTo(AUTHORS))
                .body("errors.field", contains("slug"));
    }

    @Test
    void blankNameIsProblem400() {
        expectValidationProblem(asAdmin().body(Map.of("name", " \t ")).post(AUTHORS).then(), "name");
    }

    @Test
    void missingNameIsProblem400() {
        expectValidationProblem(asAdmin().body(Map.of("bio", "Nameless")).post(AUTHORS).then(), "name");
    }

    @Test
    void nameOf201CharactersIsProblem400() {
        expectValidationProblem(asAdmin().body(Map.of("name", "a".repeat(201))).post(AUTHORS).then(), "name");
    }

    @Test
    void bioOver5000CharactersIsProblem400() {
        expectValidationProblem(asAdmin().body(Map.of("name", Unique.name("verbose"), "bio", "b".repeat(5001)))
                .post(AUTHORS).then(), "bio");
    }

    @Test
    void invalidExplicitSlugIsProblem400() {
        expectValidationProblem(asAdmin().body(Map.of("name", Unique.name("slugged"), "slug", "Bad Slug!"))
                .post(AUTHORS).then(), "slug");
    }

    @ParameterizedTest
    @ValueSource(strings = { "javascript:alert(1)", "ftp://x", "data:image/png;base64,AAAA", "//images.example.com/a.jpg",
            "/avatars/a.jpg", "not a url", "https://", "file:///etc/passwd" })
    void avatarUrlMustBeAnAbsoluteWebUrl(String url) {
        expectValidationProblem(asAdmin().body(Map.of("name", Unique.name("avatar"), "avatarUrl", url))
                .post(AUTHORS).then(), "avatarUrl");
    }

    @ParameterizedTest
    @ValueSource(strings = { "javascript:alert(1)", "ftp://x", "mailto:someone@example.org", "example.org" })
    void websiteMustBeAnAbsoluteWebUrl(String url) {
        expectValidationProblem(asAdmin().body(Map.of("name", Unique.name("website"), "website", url))
                .post(AUTHORS).then(), "website");
    }

    @Test
    void avatarUrlOver2048CharactersIsProblem400() {
        String url = "https://images.example.com/" + "a".repeat(2048);

        expectValidationProblem(asAdmin().body(Map.of("name", Unique.name("long-url"), "avatarUrl", url))
                .post(AUTHORS).then(), "avatarUrl");
    }

    @Test
    void unknownPropertyIsProblem400NamingIt() {
        asAdmin().body(Map.of("name", Unique.name("extra"), "twitter", "@someone")).post(AUTHORS)
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("code", equalTo("validation-failed"))
                .body("detail", containsString("twitter"))
                .body("errors.field", contains("twitter"));
    }

    @Test
    void wrongTypeIsProblem400NamingTheField() {
        asAdmin().body("{\"name\":\"" + Unique.name("typed") + "\",\"bio\":[\"a\",\"b\"]}").post(AUTHORS)
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("code", equalTo("validation-failed"))
                .body("errors.field", contains("bio"));
    }

    @Test
    void malformedJsonIsProblem400() {
        asAdmin().body("{\"name\": ").post(AUTHORS)
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("code", equalTo("malformed-json"));
    }

    // --- read -----------------------------------------------------------------------------

    @Test
    void getAnswersTheProfileWithItsVersionAsEtag() {
        CreatedAuthor author = AuthorFixtures.createAuthor("read");
        article().author(author.id()).published();
        article().author(author.id()).draft();

        asAdmin().get(AUTHORS + "/" + author.id())
                .then().statusCode(200)
                .contentType("application/json")
                .header("ETag", "\"0\"")
                .header("Cache-Control", "no-store")
                .body("data.id", equalTo(author.id()))
                .body("data.slug", equalTo(author.slug()))
                .body("data.name", equalTo(author.name()))
                .body("data.bio", equalTo("Writes about read"))
                .body("data.articleCount", equalTo(1))
                .body("data.version", equalTo(0));
    }

    @Test
    void listShowsProfilesWithVersionsAndPagingMeta() {
        AuthorFixtures.createAuthor("admin-list");

        asAdmin().queryParam("pageSize", 3).get(AUTHORS)
                .then().statusCode(200)
                .contentType("application/json")
                .body("data.size()", greaterThanOrEqualTo(1))
                .body("data[0]", hasKey("version"))
                .body("meta.page", equalTo(1))
                .body("meta.pageSize", equalTo(3))
                .body("meta.total", greaterThanOrEqualTo(1));
    }

    @Test
    void unknownIdIsProblem404() {
        String id = UUID.randomUUID().toString();

        asAdmin().get(AUTHORS + "/" + id)
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("code", equalTo("not-found"))
                .body("detail", containsString(id))
                .body("instance", equalTo(AUTHORS + "/" + id));
    }

    @Test
    void unknownIdIsProblem404ForEveryWrite() {
        String path = AUTHORS + "/" + UUID.randomUUID();

        asAdmin().header("If-Match", "\"0\"").body(Map.of("name", "Ghost")).put(path)
                .then().statusCode(404).contentType("application/problem+json").body("code", equalTo("not-found"));
        asAdmin().contentType(MERGE_PATCH).header("If-Match", "\"0\"").body(Map.of("bio", "Ghost")).patch(path)
                .then().statusCode(404).contentType("application/problem+json").body("code", equalTo("not-found"));
        asAdmin().header("If-Match", "\"0\"").delete(path)
                .then().statusCode(404).contentType("application/problem+json").body("code", equalTo("not-found"));
    }

    @Test
    void malformedIdIsAProblemNotAServerError() {
        asAdmin().get(AUTHORS + "/not-a-uuid")
                .then().statusCode(allOf(greaterThanOrEqualTo(400), lessThan(500)))
                .contentType("application/problem+json")
                .body("instance", equalTo(AUTHORS + "/not-a-uuid"));
    }

    // --- replace --------------------------------------------------------------------------

    @Test
    void putWithIfMatchReplacesTheProfileAndBumpsTheVersion() {
        CreatedAuthor author = AuthorFixtures.createAuthor("replace");
        String name = Unique.name("Renamed");

        asAdmin().header("If-Match", "\"0\"")
                .body(Map.of("name", name, "avatarUrl", "https://images.example.com/new.png"))
                .put(AUTHORS + "/" + author.id())
                .then().statusCode(200)
                .contentType("application/json")
                .header("ETag", "\"1\"")
                .body("data.name", equalTo(name))
                .body("data.avatarUrl", equalTo("https://images.example.com/new.png"))
                .body("data", not(hasKey("bio")))
                .body("data.slug", equalTo(author.slug()))
                .body("data.version", equalTo(1));
        given().get("/api/v1/authors/" + author.slug()).then().statusCode(200).body("data.name", equalTo(name));
    }

    @Test
    void putWithTheVersionInTheBodyReplacesTheProfile() {
        CreatedAuthor author = AuthorFixtures.createAuthor("body-version");

        asAdmin().body(Map.of("name", author.name(), "bio", "Updated bio", "version", 0)).put(AUTHORS + "/" + author.id())
                .then().statusCode(200).header("ETag", "\"1\"").body("data.bio", equalTo("Updated bio"));
    }

    @Test
    void putWithAStaleIfMatchIsProblem412AndChangesNothing() {
        CreatedAuthor author = AuthorFixtures.createAuthor("stale-put");
        asAdmin().header("If-Match", "\"0\"").body(Map.of("name", author.name(), "bio", "First edit"))
                .put(AUTHORS + "/" + author.id()).then().statusCode(200);

        asAdmin().header("If-Match", "\"0\"").body(Map.of("name", author.name(), "bio", "Lost edit"))
                .put(AUTHORS + "/" + author.id())
                .then().statusCode(412)
                .contentType("application/problem+json")
                .body("type", equalTo("https://masthead.dev/problems/stale-version"))
                .body("code", equalTo("stale-version"));
        asAdmin().get(AUTHORS + "/" + author.id()).then().body("data.bio", equalTo("First edit"));
    }

    @Test
    void putWithAStaleBodyVersionIsProblem412() {
        CreatedAuthor author = AuthorFixtures.createAuthor("stale-body");

        asAdmin().body(Map.of("name", author.name(), "version", 3)).put(AUTHORS + "/" + author.id())
                .then().statusCode(412).contentType("application/problem+json").body("code", equalTo("stale-version"));
    }

    @Test
    void putWithoutAnyVersionIsProblem428() {
        CreatedAuthor author = AuthorFixtures.createAuthor("no-version");

        asAdmin().body(Map.of("name", "Blind overwrite")).put(AUTHORS + "/" + author.id())
                .then().statusCode(428)
                .contentType("application/problem+json")
                .body("code", equalTo("precondition-required"));
        asAdmin().get(AUTHORS + "/" + author.id()).then().body("data.name", equalTo(author.name()));
    }

    @Test
    void putWithAnotherAuthorsSlugIsProblem409() {
        CreatedAuthor author = AuthorFixtures.createAuthor("mine");
        CreatedAuthor other = AuthorFixtures.createAuthor("theirs");

        asAdmin().header("If-Match", "\"0\"").body(Map.of("name", author.name(), "slug", other.slug()))
                .put(AUTHORS + "/" + author.id())
                .then().statusCode(409).contentType("application/problem+json").body("code", equalTo("slug-taken"));
    }

    @Test
    void putWithABadWebsiteIsProblem400() {
        CreatedAuthor author = AuthorFixtures.createAuthor("bad-put");

        expectValidationProblem(asAdmin().header("If-Match", "\"0\"")
                .body(Map.of("name", author.name(), "website", "javascript:alert(1)"))
                .put(AUTHORS + "/" + author.id()).then(), "website");
    }

    // --- merge patch ----------------------------------------------------------------------

    @Test
    void patchChangesOnlyTheGivenField() {
        CreatedAuthor author = AuthorFixtures.createAuthor("patched");

        asAdmin().contentType(MERGE_PATCH).header("If-Match", "\"0\"")
                .body(Map.of("website", "https://patched.example.org"))
                .patch(AUTHORS + "/" + author.id())
                .then().statusCode(200)
                .contentType("application/json")
                .header("ETag", "\"1\"")
                .body("data.website", equalTo("https://patched.example.org"))
                .body("data.bio", equalTo("Writes about patched"))
                .body("data.name", equalTo(author.name()))
                .body("data.slug", equalTo(author.slug()))
                .body("data.version", equalTo(1));
    }

    @Test
    void patchWithNullRemovesTheField() {
        CreatedAuthor author = AuthorFixtures.createAuthor("unset");

        asAdmin().contentType(MERGE_PATCH).header("If-Match", "\"0\"").body("{\"bio\": null}")
                .patch(AUTHORS + "/" + author.id())
                .then().statusCode(200)
                .body("data", not(hasKey("bio")))
                .body("data.name", equalTo(author.name()));
        given().get("/api/v1/authors/" + author.slug()).then().statusCode(200).body("data.bio", nullValue());
    }

    @Test
    void patchWithABadAvatarUrlIsProblem400() {
        CreatedAuthor author = AuthorFixtures.createAuthor("patch-avatar");

        expectValidationProblem(asAdmin().contentType(MERGE_PATCH).header("If-Match", "\"0\"")
                .body(Map.of("avatarUrl", "javascript:alert(1)")).patch(AUTHORS + "/" + author.id()).then(),
                "avatarUrl");
        asAdmin().get(AUTHORS + "/" + author.id()).then().body("data", not(hasKey("avatarUrl")));
    }

    @Test
    void patchWithPlainJsonIsProblem415() {
        CreatedAuthor author = AuthorFixtures.createAuthor("plain-json");

        asAdmin().header("If-Match", "\"0\"").body(Map.of("bio", "Wrong type")).patch(AUTHORS + "/" + author.id())
                .then().statusCode(415)
                .contentType("application/problem+json")
                .body("code", equalTo("unsupported-media-type"));
    }

    @Test
    void patchWithoutAnyVersionIsProblem428() {
        CreatedAuthor author = AuthorFixtures.createAuthor("patch-428");

        asAdmin().contentType(MERGE_PATCH).body(Map.of("bio", "Unversioned")).patch(AUTHORS + "/" + author.id())
                .then().statusCode(428).contentType("application/problem+json")
                .body("code", equalTo("precondition-required"));
    }

    @Test
    void patchWithAStaleIfMatchIsProblem412() {
        CreatedAuthor author = AuthorFixtures.createAuthor("patch-412");

        asAdmin().contentType(MERGE_PATCH).header("If-Match", "\"9\"").body(Map.of("bio", "Late"))
                .patch(AUTHORS + "/" + author.id())
                .then().statusCode(412).contentType("application/problem+json")
                .body("code", equalTo("stale-version"));
    }

    // --- delete ---------------------------------------------------------------------------

    @Test
    void deleteWithoutIfMatchIsProblem428() {
        CreatedAuthor author = AuthorFixtures.createAuthor("delete-428");

        asAdmin().delete(AUTHORS + "/" + author.id())
                .then().statusCode(428).contentType("application/problem+json")
                .body("code", equalTo("precondition-required"));
        asAdmin().get(AUTHORS + "/" + author.id()).then().statusCode(200);
    }

    @Test
    void deleteWithAStaleIfMatchIsProblem412() {
        CreatedAuthor author = AuthorFixtures.createAuthor("delete-412");

        asAdmin().header("If-Match", "\"2\"").delete(AUTHORS + "/" + author.id())
                .then().statusCode(412).contentType("application/problem+json")
                .body("code", equalTo("stale-version"));
        asAdmin().get(AUTHORS + "/" + author.id()).then().statusCode(200);
    }

    @Test
    void deleteOfAnUncreditedAuthorAnswers204AndTheProfileIsGone() {
        CreatedAuthor author = AuthorFixtures.createAuthor("uncredited");

        asAdmin().header("If-Match", "\"0\"").delete(AUTHORS + "/" + author.id())
                .then().statusCode(204).body(equalTo(""));

        asAdmin().get(AUTHORS + "/" + author.id()).then().statusCode(404).contentType("application/problem+json");
        given().get("/api/v1/authors/" + author.slug()).then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void deleteOfACreditedAuthorIsProblem409AndTheProfileStays() {
        CreatedAuthor author = AuthorFixtures.createAuthor("credited");
        CreatedArticle article = article().author(author.id()).published();

        asAdmin().header("If-Match", "\"0\"").delete(AUTHORS + "/" + author.id())
                .then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("https://masthead.dev/problems/conflict"))
                .body("status", equalTo(409))
                .body("code", equalTo("conflict"))
                .body("detail", containsString("credited"))
                .body("instance", equalTo(AUTHORS + "/" + author.id()));

        asAdmin().get(AUTHORS + "/" + author.id()).then().statusCode(200).body("data.version", equalTo(0));
        given().get("/api/v1/articles/" + article.slug())
                .then().statusCode(200).body("data.authors.slug", contains(author.slug()));
    }

    @Test
    void deleteOfAnAuthorCreditedOnlyOnADraftIsProblem409() {
        CreatedAuthor author = AuthorFixtures.createAuthor("draft-credit");
        article().author(author.id()).draft();

        asAdmin().header("If-Match", "\"0\"").delete(AUTHORS + "/" + author.id())
                .then().statusCode(409).contentType("application/problem+json").body("code", equalTo("conflict"));
        asAdmin().get(AUTHORS + "/" + author.id()).then().statusCode(200);
    }

    @Test
    void deleteSucceedsOnceTheAuthorIsNoLongerCredited() {
        CreatedAuthor leaving = AuthorFixtures.createAuthor("leaving");
        CreatedAuthor staying = AuthorFixtures.createAuthor("staying");
        CreatedArticle article = article().author(leaving.id()).draft();
        asAdmin().contentType(MERGE_PATCH).header("If-Match", "\"" + ArticleFixtures.version(article.id()) + "\"")
                .body(Map.of("authorIds", List.of(staying.id())))
                .patch("/api/v1/admin/articles/" + article.id()).then().statusCode(200);

        asAdmin().header("If-Match", "\"0\"").delete(AUTHORS + "/" + leaving.id()).then().statusCode(204);
    }

    // --- authentication -------------------------------------------------------------------

    @Test
    void everyEndpointNeedsABearerToken() {
        CreatedAuthor author = AuthorFixtures.createAuthor("guarded");
        Map<String, Object> body = Map.of("name", "Intruder");

        expectUnauthorized(given().get(AUTHORS).then());
        expectUnauthorized(given().contentType("application/json").body(body).post(AUTHORS).then());
        expectUnauthorized(given().get(AUTHORS + "/" + author.id()).then());
        expectUnauthorized(given().contentType("application/json").header("If-Match", "\"0\"").body(body)
                .put(AUTHORS + "/" + author.id()).then());
        expectUnauthorized(given().contentType(MERGE_PATCH).header("If-Match", "\"0\"").body(body)
                .patch(AUTHORS + "/" + author.id()).then());
        expectUnauthorized(given().header("If-Match", "\"0\"").delete(AUTHORS + "/" + author.id()).then());

        asAdmin().get(AUTHORS + "/" + author.id()).then().statusCode(200)
                .body("data.name", equalTo(author.name())).body("data.version", equalTo(0));
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
