package dev.masthead.feed;

import static dev.masthead.article.ArticleFixtures.article;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.masthead.article.ArticleFixtures;
import dev.masthead.article.ArticleFixtures.CreatedArticle;
import dev.masthead.author.AuthorFixtures;
import dev.masthead.author.AuthorFixtures.CreatedAuthor;
import dev.masthead.content.Writes;
import dev.masthead.tag.TagFixtures;
import dev.masthead.tag.TagFixtures.CreatedTag;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/** What every feed shares, whatever its format: parameters, 404s, drafts, caching and freshness. */
@QuarkusTest
class FeedResourceTest {

    private static final Instant BASE = Instant.parse("2024-08-01T06:00:00Z");
    private static final Map<String, String> TYPES = Map.of(
            "rss.xml", "application/rss+xml; charset=utf-8",
            "atom.xml", "application/atom+xml; charset=utf-8",
            "feed.json", "application/feed+json; charset=utf-8");

    @Test
    void everyFeedAnswersInItsOwnMediaType() {
        CreatedTag tag = TagFixtures.createTag("types");
        CreatedAuthor author = AuthorFixtures.createAuthor("types");
        article().tag(tag.id()).author(author.id()).published();

        for (String base : List.of("/feeds", "/feeds/tags/" + tag.slug(), "/feeds/authors/" + author.slug())) {
            TYPES.forEach((file, type) -> given().get(base + "/" + file)
                    .then().statusCode(200)
                    .header("Content-Type", type)
                    .header("ETag", notNullValue())
                    .header("Last-Modified", notNullValue())
                    .header("Cache-Control", notNullValue()));
        }
    }

    @Test
    void limitDefaultsToThirtyAndGoesUpToAHundred() {
        CreatedTag tag = TagFixtures.createTag("limits");
        for (int i = 0; i < 32; i++) {
            article().tag(tag.id()).publishedAt(BASE.plusSeconds(i));
        }
        String feed = "/feeds/tags/" + tag.slug();

        assertEquals(30, FeedXml.parse(given().get(feed + "/rss.xml").asByteArray()).count("/rss/channel/item"));
        assertEquals(32, FeedXml.parse(given().queryParam("limit", 100).get(feed + "/atom.xml").asByteArray())
                .count("/atom:feed/atom:entry"));
        given().queryParam("limit", 1).get(feed + "/feed.json").then().statusCode(200).body("items", hasSize(1));
    }

    @ParameterizedTest
    @ValueSource(strings = { "0", "101", "abc", "-1", "1.5" })
    void aLimitOutOfRangeOrNotANumberIsA400(String limit) {
        for (String file : TYPES.keySet()) {
            given().queryParam("limit", limit).get("/feeds/" + file)
                    .then().statusCode(400)
                    .contentType("application/problem+json")
                    .body("code", equalTo("invalid-parameter"))
                    .body("errors[0].field", equalTo("limit"));
        }
    }

