package dev.masthead.author;

import static dev.masthead.article.ArticleFixtures.article;
import static dev.masthead.auth.AdminSession.asAdmin;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.masthead.Unique;
import dev.masthead.author.AuthorFixtures.CreatedAuthor;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

@QuarkusTest
class AuthorResourceTest {

    @Test
    void listIsAnEnvelopeWithPagingMetaAndCachingHeaders() {
        AuthorFixtures.createAuthor("envelope");

        Response response = given().get("/api/v1/authors");
        response.then().statusCode(200)
                .contentType("application/json")
                .header("ETag", notNullValue())
                .header("Cache-Control", containsString("public"))
                .header("Cache-Control", containsString("max-age="))
                .header("Cache-Control", containsString("stale-while-revalidate="))
                .header("Surrogate-Key", containsString("list:authors"))
                .body("data.size()", lessThanOrEqualTo(20))
                .body("data", everyItem(hasKey("articleCount")))
                .body("meta.page", equalTo(1))
                .body("meta.pageSize", equalTo(20))
                .body("meta.total", greaterThanOrEqualTo(1))
                .body("meta.totalPages", greaterThanOrEqualTo(1));
        int total = response.path("meta.total");
        assertEquals((total + 19) / 20, (int) response.path("meta.totalPages"));
    }

    @Test
    void listIsSortedByName() {
        String base = Unique.name("sorting");
        CreatedAuthor charlie = create(base + " charlie");
        CreatedAuthor alpha = create(base + " alpha");
        CreatedAuthor bravo = create(base + " bravo");

        List<String> mine = allAuthorSlugs().stream()
                .filter(slug -> slug.equals(alpha.slug()) || slug.equals(bravo.slug()) || slug.equals(charlie.slug()))
                .toList();

        assertEquals(List.of(alpha.slug(), bravo.slug(), charlie.slug()), mine);
    }

    @Test
    void listEntriesCarryTheDeliveryFieldsOnly() {
        String name = Unique.name("Profiled");
        var created = asAdmin().body(Map.of("name", name, "bio", "Covers the port",
                        "avatarUrl", "https://images.example.com/p.jpg", "website", "https://example.org/p"))
                .post("/api/v1/admin/authors").then().statusCode(201).extract();
        String slug = created.path("data.slug");

        Map<String, Object> entry = findInList(slug);

        assertEquals(created.path("data.id"), entry.get("id"));
        assertEquals(name, entry.get("name"));
        assertEquals("Covers the port", entry.get("bio"));
        assertEquals("https://images.example.com/p.jpg", entry.get("avatarUrl"));
        assertEquals("https://example.org/p", entry.get("website"));
        assertEquals(0, entry.get("articleCount"));
        assertEquals(List.of("articleCount", "avatarUrl", "bio", "id", "name", "slug", "website"),
                entry.keySet().stream().sorted().toList());
    }

    @Test
    void articleCountCountsPublishedArticlesOnly() {
        CreatedAuthor author = AuthorFixtures.createAuthor("counted");
        article().author(author.id()).published();
        article().author(author.id()).published();
        article().author(author.id()).draft();

        given().get("/api/v1/authors/" + author.slug())
                .then().statusCode(200)
                .body("data.articleCount", equalTo(2));
        assertEquals(2, findInList(author.slug()).get("articleCount"));
    }

    @Test
    void coAuthoredArticlesCountForEveryAuthor() {
        CreatedAuthor lead = AuthorFixtures.createAuthor("lead");
        CreatedAuthor second = AuthorFixtures.createAuthor("second");
        article().author(lead.id()).author(second.id()).published();

        given().get("/api/v1/authors/" + lead.slug()).then().statusCode(200).body("data.articleCount", equalTo(1));
        given().get("/api/v1/authors/" + second.slug()).then().statusCode(200).body("data.articleCount", equalTo(1));
    }

    @Test
    void getBySlugShowsTheProfile() {
        String name = Unique.name("Amara Okafor");
        var created = asAdmin().body(Map.of("name", name, "bio", "Economics correspondent",
                        "avatarUrl", "https://images.example.com/amara.jpg", "website", "https://amara.example.org"))
                .post("/api/v1/admin/authors").then().statusCode(201).extract();
        String slug = created.path("data.slug");

        given().get("/api/v1/authors/" + slug)
                .then().statusCode(200)
                .contentType("application/json")
                .header("ETag", notNullValue())
                .header("Cache-Control", containsString("public"))
                .header("Surrogate-Key", containsString("author:" + slug))
                .body("data.id", equalTo(created.path("data.id")))
                .body("data.slug", equalTo(slug))
                .body("data.name", equalTo(name))
                .body("data.bio", equalTo("Economics correspondent"))
                .body("data.avatarUrl", equalTo("https://images.example.com/amara.jpg"))
                .body("data.website", equalTo("https://amara.example.org"))
                .body("data.articleCount", equalTo(0))
                .body("data", not(hasKey("version")))
                .body("data", not(hasKey("createdAt")));
    }

