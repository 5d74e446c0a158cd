package dev.masthead.article;

import static dev.masthead.article.ArticleFixtures.article;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.masthead.author.AuthorFixtures;
import dev.masthead.tag.TagFixtures;
import dev.masthead.tag.TagFixtures.CreatedTag;
import io.quarkus.test.junit.QuarkusTest;

/**
 * A list reads the authors and tags of the whole page in one statement; each
 * article must still get exactly its own, in credit and filing order.
 */
@QuarkusTest
class ArticleListRelationsTest {

    @Test
    void everyArticleOnAPageKeepsItsOwnAuthorsAndTagsInOrder() {
        CreatedTag section = TagFixtures.createTag("relations");
        List<String> authors = List.of(AuthorFixtures.createAuthor("rel-a").id(), AuthorFixtures.createAuthor("rel-b").id(),
                AuthorFixtures.createAuthor("rel-c").id());
        List<String> tags = List.of(TagFixtures.createTag("rel-x").id(), TagFixtures.createTag("rel-y").id());
        Map<String, List<String>> expected = new HashMap<>();
        for (int i = 0; i < 20; i++) {
            String first = authors.get(i % 3);
            String second = authors.get((i + 1) % 3);
            String tag = tags.get(i % 2);
            var created = article().tag(tag).tag(section.id()).author(first).author(second).published();
            expected.put(created.id(), List.of(first, second, tag, section.id()));
        }

        for (String mode : List.of("page", "cursor")) {
            var request = given().queryParam("tag", section.slug()).queryParam("pageSize", 20);
            if (mode.equals("cursor")) {
                request.queryParam("cursor", "");
            }
            List<Map<String, Object>> data = request.get("/api/v1/articles").then().statusCode(200)
                    .extract().path("data");
            assertEquals(20, data.size(), mode);
            for (Map<String, Object> item : data) {
                assertEquals(expected.get((String) item.get("id")), relationsOf(item), mode + " " + item.get("slug"));
            }
        }
    }

    @Test
    void oneTagsArticlesWalkInPublicationOrderByPageAndByCursor() {
        CreatedTag section = TagFixtures.createTag("walk");
        var writer = AuthorFixtures.createAuthor("walker");
        Instant start = Instant.parse("2024-03-01T08:00:00Z");
        List<String> newestFirst = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            newestFirst.add(0, article().tag(section.id()).author(writer.id()).publishedAt(start.plusSeconds(60L * i)).slug());
        }
        article().tag(section.id()).author(writer.id()).draft();

        List<String> walked = new ArrayList<>();
        String cursor = "";
        while (cursor != null) {
            var page = given().queryParam("tag", section.slug()).queryParam("pageSize", 3).queryParam("cursor", cursor)
                    .get("/api/v1/articles").then().statusCode(200).extract();
            walked.addAll(page.path("data.slug"));
            cursor = page.path("meta.nextCursor");
        }
        assertEquals(newestFirst, walked);

        List<String> paged = new ArrayList<>();
        for (int page = 1; page <= 3; page++) {
            var response = given().queryParam("author", writer.slug()).queryParam("pageSize", 3)
                    .queryParam("page", page).get("/api/v1/articles").then().statusCode(200)
                    .body("meta.total", equalTo(7)).extract();
            paged.addAll(response.path("data.slug"));
        }
        assertEquals(newestFirst, paged);

        List<String> oldestFirst = given().queryParam("tag", section.slug()).queryParam("sort", "publishedAt")
                .queryParam("pageSize", 10).get("/api/v1/articles").then().statusCode(200).extract().path("data.slug");
        List<String> reversed = new ArrayList<>(newestFirst);
        Collections.reverse(reversed);
        assertEquals(reversed, oldestFirst);
    }

    @SuppressWarnings("unchecked")
    private static List<String> relationsOf(Map<String, Object> item) {
        List<String> ids = new ArrayList<>();
        ((List<Map<String, Object>>) item.get("authors")).forEach(author -> ids.add((String) author.get("id")));
        ((List<Map<String, Object>>) item.get("tags")).forEach(tag -> ids.add((String) tag.get("id")));
        assertEquals(ids.get(0), ((Map<String, Object>) item.get("primaryAuthor")).get("id"));
        assertEquals(ids.get(2), ((Map<String, Object>) item.get("primaryTag")).get("id"));
        return ids;
    }
}
