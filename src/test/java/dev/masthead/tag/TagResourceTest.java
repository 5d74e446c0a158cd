package dev.masthead.tag;

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
import dev.masthead.tag.TagFixtures.CreatedTag;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

@QuarkusTest
class TagResourceTest {

    @Test
    void listIsAnEnvelopeWithPagingMetaAndCachingHeaders() {
        TagFixtures.createTag("envelope");

        Response response = given().get("/api/v1/tags");
        response.then().statusCode(200)
                .contentType("application/json")
                .header("ETag", notNullValue())
                .header("Cache-Control", containsString("public"))
                .header("Cache-Control", containsString("max-age="))
                .header("Cache-Control", containsString("stale-while-revalidate="))
                .header("Surrogate-Key", containsString("list:tags"))
                .body("data", notNullValue())
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
        CreatedTag charlie = create(base + " charlie");
        CreatedTag alpha = create(base + " alpha");
        CreatedTag bravo = create(base + " bravo");

        List<String> mine = allTagSlugs().stream()
                .filter(slug -> slug.equals(alpha.slug()) || slug.equals(bravo.slug()) || slug.equals(charlie.slug()))
                .toList();

        assertEquals(List.of(alpha.slug(), bravo.slug(), charlie.slug()), mine);
    }

    @Test
    void listEntriesCarryTheDeliveryFieldsOnly() {
        CreatedTag tag = TagFixtures.createTag("fields");
        asAdmin().contentType("application/merge-patch+json").header("If-Match", "\"0\"")
                .body(Map.of("description", "Coverage of the coast"))
                .patch("/api/v1/admin/tags/" + tag.id()).then().statusCode(200);

        Map<String, Object> entry = findInList(tag.slug());

        assertEquals(tag.id(), entry.get("id"));
        assertEquals(tag.name(), entry.get("name"));
        assertEquals("Coverage of the coast", entry.get("description"));
        assertEquals(0, entry.get("articleCount"));
        assertEquals(List.of("articleCount", "description", "id", "name", "slug"),
                entry.keySet().stream().sorted().toList());
    }

    @Test
    void articleCountCountsPublishedArticlesOnly() {
        CreatedTag tag = TagFixtures.createTag("counted");
        article().tag(tag.id()).published();
        article().tag(tag.id()).published();
        article().tag(tag.id()).draft();

        given().get("/api/v1/tags/" + tag.slug())
                .then().statusCode(200)
                .body("data.articleCount", equalTo(2));
        assertEquals(2, findInList(tag.slug()).get("articleCount"));
    }

    @Test
    void getBySlugShowsTheTag() {
        String name = Unique.name("Harbour Affairs");
        var created = asAdmin().body(Map.of("name", name, "description", "Ships, ports and quays"))
                .post("/api/v1/admin/tags").then().statusCode(201).extract();
        String id = created.path("data.id");
        String slug = created.path("data.slug");

        given().get("/api/v1/tags/" + slug)
                .then().statusCode(200)
                .contentType("application/json")
                .header("ETag", notNullValue())
                .header("Cache-Control", containsString("public"))
                .header("Surrogate-Key", containsString("tag:" + slug))
                .body("data.slug", equalTo(slug))
                .body("data.name", equalTo(name))
                .body("data.description", equalTo("Ships, ports and quays"))
                .body("data.articleCount", equalTo(0))
                .body("data", not(hasKey("version")))
                .body("data", not(hasKey("createdAt")))
                .body("data.id", equalTo(id));
    }

