package dev.masthead.content;

import static dev.masthead.article.ArticleFixtures.article;
import static dev.masthead.author.AuthorFixtures.createAuthor;
import static dev.masthead.tag.TagFixtures.createTag;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.masthead.article.ArticleFixtures;
import dev.masthead.article.ArticleFixtures.CreatedArticle;
import dev.masthead.author.AuthorFixtures.CreatedAuthor;
import dev.masthead.tag.TagFixtures.CreatedTag;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

/**
 * Every Delivery GET is cached, and every write shows on the very next GET:
 * each test reads first (filling the cache), writes, then reads again.
 */
@QuarkusTest
class DeliveryFreshnessTest {

    private CreatedTag tag;
    private CreatedAuthor author;
    private CreatedArticle story;

    @BeforeEach
    void aPublishedStory() {
        tag = createTag("fresh-tag");
        author = createAuthor("fresh-author");
        story = article().tag(tag.id()).author(author.id()).published();
    }

    @Test
    void anEditShowsOnTheArticleItsListsAndRecentPosts() {
        readEverything();

        Writes.patch(Writes.article(story.id()), Map.of("title", "Rewritten headline"));

        bySlug(story.slug()).body("data.title", equalTo("Rewritten headline"));
        byTag().body("data[0].title", equalTo("Rewritten headline"));
        byAuthor().body("data[0].title", equalTo("Rewritten headline"));
        given().get("/api/v1/articles?pageSize=50").then().statusCode(200)
                .body("data.title", hasItem("Rewritten headline"));
        given().get("/api/v1/recent-posts?limit=50").then().statusCode(200)
                .body("data.title", hasItem("Rewritten headline"));
    }

    @Test
    void publishingCountsOnTagAndAuthorPagesAndLists() {
        readEverything();

        CreatedArticle second = article().tag(tag.id()).author(author.id()).published();

        byTag().body("meta.total", equalTo(2)).body("data[0].slug", equalTo(second.slug()));
        byAuthor().body("meta.total", equalTo(2));
        tagPage().body("data.articleCount", equalTo(2));
        authorPage().body("data.articleCount", equalTo(2));
        bySlug(second.slug());
        given().get("/api/v1/recent-posts").then().statusCode(200).body("data[0].slug", equalTo(second.slug()));
    }

    @Test
    void theSiteTotalFollowsPublishing() {
        long before = siteTotal();

        CreatedArticle second = article().author(author.id()).published();
        assertEquals(before + 1, siteTotal());

        ArticleFixtures.unpublish(second.id());
        ArticleFixtures.unpublish(story.id());
        assertEquals(before - 1, siteTotal());

        article().author(author.id()).draft();
        assertEquals(before - 1, siteTotal());
    }

    @Test
    void retaggingMovesTheArticleBetweenTagPages() {
        CreatedTag other = createTag("fresh-other");
        readEverything();
        given().get("/api/v1/articles?tag=" + other.slug()).then().statusCode(200).body("meta.total", equalTo(0));

        Writes.patch(Writes.article(story.id()), Map.of("tagIds", List.of(other.id())));

        byTag().body("meta.total", equalTo(0)).body("data.size()", equalTo(0));
        tagPage().body("data.articleCount", equalTo(0));
        given().get("/api/v1/articles?tag=" + other.slug()).then().statusCode(200)
                .body("meta.total", equalTo(1)).body("data[0].slug", equalTo(story.slug()));
        given().get("/api/v1/tags/" + other.slug()).then().statusCode(200).body("data.articleCount", equalTo(1));
    }

    @Test
    void unpublishingTakesTheArticleOffEveryPage() {
        readEverything();

        ArticleFixtures.unpublish(story.id());

        given().get("/api/v1/articles/" + story.slug()).then().statusCode(404);
        byTag().body("meta.total", equalTo(0));
        byAuthor().body("meta.total", equalTo(0));
        tagPage().body("data.articleCount", equalTo(0));
        authorPage().body("data.articleCount", equalTo(0));
        given().get("/api/v1/recent-posts?limit=50").then().statusCode(200)
                .body("data.slug", not(hasItem(story.slug())));
    }

    @Test
    void deletingTakesTheArticleOffEveryPage() {
        readEverything();

        Writes.delete(Writes.article(story.id()));

        given().get("/api/v1/articles/" + story.slug()).then().statusCode(404);
        byTag().body("meta.total", equalTo(0));
        tagPage().body("data.articleCount", equalTo(0));
        authorPage().body("data.articleCount", equalTo(0));
    }

