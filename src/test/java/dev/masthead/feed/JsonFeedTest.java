package dev.masthead.feed;

import static dev.masthead.article.ArticleFixtures.article;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import dev.masthead.article.ArticleFixtures.CreatedArticle;
import dev.masthead.tag.TagFixtures;
import dev.masthead.tag.TagFixtures.CreatedTag;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

@QuarkusTest
class JsonFeedTest {

    private static final Instant BASE = Instant.parse("2024-07-01T12:00:00Z");

    @Test
    void aTagsFeedCarriesEveryItemField() {
        CreatedTag tag = TagFixtures.createTag("json");
        CreatedTag other = TagFixtures.createTag("json-other");
        Map<String, String> author = FeedFixtures.authorWithAvatar("json-author");
        CreatedArticle piece = article().tag(tag.id()).tag(other.id()).author(author.get("id"))
                .set("featureImage", Map.of("url", "https://images.example.com/json.jpg"))
                .publishedAt(BASE);
        FeedFixtures.Shown shown = FeedFixtures.shown(piece.slug());
        String self = FeedFixtures.SITE + "/feeds/tags/" + tag.slug() + "/feed.json";

        given().get("/feeds/tags/" + tag.slug() + "/feed.json")
                .then().statusCode(200)
                .header("Content-Type", "application/feed+json; charset=utf-8")
                .body("version", equalTo("https://jsonfeed.org/version/1.1"))
                .body("title", equalTo(tag.name() + " — " + FeedFixtures.SITE_NAME))
                .body("home_page_url", equalTo(FeedFixtures.SITE + "/tag/" + tag.slug()))
                .body("feed_url", equalTo(self))
                .body("description", equalTo(FeedFixtures.SITE_DESCRIPTION))
                .body("language", equalTo("en"))
                .body("$", not(hasKey("next_url")))
                .body("$", not(hasKey("hubs")))
                .body("items.id", contains(piece.id()))
                .body("items[0].url", equalTo(FeedFixtures.SITE + "/" + piece.slug()))
                .body("items[0].title", equalTo(piece.title()))
                .body("items[0].content_html", equalTo(shown.html()))
                .body("items[0].summary", equalTo(shown.excerpt()))
                .body("items[0].image", equalTo("https://images.example.com/json.jpg"))
                .body("items[0].date_published", equalTo("2024-07-01T12:00:00Z"))
                .body("items[0].date_modified", equalTo(shown.updatedAt().toString()))
                .body("items[0].authors[0].name", equalTo(author.get("name")))
                .body("items[0].authors[0].url", equalTo(FeedFixtures.SITE + "/author/" + author.get("slug")))
                .body("items[0].authors[0].avatar", equalTo(author.get("avatar")))
                .body("items[0].tags", contains(tag.name(), other.name()));
    }

    @Test
    void nextUrlWalksAWholeTagWithoutRepeatsOrGaps() {
        CreatedTag tag = TagFixtures.createTag("json-walk");
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            expected.add(0, article().tag(tag.id()).publishedAt(BASE.plusSeconds(i * 60L)).id());
        }
        // Two published in the same second: the id breaks the tie.
        CreatedArticle twinA = article().tag(tag.id()).publishedAt(BASE.minusSeconds(60));
        CreatedArticle twinB = article().tag(tag.id()).publishedAt(BASE.minusSeconds(60));
        List<String> twins = twinA.id().compareTo(twinB.id()) > 0 ? List.of(twinA.id(), twinB.id())
                : List.of(twinB.id(), twinA.id());
        expected.addAll(twins);

        List<String> walked = new ArrayList<>();
        String next = FeedFixtures.SITE + "/feeds/tags/" + tag.slug() + "/feed.json?limit=2";
        int pages = 0;
        while (next != null) {
            URI uri = URI.create(next);
            assertTrue(next.startsWith(FeedFixtures.SITE + "/feeds/tags/" + tag.slug() + "/feed.json?limit=2"), next);
            JsonPath page = given().get(uri.getRawPath() + "?" + uri.getRawQuery()).then().statusCode(200).extract().jsonPath();
            List<String> ids = page.getList("items.id");
            assertTrue(ids.size() <= 2);
            walked.addAll(ids);
            next = page.getString("next_url");
            pages++;
        }

        assertEquals(4, pages);
        Set<String> distinct = new LinkedHashSet<>(walked);
        assertEquals(walked.size(), distinct.size(), "no item twice");
        // UUID order in SQL and in Java may differ for the twins; the set of both is what must hold.
        assertEquals(expected.subList(0, 5), walked.subList(0, 5));
        assertEquals(Set.copyOf(twins), Set.copyOf(walked.subList(5, 7)));
    }

    @Test
    void aCursorThatWasAlteredOrMadeUpIsA400() {
        CreatedTag tag = TagFixtures.createTag("json-cursor");
        article().tag(tag.id()).publishedAt(BASE);
        article().tag(tag.id()).publishedAt(BASE.plusSeconds(60));
        String next = given().get("/feeds/tags/" + tag.slug() + "/feed.json?limit=1").then().statusCode(200)
                .extract().path("next_url");
        String cursor = next.substring(next.indexOf("cursor=") + 7);
        String altered = (cursor.charAt(0) == 'A' ? "B" : "A") + cursor.substring(1);

        for (String bad : List.of(altered, "made-up", cursor + "x")) {
            given().queryParam("cursor", bad).get("/feeds/tags/" + tag.slug() + "/feed.json")
                    .then().statusCode(400)
                    .contentType("application/problem+json")
                    .body("code", equalTo("invalid-parameter"))
                    .body("errors[0].field", equalTo("cursor"));
        }
        given().queryParam("cursor", cursor).get("/feeds/tags/" + tag.slug() + "/feed.json")
                .then().statusCode(200).body("items", org.hamcrest.Matchers.hasSize(1)).body("next_url", nullValue());
    }

    @Test
    void rssAndAtomTakeNoCursor() {
        for (String file : List.of("rss.xml", "atom.xml")) {
            given().queryParam("cursor", "x").get("/feeds/" + file)
                    .then().statusCode(400).contentType("application/problem+json");
        }
    }

    @Test
    void theSiteFeedNamesTheSite() {
        CreatedArticle fresh = article().published();

        JsonPath feed = given().get("/feeds/feed.json").then().statusCode(200).extract().jsonPath();

        assertEquals(FeedFixtures.SITE_NAME, feed.getString("title"));
        assertEquals(FeedFixtures.SITE + "/", feed.getString("home_page_url"));
        assertEquals(FeedFixtures.SITE + "/feeds/feed.json", feed.getString("feed_url"));
        assertEquals(fresh.id(), feed.getString("items[0].id"));
        assertNull(feed.get("authors"));
    }
}