    @Test
    void unknownSlugIsProblem404() {
        given().get("/api/v1/authors/no-such-author-anywhere")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("https://masthead.dev/problems/not-found"))
                .body("title", equalTo("Resource not found"))
                .body("status", equalTo(404))
                .body("code", equalTo("not-found"))
                .body("detail", containsString("no-such-author-anywhere"))
                .body("instance", equalTo("/api/v1/authors/no-such-author-anywhere"))
                .body("requestId", notNullValue());
    }

    @Test
    void conditionalGetOfAnAuthorAnswers304UntilItChanges() {
        CreatedAuthor author = AuthorFixtures.createAuthor("conditional");
        String etag = given().get("/api/v1/authors/" + author.slug()).then().statusCode(200).extract().header("ETag");

        given().header("If-None-Match", etag).get("/api/v1/authors/" + author.slug())
                .then().statusCode(304)
                .header("ETag", etag)
                .header("Cache-Control", containsString("max-age="))
                .body(equalTo(""));

        article().author(author.id()).published();

        String changed = given().header("If-None-Match", etag).get("/api/v1/authors/" + author.slug())
                .then().statusCode(200).body("data.articleCount", equalTo(1))
                .extract().header("ETag");
        assertNotEquals(etag, changed);
    }

    @Test
    void conditionalGetOfTheListAnswers304() {
        String etag = given().queryParam("pageSize", 5).get("/api/v1/authors")
                .then().statusCode(200).extract().header("ETag");

        given().queryParam("pageSize", 5).header("If-None-Match", etag).get("/api/v1/authors")
                .then().statusCode(304).header("ETag", etag).body(equalTo(""));
    }

    @Test
    void pagesWalkTheListAndLinkToEachOther() {
        AuthorFixtures.createAuthor("page-a");
        AuthorFixtures.createAuthor("page-b");
        AuthorFixtures.createAuthor("page-c");

        given().queryParam("pageSize", 1).queryParam("page", 2).get("/api/v1/authors")
                .then().statusCode(200)
                .body("data.size()", equalTo(1))
                .body("meta.page", equalTo(2))
                .body("meta.pageSize", equalTo(1))
                .body("meta.total", greaterThanOrEqualTo(3))
                .header("Link", containsString("rel=\"next\""))
                .header("Link", containsString("rel=\"prev\""));
    }

    @Test
    void draftOnlyAuthorIsListedWithZeroArticles() {
        CreatedAuthor author = AuthorFixtures.createAuthor("draft-only");
        article().author(author.id()).draft();

        assertEquals(0, findInList(author.slug()).get("articleCount"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "page=0 | page | invalid-parameter",
            "page=abc | page | invalid-parameter",
            "pageSize=0 | pageSize | invalid-parameter",
            "pageSize=101 | pageSize | invalid-parameter",
            "pageSize=2.5 | pageSize | invalid-parameter",
            "limit=5 | limit | unknown-parameter",
    })
    void badParametersAreProblem400(String query, String field, String code) {
        given().get("/api/v1/authors?" + query)
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("code", equalTo(code))
                .body("instance", equalTo("/api/v1/authors"))
                .body("errors.field", hasItem(field));
    }

    private static CreatedAuthor create(String name) {
        var response = asAdmin().body(Map.of("name", name)).post("/api/v1/admin/authors")
                .then().statusCode(201).extract();
        return new CreatedAuthor(response.path("data.id"), response.path("data.slug"), name);
    }

    private static List<String> allAuthorSlugs() {
        List<String> slugs = new ArrayList<>();
        for (int page = 1;; page++) {
            Response response = given().queryParam("pageSize", 100).queryParam("page", page).get("/api/v1/authors");
            response.then().statusCode(200);
            slugs.addAll(response.path("data.slug"));
            if (page >= (int) response.path("meta.totalPages")) {
                return slugs;
            }
        }
    }

    private static Map<String, Object> findInList(String slug) {
        for (int page = 1;; page++) {
            Response response = given().queryParam("pageSize", 100).queryParam("page", page).get("/api/v1/authors");
            response.then().statusCode(200);
            Map<String, Object> entry = response.path("data.find { it.slug == '" + slug + "' }");
            if (entry != null) {
                return entry;
            }
            if (page >= (int) response.path("meta.totalPages")) {
                throw new AssertionError("author " + slug + " is not in the list");
            }
        }
    }
}