    @Test
    void unknownSlugIsProblem404() {
        given().get("/api/v1/tags/no-such-tag-anywhere")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("https://masthead.dev/problems/not-found"))
                .body("title", equalTo("Resource not found"))
                .body("status", equalTo(404))
                .body("code", equalTo("not-found"))
                .body("detail", containsString("no-such-tag-anywhere"))
                .body("instance", equalTo("/api/v1/tags/no-such-tag-anywhere"))
                .body("requestId", notNullValue());
    }

    @Test
    void conditionalGetOfATagAnswers304UntilItChanges() {
        CreatedTag tag = TagFixtures.createTag("conditional");
        String etag = given().get("/api/v1/tags/" + tag.slug()).then().statusCode(200).extract().header("ETag");

        given().header("If-None-Match", etag).get("/api/v1/tags/" + tag.slug())
                .then().statusCode(304)
                .header("ETag", etag)
                .header("Cache-Control", containsString("max-age="))
                .body(equalTo(""));

        article().tag(tag.id()).published();

        String changed = given().header("If-None-Match", etag).get("/api/v1/tags/" + tag.slug())
                .then().statusCode(200).body("data.articleCount", equalTo(1))
                .extract().header("ETag");
        assertNotEquals(etag, changed);
    }

    @Test
    void conditionalGetOfTheListAnswers304() {
        String etag = given().queryParam("pageSize", 5).get("/api/v1/tags")
                .then().statusCode(200).extract().header("ETag");

        given().queryParam("pageSize", 5).header("If-None-Match", etag).get("/api/v1/tags")
                .then().statusCode(304).header("ETag", etag).body(equalTo(""));
    }

    @Test
    void staleEtagGetsTheFullBody() {
        CreatedTag tag = TagFixtures.createTag("stale-etag");

        given().header("If-None-Match", "\"not-the-current-one\"").get("/api/v1/tags/" + tag.slug())
                .then().statusCode(200).body("data.slug", equalTo(tag.slug()));
    }

    @Test
    void pagesWalkTheListAndLinkToEachOther() {
        TagFixtures.createTag("page-a");
        TagFixtures.createTag("page-b");
        TagFixtures.createTag("page-c");

        given().queryParam("pageSize", 1).queryParam("page", 2).get("/api/v1/tags")
                .then().statusCode(200)
                .body("data.size()", equalTo(1))
                .body("meta.page", equalTo(2))
                .body("meta.pageSize", equalTo(1))
                .body("meta.total", greaterThanOrEqualTo(3))
                .header("Link", containsString("rel=\"next\""))
                .header("Link", containsString("rel=\"prev\""))
                .header("Link", containsString("page=3"))
                .header("Link", containsString("page=1"));
    }

    @Test
    void pageBeyondTheEndIsEmpty() {
        given().queryParam("pageSize", 100).queryParam("page", 100000).get("/api/v1/tags")
                .then().statusCode(200)
                .body("data.size()", equalTo(0))
                .body("meta.page", equalTo(100000));
    }

    @Test
    void headAnswersLikeGetWithoutABody() {
        CreatedTag tag = TagFixtures.createTag("head");
        String etag = given().get("/api/v1/tags/" + tag.slug()).header("ETag");

        given().head("/api/v1/tags/" + tag.slug())
                .then().statusCode(200).header("ETag", etag).body(equalTo(""));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "page=0 | page | invalid-parameter",
            "page=-1 | page | invalid-parameter",
            "page=abc | page | invalid-parameter",
            "page=1.5 | page | invalid-parameter",
            "page=99999999999 | page | invalid-parameter",
            "pageSize=0 | pageSize | invalid-parameter",
            "pageSize=101 | pageSize | invalid-parameter",
            "pageSize=ten | pageSize | invalid-parameter",
            "pagesize=5 | pagesize | unknown-parameter",
            "sort=name | sort | unknown-parameter",
    })
    void badParametersAreProblem400(String query, String field, String code) {
        given().get("/api/v1/tags?" + query)
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("code", equalTo(code))
                .body("type", equalTo("https://masthead.dev/problems/" + code))
                .body("instance", equalTo("/api/v1/tags"))
                .body("errors.field", hasItem(field));
    }

    @Test
    void unknownParameterOnTheItemIsProblem400() {
        CreatedTag tag = TagFixtures.createTag("item-param");

        given().queryParam("expand", "articles").get("/api/v1/tags/" + tag.slug())
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("code", equalTo("unknown-parameter"))
                .body("errors.field", hasItem("expand"));
    }

    private static CreatedTag create(String name) {
        var response = asAdmin().body(Map.of("name", name)).post("/api/v1/admin/tags")
                .then().statusCode(201).extract();
        return new CreatedTag(response.path("data.id"), response.path("data.slug"), name);
    }

    private static List<String> allTagSlugs() {
        List<String> slugs = new ArrayList<>();
        for (int page = 1;; page++) {
            Response response = given().queryParam("pageSize", 100).queryParam("page", page).get("/api/v1/tags");
            response.then().statusCode(200);
            slugs.addAll(response.path("data.slug"));
            if (page >= (int) response.path("meta.totalPages")) {
                return slugs;
            }
        }
    }

    private static Map<String, Object> findInList(String slug) {
        for (int page = 1;; page++) {
            Response response = given().queryParam("pageSize", 100).queryParam("page", page).get("/api/v1/tags");
            response.then().statusCode(200);
            Map<String, Object> entry = response.path("data.find { it.slug == '" + slug + "' }");
            if (entry != null) {
                return entry;
            }
            if (page >= (int) response.path("meta.totalPages")) {
                throw new AssertionError("tag " + slug + " is not in the list");
            }
        }
    }
}