    @Test
    void aNewSlugAnswersAndTheOldOneRedirects() {
        readEverything();

        Writes.patch(Writes.article(story.id()), Map.of("slug", story.slug() + "-moved"));

        given().redirects().follow(false).get("/api/v1/articles/" + story.slug()).then().statusCode(301);
        bySlug(story.slug() + "-moved");
    }

    @Test
    void renamingATagShowsOnItsArticlesAndPages() {
        readEverything();

        Writes.patch(Writes.tag(tag.id()), Map.of("name", "0 Renamed section", "slug", tag.slug() + "-renamed"));

        bySlug(story.slug()).body("data.tags[0].name", equalTo("0 Renamed section"));
        given().get("/api/v1/tags/" + tag.slug()).then().statusCode(404);
        given().get("/api/v1/tags/" + tag.slug() + "-renamed").then().statusCode(200)
                .body("data.name", equalTo("0 Renamed section"));
        given().get("/api/v1/tags?pageSize=100").then().statusCode(200).body("data.name", hasItem("0 Renamed section"));
    }

    @Test
    void deletingATagTakesItOffItsArticles() {
        readEverything();

        Writes.delete(Writes.tag(tag.id()));

        bySlug(story.slug()).body("data.tags.size()", equalTo(0));
        tagPage().statusCode(404);
    }

    @Test
    void renamingAnAuthorShowsOnTheByline() {
        readEverything();

        Writes.patch(Writes.author(author.id()), Map.of("name", "0 Renamed Reporter"));

        bySlug(story.slug()).body("data.authors[0].name", equalTo("0 Renamed Reporter"));
        authorPage().body("data.name", equalTo("0 Renamed Reporter"));
        given().get("/api/v1/authors?pageSize=100").then().statusCode(200)
                .body("data.name", hasItem("0 Renamed Reporter"));
    }

    @Test
    void aChangedArticleIsNeverAnswered304ForItsOldETag() {
        var before = given().get("/api/v1/articles/" + story.slug()).then().statusCode(200).extract();
        String oldTag = before.header("ETag");
        given().header("If-None-Match", oldTag).get("/api/v1/articles/" + story.slug()).then().statusCode(304);

        Writes.patch(Writes.article(story.id()), Map.of("markdown", "A corrected first paragraph."));

        String newTag = given().header("If-None-Match", oldTag).get("/api/v1/articles/" + story.slug())
                .then().statusCode(200).extract().header("ETag");
        assertNotEquals(oldTag, newTag);
        given().header("If-None-Match", newTag).get("/api/v1/articles/" + story.slug()).then().statusCode(304);
    }

    @Test
    void aChangedListIsNeverAnswered304ForItsOldETag() {
        String path = "/api/v1/articles?tag=" + tag.slug();
        String oldTag = given().get(path).then().statusCode(200).extract().header("ETag");

        article().tag(tag.id()).author(author.id()).published();

        given().header("If-None-Match", oldTag).get(path).then().statusCode(200);
    }

    @Test
    void aRepeatedReadIsTheSameBytes() {
        var first = given().get("/api/v1/articles/" + story.slug()).then().statusCode(200).extract();
        var second = given().get("/api/v1/articles/" + story.slug()).then().statusCode(200).extract();

        assertEquals(first.header("ETag"), second.header("ETag"));
        assertEquals(first.asString(), second.asString());
        assertEquals(first.header("Last-Modified"), second.header("Last-Modified"));
        assertEquals(first.header("Surrogate-Key"), second.header("Surrogate-Key"));
    }

    private static long siteTotal() {
        return given().get("/api/v1/articles?pageSize=1").then().statusCode(200).extract().<Number>path("meta.total")
                .longValue();
    }

    private void readEverything() {
        bySlug(story.slug());
        byTag();
        byAuthor();
        tagPage();
        authorPage();
        given().get("/api/v1/articles?pageSize=50").then().statusCode(200);
        given().get("/api/v1/recent-posts").then().statusCode(200);
        given().get("/api/v1/recent-posts?limit=50").then().statusCode(200);
        given().get("/api/v1/tags?pageSize=100").then().statusCode(200);
        given().get("/api/v1/authors?pageSize=100").then().statusCode(200);
    }

    private static ValidatableResponse bySlug(String slug) {
        return given().get("/api/v1/articles/" + slug).then().statusCode(200);
    }

    private ValidatableResponse byTag() {
        return given().get("/api/v1/articles?tag=" + tag.slug()).then().statusCode(200);
    }

    private ValidatableResponse byAuthor() {
        return given().get("/api/v1/articles?author=" + author.slug()).then().statusCode(200);
    }

    private ValidatableResponse tagPage() {
        return given().get("/api/v1/tags/" + tag.slug()).then();
    }

    private ValidatableResponse authorPage() {
        return given().get("/api/v1/authors/" + author.slug()).then();
    }
}
