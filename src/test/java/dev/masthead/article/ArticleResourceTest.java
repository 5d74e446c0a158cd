package dev.masthead.article;

import static dev.masthead.article.ArticleFixtures.article;
import static dev.masthead.auth.AdminSession.asAdmin;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.masthead.article.ArticleFixtures.CreatedArticle;
import dev.masthead.author.AuthorFixtures;
import dev.masthead.author.AuthorFixtures.CreatedAuthor;
import dev.masthead.tag.TagFixtures;
import dev.masthead.tag.TagFixtures.CreatedTag;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

@QuarkusTest
class ArticleResourceTest {

    private static final Instant BASE = Instant.parse("2024-11-21T09:30:00Z");

    @Test
    void listShowsPublishedSummariesNewestFirstWithAuthorsAndTagsInOrder() {
        CreatedTag section = TagFixtures.createTag("section");
        CreatedTag second = TagFixtures.createTag("second");
        CreatedAuthor lead = AuthorFixtures.createAuthor("lead");
        CreatedAuthor coauthor = AuthorFixtures.createAuthor("co");
        CreatedArticle older = article().tag(section.id()).author(lead.id()).publishedAt(BASE);
        CreatedArticle newer = article().tag(section.id()).tag(second.id()).author(coauthor.id()).author(lead.id())
                .set("featureImage", Map.of("url", "https://images.example.com/a.jpg", "alt", "Quay", "caption", "At dawn"))
                .publishedAt(BASE.plusSeconds(60));

        given().queryParam("tag", section.slug())
                .get("/api/v1/articles")
                .then().statusCode(200)
                .contentType("application/json")
                .header("ETag", notNullValue())
                .header("Cache-Control", containsString("public"))
                .header("Cache-Control", containsString("max-age="))
                .header("Cache-Control", containsString("stale-while-revalidate="))
                .body("data.slug", contains(newer.slug(), older.slug()))
                .body("data[0].id", equalTo(newer.id()))
                .body("data[0].title", equalTo(newer.title()))
                .body("data[0].excerpt", equalTo("A first paragraph about the harbour."))
                .body("data[0].publishedAt", equalTo("2024-11-21T09:31:00Z"))
                .body("data[0].updatedAt", notNullValue())
                .body("data[0].readingTimeMinutes", equalTo(1))
                .body("data[0].featured", equalTo(false))
                .body("data[0].featureImage.url", equalTo("https://images.example.com/a.jpg"))
                .body("data[0].featureImage.alt", equalTo("Quay"))
                .body("data[0].featureImage.caption", equalTo("At dawn"))
                .body("data[0].primaryAuthor.slug", equalTo(coauthor.slug()))
                .body("data[0].authors.slug", contains(coauthor.slug(), lead.slug()))
                .body("data[0].authors[0].name", equalTo(coauthor.name()))
                .body("data[0].primaryTag.slug", equalTo(section.slug()))
                .body("data[0].tags.slug", contains(section.slug(), second.slug()))
                .body("data[0]", not(org.hamcrest.Matchers.hasKey("html")))
                .body("data[0]", not(org.hamcrest.Matchers.hasKey("markdown")))
                .body("data[0]", not(org.hamcrest.Matchers.hasKey("status")))
                .body("meta.page", equalTo(1))
                .body("meta.pageSize", equalTo(20))
                .body("meta.total", equalTo(2))
                .body("meta.totalPages", equalTo(1));
    }

    @Test
    void getBySlugShowsTheWholeArticleWithSanitizedHtml() {
        CreatedTag tag = TagFixtures.createTag("whole");
        CreatedArticle created = article().tag(tag.id())
                .markdown("Opening line.\n\n## Shifting alliances\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n<script>alert(1)</script>\n\n[x](javascript:alert(1))")
                .set("seo", Map.of("metaTitle", "Meta", "metaDescription", "Desc", "canonicalUrl", "https://example.org/c"))
                .published();

        given().get("/api/v1/articles/" + created.slug())
                .then().statusCode(200)
                .header("ETag", notNullValue())
                .header("Last-Modified", notNullValue())
                .header("Surrogate-Key", containsString("article:" + created.id()))
                .header("Surrogate-Key", containsString("tag:" + tag.slug()))
                .body("data.id", equalTo(created.id()))
                .body("data.slug", equalTo(created.slug()))
                .body("data.html", containsString("<h2 id=\"shifting-alliances\">Shifting alliances</h2>"))
                .body("data.html", containsString("<table>"))
                .body("data.html", not(containsString("<script")))
                .body("data.html", not(containsString("javascript:")))
                .body("data.plaintext", startsWith("Opening line."))
                .body("data.plaintext", not(containsString("alert")))
                .body("data.wordCount", notNullValue())
                .body("data.seo.metaTitle", equalTo("Meta"))
                .body("data.seo.metaDescription", equalTo("Desc"))
                .body("data.seo.canonicalUrl", equalTo("https://example.org/c"))
                .body("data", not(org.hamcrest.Matchers.hasKey("markdown")))
                .body("data", not(org.hamcrest.Matchers.hasKey("version")));
    }

