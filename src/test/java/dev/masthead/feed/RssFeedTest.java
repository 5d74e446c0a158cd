package dev.masthead.feed;

import static dev.masthead.article.ArticleFixtures.article;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.masthead.article.ArticleFixtures.CreatedArticle;
import dev.masthead.author.AuthorFixtures;
import dev.masthead.author.AuthorFixtures.CreatedAuthor;
import dev.masthead.tag.TagFixtures;
import dev.masthead.tag.TagFixtures.CreatedTag;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

@QuarkusTest
class RssFeedTest {

    private static final Instant BASE = Instant.parse("2024-05-01T10:00:00Z");

    @Test
    void aTagsChannelCarriesEveryItemFieldNewestFirst() {
        CreatedTag tag = TagFixtures.createTag("rss");
        CreatedTag other = TagFixtures.createTag("rss-other");
        CreatedAuthor lead = AuthorFixtures.createAuthor("rss-lead");
        CreatedAuthor second = AuthorFixtures.createAuthor("rss-second");
        CreatedArticle older = article().tag(tag.id()).tag(other.id()).author(lead.id()).author(second.id())
                .set("featureImage", Map.of("url", "https://images.example.com/rss.jpg", "alt", "Quay"))
                .publishedAt(BASE);
        CreatedArticle newer = article().tag(tag.id()).author(second.id()).publishedAt(BASE.plusSeconds(60));
        FeedFixtures.Shown shown = FeedFixtures.shown(older.slug());
        FeedFixtures.Shown newest = FeedFixtures.shown(newer.slug());

        Response response = given().get("/feeds/tags/" + tag.slug() + "/rss.xml");

        assertEquals(200, response.statusCode());
        assertEquals("application/rss+xml; charset=utf-8", response.header("Content-Type"));
        FeedXml rss = FeedXml.parse(response.asByteArray());
        assertEquals("2.0", rss.text("/rss/@version"));
        assertEquals(tag.name() + " — " + FeedFixtures.SITE_NAME, rss.text("/rss/channel/title"));
        assertEquals(FeedFixtures.SITE + "/tag/" + tag.slug(), rss.text("/rss/channel/link"));
        assertEquals(FeedFixtures.SITE_DESCRIPTION, rss.text("/rss/channel/description"));
        assertEquals("en", rss.text("/rss/channel/language"));
        Instant newestChange = newest.lastModified().isAfter(shown.lastModified()) ? newest.lastModified()
                : shown.lastModified();
        assertEquals(newestChange, rfc822(rss.text("/rss/channel/lastBuildDate")));
        assertEquals(FeedFixtures.SITE + "/feeds/tags/" + tag.slug() + "/rss.xml",
                rss.text("/rss/channel/atom:link[@rel='self']/@href"));
        assertEquals("application/rss+xml", rss.text("/rss/channel/atom:link[@rel='self']/@type"));
        assertEquals(0, rss.count("/rss/channel/atom:link[@rel='hub']"));
        for (String prefix : List.of("content", "dc", "atom", "media")) {
            assertEquals(Map.of("content", FeedXml.CONTENT, "dc", FeedXml.DC, "atom", FeedXml.ATOM, "media",
                    FeedXml.MEDIA).get(prefix), rss.declared(prefix), prefix);
        }

        assertEquals(List.of(newer.id(), older.id()), rss.texts("/rss/channel/item/guid"));
        String item = "/rss/channel/item[guid='" + older.id() + "']";
        assertEquals("false", rss.text(item + "/guid/@isPermaLink"));
        assertEquals(older.title(), rss.text(item + "/title"));
        assertEquals(FeedFixtures.SITE + "/" + older.slug(), rss.text(item + "/link"));
        assertEquals(BASE, rfc822(rss.text(item + "/pubDate")));
        assertEquals(shown.excerpt(), rss.text(item + "/description"));
        assertEquals(shown.html(), rss.text(item + "/content:encoded"));
        assertEquals(List.of(lead.name(), second.name()), rss.texts(item + "/dc:creator"));
        assertEquals(List.of(tag.name(), other.name()), rss.texts(item + "/category"));
        assertEquals("https://images.example.com/rss.jpg", rss.text(item + "/media:content/@url"));
        assertEquals("image", rss.text(item + "/media:content/@medium"));
        assertEquals(0, rss.count("/rss/channel/item[guid='" + newer.id() + "']/media:content"));
    }

    @Test
    void theSiteChannelNamesTheSiteAndHoldsTheNewestArticle() {
        CreatedArticle fresh = article().published();

        Response response = given().get("/feeds/rss.xml");

        assertEquals(200, response.statusCode());
        FeedXml rss = FeedXml.parse(response.asByteArray());
        assertEquals(FeedFixtures.SITE_NAME, rss.text("/rss/channel/title"));
        assertEquals(FeedFixtures.SITE + "/", rss.text("/rss/channel/link"));
        assertEquals(FeedFixtures.SITE_DESCRIPTION, rss.text("/rss/channel/description"));
        assertEquals(FeedFixtures.SITE + "/feeds/rss.xml", rss.text("/rss/channel/atom:link[@rel='self']/@href"));
        assertEquals(fresh.id(), rss.text("/rss/channel/item[1]/guid"));
        assertTrue(response.header("Surrogate-Key").startsWith("list:articles "), response.header("Surrogate-Key"));
        assertTrue(response.header("Surrogate-Key").contains("article:" + fresh.id()));
    }

    @Test
    void anAuthorsChannelTakesItsNameAndBio() {
        CreatedAuthor author = AuthorFixtures.createAuthor("rss-bio");
        CreatedArticle piece = article().author(author.id()).publishedAt(BASE);

        Response response = given().get("/feeds/authors/" + author.slug() + "/rss.xml");

        assertEquals(200, response.statusCode());
        FeedXml rss = FeedXml.parse(response.asByteArray());
        assertEquals(author.name() + " — " + FeedFixtures.SITE_NAME, rss.text("/rss/channel/title"));
        assertEquals(FeedFixtures.SITE + "/author/" + author.slug(), rss.text("/rss/channel/link"));
        assertEquals("Writes about rss-bio", rss.text("/rss/channel/description"));
        assertEquals(List.of(piece.id()), rss.texts("/rss/channel/item/guid"));
        assertEquals("list:articles author:" + author.slug() + " article:" + piece.id(), response.header("Surrogate-Key"));
    }

    private static Instant rfc822(String value) {
        return ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
    }
}
