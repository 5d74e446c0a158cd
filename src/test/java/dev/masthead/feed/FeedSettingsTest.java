package dev.masthead.feed;

import static dev.masthead.article.ArticleFixtures.article;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.masthead.article.ArticleFixtures.CreatedArticle;
import dev.masthead.tag.TagFixtures;
import dev.masthead.tag.TagFixtures.CreatedTag;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;

/**
 * The feed settings other than their defaults, in one profile (each
 * profile restarts the service): three entries a feed, a WebSub hub, and
 * a content budget of 2 KB, which two bodies of about 900 characters fit
 * and a third does not.
 */
@QuarkusTest
@TestProfile(FeedSettingsTest.SmallFeeds.class)
class FeedSettingsTest {

    public static class SmallFeeds implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("masthead.feeds.items", "3",
                    "masthead.feeds.hub-url", HUB,
                    "masthead.feeds.max-content-size", "2K");
        }
    }

    private static final String HUB = "https://hub.example.com/";
    private static final Instant BASE = Instant.parse("2024-09-01T07:00:00Z");
    private static final String LONG = "Harbour ".repeat(110);

    @Test
    void everyFormatNamesTheHub() {
        FeedXml rss = FeedXml.parse(given().get("/feeds/rss.xml").then().statusCode(200).extract().asByteArray());
        assertEquals(HUB, rss.text("/rss/channel/atom:link[@rel='hub']/@href"));
        FeedXml atom = FeedXml.parse(given().get("/feeds/atom.xml").then().statusCode(200).extract().asByteArray());
        assertEquals(HUB, atom.text("/atom:feed/atom:link[@rel='hub']/@href"));
        given().get("/feeds/feed.json").then().statusCode(200)
                .body("hubs", hasSize(1))
                .body("hubs[0].type", equalTo("WebSub"))
                .body("hubs[0].url", equalTo(HUB));
    }

    @Test
    void theConfiguredNumberOfEntriesIsTheDefault() {
        CreatedTag tag = TagFixtures.createTag("three");
        for (int i = 0; i < 4; i++) {
            article().tag(tag.id()).publishedAt(BASE.plusSeconds(i));
        }

        given().get("/feeds/tags/" + tag.slug() + "/feed.json").then().statusCode(200).body("items", hasSize(3));
        given().queryParam("limit", 4).get("/feeds/tags/" + tag.slug() + "/feed.json").then().statusCode(200)
                .body("items", hasSize(4));
    }

    @Test
    void bodiesGoNewestFirstUntilTheBudgetIsSpentThenSummariesOnly() {
        CreatedTag tag = TagFixtures.createTag("budget");
        CreatedArticle oldestSmall = article().tag(tag.id()).markdown("Short.").publishedAt(BASE);
        CreatedArticle third = article().tag(tag.id()).markdown(LONG).publishedAt(BASE.plusSeconds(1));
        CreatedArticle second = article().tag(tag.id()).markdown(LONG).publishedAt(BASE.plusSeconds(2));
        CreatedArticle newest = article().tag(tag.id()).markdown(LONG).publishedAt(BASE.plusSeconds(3));
        String feed = "/feeds/tags/" + tag.slug();

        JsonPath json = given().queryParam("limit", 10).get(feed + "/feed.json").then().statusCode(200)
                .extract().jsonPath();
        assertEquals(List.of(newest.id(), second.id(), third.id(), oldestSmall.id()), json.getList("items.id"));
        assertEquals(FeedFixtures.shown(newest.slug()).html(), json.getString("items[0].content_html"));
        assertEquals(FeedFixtures.shown(second.slug()).html(), json.getString("items[1].content_html"));
        // The third does not fit; the small one after it gets no body either: bodies are a newest-first run.
        assertNull(json.getString("items[2].content_html"));
        assertNull(json.getString("items[3].content_html"));
        given().queryParam("limit", 10).get(feed + "/feed.json").then()
                .body("items.summary", contains(List.of(newest, second, third, oldestSmall).stream()
                        .map(a -> FeedFixtures.shown(a.slug()).excerpt()).toArray()));

        FeedXml rss = FeedXml.parse(given().queryParam("limit", 10).get(feed + "/rss.xml").asByteArray());
        assertEquals(2, rss.count("/rss/channel/item/content:encoded"));
        assertEquals(4, rss.count("/rss/channel/item/description"));
        FeedXml atom = FeedXml.parse(given().queryParam("limit", 10).get(feed + "/atom.xml").asByteArray());
        assertEquals(2, atom.count("/atom:feed/atom:entry/atom:content"));
        assertEquals(4, atom.count("/atom:feed/atom:entry/atom:summary"));
    }
}