    @Test
    void unknownSlugIsProblem404() {
        given().get("/api/v1/articles/no-such-article-anywhere")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404))
                .body("code", equalTo("not-found"))
                .body("type", equalTo("https://masthead.dev/problems/not-found"))
                .body("title", notNullValue())
                .body("detail", containsString("no-such-article-anywhere"))
                .body("instance", equalTo("/api/v1/articles/no-such-article-anywhere"))
                .body("requestId", notNullValue());
    }

    @Test
    void draftIsNeverVisible() {
        CreatedTag tag = TagFixtures.createTag("drafts");
        CreatedAuthor author = AuthorFixtures.createAuthor("drafter");
        CreatedArticle draft = article().tag(tag.id()).author(author.id()).draft();

        given().get("/api/v1/articles/" + draft.slug()).then().statusCode(404);
        given().queryParam("tag", tag.slug()).get("/api/v1/articles")
                .then().statusCode(200).body("data", empty()).body("meta.total", equalTo(0));
        given().queryParam("author", author.slug()).get("/api/v1/articles")
                .then().statusCode(200).body("data", empty());
        given().queryParam("limit", 50).get("/api/v1/recent-posts")
                .then().statusCode(200).body("data.slug", not(hasItem(draft.slug())));
        given().get("/api/v1/tags/" + tag.slug()).then().statusCode(200).body("data.articleCount", equalTo(0));
        given().get("/api/v1/authors/" + author.slug()).then().statusCode(200).body("data.articleCount", equalTo(0));
        assertTrue(allPublishedSlugs().stream().noneMatch(draft.slug()::equals));
    }

    @Test
    void unpublishedArticleLeavesEveryListAtOnce() {
        CreatedTag tag = TagFixtures.createTag("unpub");
        CreatedArticle article = article().tag(tag.id()).published();
        given().get("/api/v1/articles/" + article.slug()).then().statusCode(200);
        given().get("/api/v1/tags/" + tag.slug()).then().body("data.articleCount", equalTo(1));

        ArticleFixtures.unpublish(article.id());

        given().get("/api/v1/articles/" + article.slug()).then().statusCode(404);
        given().queryParam("tag", tag.slug()).get("/api/v1/articles").then().body("data", empty());
        given().queryParam("limit", 50).get("/api/v1/recent-posts").then().body("data.slug", not(hasItem(article.slug())));
        given().get("/api/v1/tags/" + tag.slug()).then().body("data.articleCount", equalTo(0));
    }

    @Test
    void deletedArticleIsGone() {
        CreatedTag tag = TagFixtures.createTag("deleted");
        CreatedArticle article = article().tag(tag.id()).published();

        asAdmin().header("If-Match", "\"" + article.version() + "\"")
                .delete("/api/v1/admin/articles/" + article.id()).then().statusCode(204);

        given().get("/api/v1/articles/" + article.slug()).then().statusCode(404);
        given().queryParam("tag", tag.slug()).get("/api/v1/articles").then().body("data", empty());
        given().get("/api/v1/tags/" + tag.slug()).then().body("data.articleCount", equalTo(0));
    }

    @Test
    void conditionalGetAnswers304UntilTheArticleChanges() {
        CreatedArticle article = article().published();
        Response first = given().get("/api/v1/articles/" + article.slug());
        String etag = first.header("ETag");

        given().header("If-None-Match", etag).get("/api/v1/articles/" + article.slug())
                .then().statusCode(304).header("ETag", etag).body(equalTo(""));
        given().header("If-Modified-Since", first.header("Last-Modified")).get("/api/v1/articles/" + article.slug())
                .then().statusCode(304);

        asAdmin().contentType("application/merge-patch+json").header("If-Match", "\"" + article.version() + "\"")
                .body(Map.of("title", "A corrected headline"))
                .patch("/api/v1/admin/articles/" + article.id()).then().statusCode(200);

        String changed = given().header("If-None-Match", etag).get("/api/v1/articles/" + article.slug())
                .then().statusCode(200).body("data.title", equalTo("A corrected headline"))
                .extract().header("ETag");
        assertNotEquals(etag, changed);
    }

    @Test
    void listEtagAnswers304AndChangesWithANewArticle() {
        CreatedTag tag = TagFixtures.createTag("etaglist");
        article().tag(tag.id()).published();
        String etag = given().queryParam("tag", tag.slug()).get("/api/v1/articles").header("ETag");
        given().queryParam("tag", tag.slug()).header("If-None-Match", etag).get("/api/v1/articles")
                .then().statusCode(304);

        article().tag(tag.id()).published();

        given().queryParam("tag", tag.slug()).header("If-None-Match", etag).get("/api/v1/articles")
                .then().statusCode(200).body("data.size()", equalTo(2));
    }

    @Test
    void pageModeCountsAndLinksPages() {
        CreatedTag tag = TagFixtures.createTag("paged");
        List<String> slugs = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            slugs.add(0, article().tag(tag.id()).publishedAt(BASE.plus(i, ChronoUnit.HOURS)).slug());
        }

        given().queryParam("tag", tag.slug()).queryParam("pageSize", 2).queryParam("page", 2)
                .get("/api/v1/articles")
                .then().statusCode(200)
                .body("data.slug", contains(slugs.get(2), slugs.get(3)))
                .body("meta.page", equalTo(2))
                .body("meta.pageSize", equalTo(2))
                .body("meta.total", equalTo(5))
                .body("meta.totalPages", equalTo(3))
                .header("Link", containsString("page=3"))
                .header("Link", containsString("rel=\"next\""))
                .header("Link", containsString("page=1"))
                .header("Link", containsString("rel=\"prev\""));

        given().queryParam("tag", tag.slug()).queryParam("pageSize", 2).queryParam("page", 9)
                .get("/api/v1/articles")
                .then().statusCode(200).body("data", empty()).body("meta.total", equalTo(5));
    }

    @Test
    void cursorModeWalksEveryArticleOnceWithoutCounting() {
        CreatedTag tag = TagFixtures.createTag("cursor");
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            // Two articles share each timestamp: the id breaks the tie.
            expected.add(article().tag(tag.id()).publishedAt(BASE.plus(i / 2, ChronoUnit.HOURS)).slug());
        }

        List<String> seen = new ArrayList<>();
        String cursor = "";
        int pages = 0;
        while (cursor != null) {
            Response page = given().queryParam("tag", tag.slug()).queryParam("pageSize", 2)
                    .queryParam("cursor", cursor).get("/api/v1/articles");
            page.then().statusCode(200)
                    .body("meta.total", nullValue())
                    .body("meta.page", nullValue())
                    .body("meta.pageSize", equalTo(2));
            seen.addAll(page.path("data.slug"));
            cursor = page.path("meta.nextCursor");
            if (cursor != null) {
                assertTrue(page.header("Link").contains("rel=\"next\""));
            }
            pages++;
        }
        assertEquals(3, pages);
        assertEquals(new HashSet<>(expected), new HashSet<>(seen));
        assertEquals(expected.size(), seen.size());
    }

    @Test
    void oldestFirstCursorWalksForward() {
        CreatedTag tag = TagFixtures.createTag("oldest");
        String first = article().tag(tag.id()).publishedAt(BASE).slug();
        String second = article().tag(tag.id()).publishedAt(BASE.plusSeconds(1)).slug();
        String third = article().tag(tag.id()).publishedAt(BASE.plusSeconds(2)).slug();
        String cursor = given().queryParam("tag", tag.slug()).queryParam("sort", "publishedAt")
                .queryParam("pageSize", 2).queryParam("cursor", "").get("/api/v1/articles")
                .then().statusCode(200).body("data.slug", contains(first, second))
                .extract().path("meta.nextCursor");
        given().queryParam("tag", tag.slug()).queryParam("sort", "publishedAt")
                .queryParam("pageSize", 2).queryParam("cursor", cursor).get("/api/v1/articles")
                .then().statusCode(200).body("data.slug", contains(third)).body("meta.nextCursor", nullValue());
    }

    @Test
    void filtersByAnyOfSeveralTagsAuthorFeaturedAndDates() {
        CreatedTag a = TagFixtures.createTag("fa");
        CreatedTag b = TagFixtures.createTag("fb");
        CreatedTag c = TagFixtures.createTag("fc");
        CreatedAuthor writer = AuthorFixtures.createAuthor("filter-writer");
        String inA = article().tag(a.id()).author(writer.id()).set("featured", true).publishedAt(BASE).slug();
        String inB = article().tag(b.id()).publishedAt(BASE.plus(1, ChronoUnit.DAYS)).slug();
        article().tag(c.id()).publishedAt(BASE.plus(2, ChronoUnit.DAYS));

        given().queryParam("tag", a.slug()).queryParam("tag", b.slug()).get("/api/v1/articles")
                .then().statusCode(200).body("data.slug", contains(inB, inA));
        given().queryParam("author", writer.slug()).get("/api/v1/articles")
                .then().statusCode(200).body("data.slug", contains(inA));
        given().queryParam("tag", a.slug()).queryParam("tag", b.slug()).queryParam("featured", "true")
                .get("/api/v1/articles").then().statusCode(200).body("data.slug", contains(inA));
        given().queryParam("tag", a.slug()).queryParam("tag", b.slug()).queryParam("featured", "false")
                .get("/api/v1/articles").then().statusCode(200).body("data.slug", contains(inB));
        given().queryParam("tag", a.slug()).queryParam("tag", b.slug()).queryParam("tag", c.slug())
                .queryParam("publishedAfter", BASE.plus(12, ChronoUnit.HOURS).toString())
                .queryParam("publishedBefore", BASE.plus(36, ChronoUnit.HOURS).toString())
                .get("/api/v1/articles").then().statusCode(200).body("data.slug", contains(inB));
    }

    @Test
    void sortsByTitleAndByUpdate() {
        CreatedTag tag = TagFixtures.createTag("sorted");
        CreatedArticle zebra = article().tag(tag.id()).title("Zebra crossings return " + tag.slug()).publishedAt(BASE);
        CreatedArticle apple = article().tag(tag.id()).title("Apple harvest " + tag.slug()).publishedAt(BASE.plusSeconds(5));

        given().queryParam("tag", tag.slug()).queryParam("sort", "title").get("/api/v1/articles")
                .then().statusCode(200).body("data.slug", contains(apple.slug(), zebra.slug()));

        asAdmin().contentType("application/merge-patch+json").header("If-Match", "\"" + zebra.version() + "\"")
                .body(Map.of("featured", true)).patch("/api/v1/admin/articles/" + zebra.id())
                .then().statusCode(200);
        given().queryParam("tag", tag.slug()).queryParam("sort", "-updatedAt").get("/api/v1/articles")
                .then().statusCode(200).body("data.slug", contains(zebra.slug(), apple.slug()));
    }

    @Test
    void formerSlugRedirectsToTheCurrentOne() {
        CreatedArticle article = article().published();
        String renamed = article.slug() + "-renamed";
        asAdmin().contentType("application/merge-patch+json").header("If-Match", "\"" + article.version() + "\"")
                .body(Map.of("slug", renamed)).patch("/api/v1/admin/articles/" + article.id())
                .then().statusCode(200).body("data.slug", equalTo(renamed));

        given().redirects().follow(false).get("/api/v1/articles/" + article.slug())
                .then().statusCode(301).header("Location", containsString("/api/v1/articles/" + renamed));
        given().get("/api/v1/articles/" + renamed).then().statusCode(200);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "page=0 | page",
            "page=abc | page",
            "pageSize=0 | pageSize",
            "pageSize=101 | pageSize",
            "pageSize=1e3 | pageSize",
            "sort=newest | sort",
            "sort=-title | sort",
            "featured=yes | featured",
            "publishedAfter=yesterday | publishedAfter",
            "publishedBefore=2024-13-45 | publishedBefore",
            "publishedAfter=%2B294277-01-01T00:00:00Z | publishedAfter",
            "publishedBefore=%2B294277-01-01T00:00:00Z | publishedBefore",
            "publishedAfter=-4714-11-24T00:00:00Z | publishedAfter",
            "publishedBefore=%2B10000-01-01T00:00:00Z | publishedBefore",
            "cursor=ZDo5OTk5OTk5OTk5OTk5OjA6MDAwMDAwMDAtMDAwMC0wMDAwLTAwMDAtMDAwMDAwMDAwMDAx | cursor",
            "cursor=not-a-cursor | cursor",
            "cursor=&page=2 | cursor",
            "cursor=&sort=title | cursor",
            "tag=<script> | tag",
            "author=' OR 1=1 -- | author",
            "q=harbour | q",
            "pagesize=5 | pagesize",
    })
    void badParametersAreProblem400(String query, String field) {
        given().urlEncodingEnabled(true).get("/api/v1/articles?" + query.replace(" ", "%20").replace("'", "%27")
                .replace("<", "%3C").replace(">", "%3E"))
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("errors.field", hasItem(field));
    }

    @Test
    void unknownTagIsAnEmptyListNotAnError() {
        given().queryParam("tag", "no-such-tag-exists").get("/api/v1/articles")
                .then().statusCode(200).body("data", empty()).body("meta.total", equalTo(0));
    }

    @Test
    void headAnswersLikeGetWithoutABody() {
        CreatedArticle article = article().published();
        String etag = given().get("/api/v1/articles/" + article.slug()).header("ETag");
        given().head("/api/v1/articles/" + article.slug())
                .then().statusCode(200).header("ETag", etag).body(equalTo(""));
    }

    private static List<String> allPublishedSlugs() {
        List<String> slugs = new ArrayList<>();
        String cursor = "";
        while (cursor != null) {
            Response page = given().queryParam("pageSize", 100).queryParam("cursor", cursor).get("/api/v1/articles");
            slugs.addAll(page.path("data.slug"));
            cursor = page.path("meta.nextCursor");
        }
        return slugs;
    }
}
