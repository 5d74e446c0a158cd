package dev.masthead.article;

import static dev.masthead.article.ArticleFixtures.article;
import static dev.masthead.auth.AdminSession.asAdmin;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.masthead.Unique;
import dev.masthead.article.ArticleFixtures.CreatedArticle;
import dev.masthead.author.AuthorFixtures;
import dev.masthead.author.AuthorFixtures.CreatedAuthor;
import dev.masthead.tag.TagFixtures;
import dev.masthead.tag.TagFixtures.CreatedTag;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class ArticleAdminResourceTest {

    private static final String ARTICLES = "/api/v1/admin/articles";

    @Test
    void createMakesADraftWithDerivedFields() {
        CreatedTag tag = TagFixtures.createTag("created");
        CreatedAuthor author = AuthorFixtures.createAuthor("creator");
        String markdown = "Ports across the coast are busier than ever.\n\n## Record volumes\n\n"
                + "word ".repeat(460) + "\n\n<img src=x onerror=alert(1)>";

        String id = asAdmin().body(Map.of("title", "Türkiye’s trade " + tag.slug(), "markdown", markdown,
                        "authorIds", List.of(author.id()), "tagIds", List.of(tag.id())))
                .post(ARTICLES)
                .then().statusCode(201)
                .contentType("application/json")
                .header("Location", containsString(ARTICLES + "/"))
                .header("ETag", equalTo("\"0\""))
                .body("data.status", equalTo("DRAFT"))
                .body("data.slug", equalTo("turkiyes-trade-" + tag.slug()))
                .body("data.publishedAt", nullValue())
                .body("data.version", equalTo(0))
                .body("data.markdown", equalTo(markdown))
                .body("data.html", containsString("<h2 id=\"record-volumes\">Record volumes</h2>"))
                .body("data.html", not(containsString("onerror")))
                .body("data.plaintext", containsString("Record volumes"))
                .body("data.excerpt", equalTo("Ports across the coast are busier than ever."))
                .body("data.customExcerpt", equalTo(false))
                .body("data.wordCount", equalTo(8 + 2 + 460))
                .body("data.readingTimeMinutes", equalTo(3))
                .body("data.authors.id", contains(author.id()))
                .body("data.tags.id", contains(tag.id()))
                .body("data.createdAt", notNullValue())
                .extract().path("data.id");

        asAdmin().get(ARTICLES + "/" + id).then().statusCode(200)
                .header("ETag", "\"0\"")
                .body("data.id", equalTo(id))
                .body("data.status", equalTo("DRAFT"));
    }

    @Test
    void createWithoutAuthorsCreditsTheCallersOwnProfile() {
        asAdmin().body(Map.of("title", Unique.name("Byline"), "markdown", "Text."))
                .post(ARTICLES)
                .then().statusCode(201)
                .body("data.authors.size()", equalTo(1))
                .body("data.authors[0].name", equalTo("Administrator"));
    }

    @Test
    void createKeepsTheOrderOfAuthorsAndTags() {
        CreatedAuthor first = AuthorFixtures.createAuthor("first");
        CreatedAuthor second = AuthorFixtures.createAuthor("second");
        CreatedTag a = TagFixtures.createTag("ta");
        CreatedTag b = TagFixtures.createTag("tb");
        CreatedTag c = TagFixtures.createTag("tc");
        asAdmin().body(article().author(second.id()).author(first.id()).tag(c.id()).tag(a.id()).tag(b.id()).body())
                .post(ARTICLES)
                .then().statusCode(201)
                .body("data.authors.id", contains(second.id(), first.id()))
                .body("data.tags.id", contains(c.id(), a.id(), b.id()));
    }

    @Test
    void customExcerptIsKeptAndRemovingItDerivesOneAgain() {
        CreatedArticle created = article().set("excerpt", "A hand-written teaser.").draft();
        asAdmin().get(ARTICLES + "/" + created.id()).then()
                .body("data.excerpt", equalTo("A hand-written teaser."))
                .body("data.customExcerpt", equalTo(true));

        Map<String, Object> patch = new HashMap<>();
        patch.put("excerpt", null);
        asAdmin().contentType(MergePatchJson.TYPE).header("If-Match", "\"" + created.version() + "\"")
                .body(patch).patch(ARTICLES + "/" + created.id())
                .then().statusCode(200)
                .body("data.excerpt", equalTo("A first paragraph about the harbour."))
                .body("data.customExcerpt", equalTo(false));
    }

    @Test
    void slugsDeriveUniquelyAndAnExplicitDuplicateIs409() {
        String title = Unique.name("Same headline");
        CreatedArticle first = article().title(title).draft();
        CreatedArticle second = article().title(title).draft();
        CreatedArticle third = article().title(title).draft();
        org.junit.jupiter.api.Assertions.assertEquals(first.slug() + "-2", second.slug());
        org.junit.jupiter.api.Assertions.assertEquals(first.slug() + "-3", third.slug());

        asAdmin().body(article().set("slug", first.slug()).body()).post(ARTICLES)
                .then().statusCode(409)
                .contentType("application/problem+json")
                .body("code", equalTo("slug-taken"))
                .body("errors.field", hasItem("slug"));
    }

    @Test
    void explicitSlugMustBeASlug() {
        asAdmin().body(article().set("slug", "Not A Slug!").body()).post(ARTICLES)
                .then().statusCode(400).body("code", equalTo("validation-failed")).body("errors.field", hasItem("slug"));
    }

    @Test
    void titleWithNothingToSlugFallsBackToArticle() {
        asAdmin().body(article().title("📰📰📰").body()).post(ARTICLES)
                .then().statusCode(201).body("data.slug", org.hamcrest.Matchers.startsWith("article"));
    }

    @Test
    void validationNamesEveryBadField() {
        asAdmin().body(Map.of("title", "", "markdown", "x", "featureImage", Map.of("url", "javascript:alert(1)")))
                .post(ARTICLES)
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("code", equalTo("validation-failed"))
                .body("errors.field", hasItem("title"))
                .body("errors.field", hasItem("featureImage.url"));
        asAdmin().body(Map.of("title", "x".repeat(301), "markdown", "x")).post(ARTICLES)
                .then().statusCode(400).body("errors.field", hasItem("title"));
        asAdmin().body(Map.of("title", "No body")).post(ARTICLES)
                .then().statusCode(400).body("errors.field", hasItem("markdown"));
    }

    @Test
    void unknownOrRepeatedAuthorAndTagIdsAre400PerPosition() {
        CreatedAuthor author = AuthorFixtures.createAuthor("once");
        asAdmin().body(Map.of("title", "Ids", "markdown", "x",
                        "authorIds", List.of(author.id(), author.id()),
                        "tagIds", List.of("00000000-0000-0000-0000-000000000001")))
                .post(ARTICLES)
                .then().statusCode(400)
                .body("errors.field", hasItem("authorIds[1]"));
        asAdmin().body(Map.of("title", "Ids", "markdown", "x", "tagIds", List.of("00000000-0000-0000-0000-000000000001")))
                .post(ARTICLES)
                .then().statusCode(400)
                .body("errors.field", hasItem("tagIds[0]"));
        asAdmin().body(Map.of("title", "Ids", "markdown", "x", "authorIds", List.of("not-a-uuid")))
                .post(ARTICLES)
                .then().statusCode(400)
                .body("errors.field", hasItem("authorIds[0]"));
    }

    @Test
    void unknownPropertyIs400() {
        asAdmin().body(Map.of("title", "t", "markdown", "m", "status", "PUBLISHED"))
                .post(ARTICLES)
                .then().statusCode(400).body("errors.field", hasItem("status"));
    }

    @Test
    void putReplacesWithIfMatchOrBodyVersion() {
        CreatedArticle created = article().draft();
        asAdmin().header("If-Match", "\"0\"")
                .body(Map.of("title", "Replaced once", "markdown", "New body."))
                .put(ARTICLES + "/" + created.id())
                .then().statusCode(200)
                .header("ETag", "\"1\"")
                .body("data.title", equalTo("Replaced once"))
                .body("data.slug", equalTo(created.slug()))
                .body("data.html", equalTo("<p>New body.</p>"))
                .body("data.version", equalTo(1));
        asAdmin().body(Map.of("title", "Replaced twice", "markdown", "Body.", "version", 1))
                .put(ARTICLES + "/" + created.id())
                .then().statusCode(200).body("data.version", equalTo(2));
    }

    @Test
    void staleVersionIs412AndNothingIsOverwritten() {
        CreatedArticle created = article().title("Original title " + Unique.name("x")).draft();
        asAdmin().header("If-Match", "\"0\"").body(Map.of("title", "Editor A", "markdown", "A"))
                .put(ARTICLES + "/" + created.id()).then().statusCode(200);

        asAdmin().header("If-Match", "\"0\"").body(Map.of("title", "Editor B", "markdown", "B"))
                .put(ARTICLES + "/" + created.id())
                .then().statusCode(412)
                .contentType("application/problem+json")
                .body("code", equalTo("stale-version"));
        asAdmin().body(Map.of("title", "Editor B", "markdown", "B", "version", 0))
                .put(ARTICLES + "/" + created.id()).then().statusCode(412);

        asAdmin().get(ARTICLES + "/" + created.id()).then().body("data.title", equalTo("Editor A"));
    }

    @Test
    void writesWithoutAVersionAre428() {
        CreatedArticle created = article().draft();
        asAdmin().body(Map.of("title", "No version", "markdown", "x")).put(ARTICLES + "/" + created.id())
                .then().statusCode(428).contentType("application/problem+json")
                .body("code", equalTo("precondition-required"));
        asAdmin().contentType(MergePatchJson.TYPE).body(Map.of("title", "No version"))
                .patch(ARTICLES + "/" + created.id()).then().statusCode(428);
        asAdmin().delete(ARTICLES + "/" + created.id()).then().statusCode(428);
        asAdmin().get(ARTICLES + "/" + created.id()).then().statusCode(200).body("data.version", equalTo(0));
    }

    @Test
    void mergePatchChangesOnlyTheGivenFields() {
        CreatedTag tag = TagFixtures.createTag("patched");
        CreatedArticle created = article().tag(tag.id()).set("featured", false).draft();
        asAdmin().contentType(MergePatchJson.TYPE).header("If-Match", "\"0\"")
                .body(Map.of("featured", true, "seo", Map.of("metaTitle", "SEO title")))
                .patch(ARTICLES + "/" + created.id())
                .then().statusCode(200)
                .body("data.featured", equalTo(true))
                .body("data.seo.metaTitle", equalTo("SEO title"))
                .body("data.title", equalTo(created.title()))
                .body("data.tags.id", contains(tag.id()));
        asAdmin().contentType(MergePatchJson.TYPE)
                .body(Map.of("version", 1, "seo", Map.of("metaDescription", "Desc")))
                .patch(ARTICLES + "/" + created.id())
                .then().statusCode(200)
                .body("data.seo.metaTitle", equalTo("SEO title"))
                .body("data.seo.metaDescription", equalTo("Desc"));
    }

    @Test
    void mergePatchIsValidatedLikeAPut() {
        CreatedArticle created = article().draft();
        asAdmin().contentType(MergePatchJson.TYPE).header("If-Match", "\"0\"")
                .body(Map.of("title", "")).patch(ARTICLES + "/" + created.id())
                .then().statusCode(400).body("errors.field", hasItem("title"));
        asAdmin().contentType(MergePatchJson.TYPE).header("If-Match", "\"0\"")
                .body(Map.of("bogus", 1)).patch(ARTICLES + "/" + created.id())
                .then().statusCode(400).body("errors.field", hasItem("bogus"));
        asAdmin().contentType(MergePatchJson.TYPE).header("If-Match", "\"0\"")
                .body("[1,2]").patch(ARTICLES + "/" + created.id())
                .then().statusCode(400).contentType("application/problem+json");
        asAdmin().header("If-Match", "\"0\"").body(Map.of("title", "Plain JSON"))
                .patch(ARTICLES + "/" + created.id())
                .then().statusCode(415).contentType("application/problem+json");
    }

    @Test
    void deleteNeedsTheCurrentVersion() {
        CreatedArticle created = article().draft();
        asAdmin().header("If-Match", "\"7\"").delete(ARTICLES + "/" + created.id())
                .then().statusCode(412);
        asAdmin().header("If-Match", "\"0\"").delete(ARTICLES + "/" + created.id())
                .then().statusCode(204);
        asAdmin().get(ARTICLES + "/" + created.id()).then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void publishAndUnpublish() {
        CreatedArticle created = article().draft();
        asAdmin().post(ARTICLES + "/" + created.id() + "/publish")
                .then().statusCode(200)
                .body("data.status", equalTo("PUBLISHED"))
                .body("data.publishedAt", notNullValue());
        given().get("/api/v1/articles/" + created.slug()).then().statusCode(200);

        asAdmin().post(ARTICLES + "/" + created.id() + "/unpublish")
                .then().statusCode(200)
                .body("data.status", equalTo("DRAFT"))
                .body("data.publishedAt", nullValue());
        given().get("/api/v1/articles/" + created.slug()).then().statusCode(404);
    }

    @Test
    void publishCanBackdateButNotSchedule() {
        CreatedArticle created = article().draft();
        asAdmin().body(Map.of("publishedAt", Instant.now().plusSeconds(3600).toString()))
                .post(ARTICLES + "/" + created.id() + "/publish")
                .then().statusCode(400).body("errors.field", hasItem("publishedAt"));
        given().get("/api/v1/articles/" + created.slug()).then().statusCode(404);
        asAdmin().body(Map.of("publishedAt", "2020-02-02T10:00:00Z"))
                .post(ARTICLES + "/" + created.id() + "/publish")
                .then().statusCode(200).body("data.publishedAt", equalTo("2020-02-02T10:00:00Z"));
    }

    @Test
    void publishWithAStaleIfMatchIs412() {
        CreatedArticle created = article().draft();
        asAdmin().header("If-Match", "\"5\"").post(ARTICLES + "/" + created.id() + "/publish")
                .then().statusCode(412);
        given().get("/api/v1/articles/" + created.slug()).then().statusCode(404);
    }

    @Test
    void listShowsEveryStatusAndFiltersByStatus() {
        CreatedArticle draft = article().draft();
        CreatedArticle published = article().published();
        asAdmin().queryParam("pageSize", 100).get(ARTICLES)
                .then().statusCode(200)
                .body("data.id", hasItem(draft.id()))
                .body("data.id", hasItem(published.id()))
                .body("meta.total", greaterThan(1));
        asAdmin().queryParam("status", "DRAFT").queryParam("pageSize", 100).get(ARTICLES)
                .then().statusCode(200)
                .body("data.status", everyItem(equalTo("DRAFT")))
                .body("data.id", hasItem(draft.id()));
        asAdmin().queryParam("status", "LIVE").get(ARTICLES)
                .then().statusCode(400).body("errors.field", hasItem("status"));
    }

    @Test
    void unknownIdsAre404AndMalformedIdsNever500() {
        asAdmin().get(ARTICLES + "/00000000-0000-0000-0000-000000000000")
                .then().statusCode(404).contentType("application/problem+json");
        asAdmin().get(ARTICLES + "/not-a-uuid")
                .then().statusCode(404).contentType("application/problem+json");
        asAdmin().post(ARTICLES + "/00000000-0000-0000-0000-000000000000/publish")
                .then().statusCode(404);
    }

    @Test
    void everyOperationNeedsAToken() {
        CreatedArticle created = article().draft();
        given().get(ARTICLES).then().statusCode(401).contentType("application/problem+json")
                .header("WWW-Authenticate", "Bearer");
        given().get(ARTICLES + "/" + created.id()).then().statusCode(401);
        given().contentType("application/json").body(article().body()).post(ARTICLES).then().statusCode(401);
        given().contentType("application/json").post(ARTICLES + "/" + created.id() + "/publish").then().statusCode(401);
        given().header("Authorization", "Bearer not-a-token").get(ARTICLES).then().statusCode(401);
        given().get("/api/v1/articles/" + created.slug()).then().statusCode(404);
    }

    @Test
    void adminViewsNeverCarryCacheableHeaders() {
        CreatedArticle created = article().draft();
        asAdmin().get(ARTICLES + "/" + created.id()).then()
                .header("Cache-Control", "no-store")
                .body("data", hasKey("markdown"))
                .body("data.slug", endsWith(created.slug().substring(created.slug().length() - 3)));
    }

    /** The RFC 7396 media type PATCH requires. */
    static final class MergePatchJson {
        static final String TYPE = "application/merge-patch+json";
    }
}