    @Test
    void anUnknownParameterIsA400() {
        given().queryParam("page", 2).get("/feeds/rss.xml").then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void anUnknownTagOrAuthorIsA404Problem() {
        for (String file : TYPES.keySet()) {
            for (String base : List.of("/feeds/tags/no-such-tag-anywhere", "/feeds/authors/no-such-author-anywhere")) {
                given().get(base + "/" + file)
                        .then().statusCode(404)
                        .contentType("application/problem+json")
                        .body("code", equalTo("not-found"));
            }
        }
    }

    @Test
    void draftsAndUnpublishedArticlesNeverShow() {
        CreatedTag tag = TagFixtures.createTag("drafts");
        CreatedArticle published = article().tag(tag.id()).publishedAt(BASE);
        CreatedArticle draft = article().tag(tag.id()).draft();
        CreatedArticle withdrawn = article().tag(tag.id()).publishedAt(BASE.plusSeconds(5));
        ArticleFixtures.unpublish(withdrawn.id());
        String feed = "/feeds/tags/" + tag.slug();

        assertEquals(List.of(published.id()),
                FeedXml.parse(given().get(feed + "/rss.xml").asByteArray()).texts("/rss/channel/item/guid"));
        assertEquals(List.of("urn:uuid:" + published.id()),
                FeedXml.parse(given().get(feed + "/atom.xml").asByteArray()).texts("/atom:feed/atom:entry/atom:id"));
        given().get(feed + "/feed.json").then().statusCode(200).body("items.id", equalTo(List.of(published.id())));
        for (String site : List.of("/feeds/rss.xml?limit=100", "/feeds/atom.xml?limit=100")) {
            String body = given().get(site).asString();
            assertFalse(body.contains(draft.id()), site);
            assertFalse(body.contains(withdrawn.id()), site);
        }
    }

    @Test
    void everyChangeShowsOnTheNextRequestAndTheOldEtagNoLongerMatches() {
        CreatedTag tag = TagFixtures.createTag("changes");
        CreatedArticle first = article().tag(tag.id()).publishedAt(BASE);
        String feed = "/feeds/tags/" + tag.slug() + "/rss.xml";
        String etag = given().get(feed).then().statusCode(200).extract().header("ETag");

        CreatedArticle second = article().tag(tag.id()).publishedAt(BASE.plusSeconds(60));
        etag = changed(feed, etag, List.of(second.id(), first.id()));

        Writes.patch(Writes.article(first.id()), Map.of("title", "A rewritten headline"));
        etag = changed(feed, etag, List.of(second.id(), first.id()));
        assertEquals("A rewritten headline",
                FeedXml.parse(given().get(feed).asByteArray()).text("/rss/channel/item[2]/title"));

        ArticleFixtures.unpublish(second.id());
        etag = changed(feed, etag, List.of(first.id()));

        Writes.delete(Writes.article(first.id()));
        changed(feed, etag, List.of());
    }

    /** The feed now holds these items, and the ETag held before gets the whole feed, not a 304. */
    private static String changed(String feed, String oldEtag, List<String> ids) {
        Response response = given().header("If-None-Match", oldEtag).get(feed);
        assertEquals(200, response.statusCode());
        assertNotEquals(oldEtag, response.header("ETag"));
        assertEquals(ids, FeedXml.parse(response.asByteArray()).texts("/rss/channel/item/guid"));
        return response.header("ETag");
    }

    @Test
    void aLostItemMovesLastModifiedForwardSoIfModifiedSinceSeesIt() throws InterruptedException {
        CreatedTag tag = TagFixtures.createTag("lost");
        article().tag(tag.id()).publishedAt(BASE);
        CreatedArticle newest = article().tag(tag.id()).publishedAt(BASE.plusSeconds(60));
        String feed = "/feeds/tags/" + tag.slug() + "/atom.xml";
        String lastModified = given().get(feed).then().statusCode(200).extract().header("Last-Modified");
        // HTTP dates count whole seconds: the unpublishing must land in a later one.
        Thread.sleep(1100);

        ArticleFixtures.unpublish(newest.id());

        // The entries left are all older than the one that went: only the write itself dates the change.
        Response after = given().header("If-Modified-Since", lastModified).get(feed);
        assertEquals(200, after.statusCode());
        assertTrue(FeedFixtures.httpDate(after.header("Last-Modified")).isAfter(FeedFixtures.httpDate(lastModified)));
        assertEquals(1, FeedXml.parse(after.asByteArray()).count("/atom:feed/atom:entry"));
    }

    @Test
    void aMatchingEtagOrAnUnchangedDateAnswers304WithoutABody() {
        CreatedTag tag = TagFixtures.createTag("not-modified");
        article().tag(tag.id()).publishedAt(BASE);
        for (String file : TYPES.keySet()) {
            String feed = "/feeds/tags/" + tag.slug() + "/" + file;
            Response first = given().get(feed);
            given().header("If-None-Match", first.header("ETag")).get(feed)
                    .then().statusCode(304).header("ETag", first.header("ETag"));
            given().header("If-Modified-Since", first.header("Last-Modified")).get(feed)
                    .then().statusCode(304);
            assertEquals("", given().header("If-None-Match", first.header("ETag")).get(feed).asString());
        }
    }

    @Test
    void headAnswersTheHeadersWithoutTheBody() {
        CreatedTag tag = TagFixtures.createTag("head");
        article().tag(tag.id()).publishedAt(BASE);
        for (Map.Entry<String, String> format : TYPES.entrySet()) {
            String feed = "/feeds/tags/" + tag.slug() + "/" + format.getKey();
            Response get = given().get(feed);
            Response head = given().head(feed);
            assertEquals(200, head.statusCode());
            assertEquals(format.getValue(), head.header("Content-Type"));
            assertEquals(get.header("ETag"), head.header("ETag"));
            assertEquals(get.header("Last-Modified"), head.header("Last-Modified"));
            assertEquals(get.header("Surrogate-Key"), head.header("Surrogate-Key"));
            assertEquals(0, head.asByteArray().length);
        }
    }

    @Test
    void surrogateKeysNameTheListTheTagAndTheItems() {
        CreatedTag tag = TagFixtures.createTag("keys");
        CreatedArticle piece = article().tag(tag.id()).publishedAt(BASE);

        given().get("/feeds/tags/" + tag.slug() + "/feed.json")
                .then().statusCode(200)
                .header("Surrogate-Key", "list:articles tag:" + tag.slug() + " article:" + piece.id());
    }

    @Test
    void theSameContentGivesTheSameBytes() {
        CreatedTag tag = TagFixtures.createTag("stable");
        article().tag(tag.id()).publishedAt(BASE);
        String feed = "/feeds/tags/" + tag.slug() + "/rss.xml";
        byte[] before = given().get(feed).asByteArray();

        // An unrelated write empties the cache, so the next GET renders again.
        TagFixtures.createTag("unrelated");

        assertEquals(new String(before), new String(given().get(feed).asByteArray()));
    }
}
