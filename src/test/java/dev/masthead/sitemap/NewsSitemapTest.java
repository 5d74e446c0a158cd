package dev.masthead.sitemap;

import static dev.masthead.article.ArticleFixtures.article;
import static dev.masthead.sitemap.SitemapPages.SITE;
import static dev.masthead.sitemap.SitemapPages.bytes;
import static dev.masthead.sitemap.SitemapPages.entry;
import static dev.masthead.sitemap.SitemapPages.get;
import static dev.masthead.sitemap.SitemapPages.news;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import dev.masthead.Unique;
import dev.masthead.article.ArticleFixtures;
import dev.masthead.article.ArticleFixtures.CreatedArticle;
import dev.masthead.text.XmlText;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The Google News sitemap: a window of 48 hours that moves on by itself, and
 * titles that may hold anything. Backdated publishing puts articles where the
 * window's edges are, so no clock is needed.
 */
@QuarkusTest
class NewsSitemapTest {

    @Test
    void theNewsSitemapHoldsTheLastTwoDaysWithEveryNewsField() {
        Instant now = Instant.now();
        CreatedArticle recent = article().title(Unique.name("Recent")).publishedAt(now.minus(Duration.ofHours(47)));
        CreatedArticle old = article().publishedAt(now.minus(Duration.ofHours(49)));
        Document news = get("/sitemap-news.xml");
        Element url = entry(news, SITE + "/" + recent.slug());
        assertNotNull(url);
        assertNull(entry(news, SITE + "/" + old.slug()));
        assertEquals("The Masthead Test Gazette", news(url, "name"));
        assertEquals("en", news(url, "language"));
        assertEquals(SitemapXml.w3c(now.minus(Duration.ofHours(47))), news(url, "publication_date"));
        assertEquals(recent.title(), news(url, "title"));
        List<Instant> dates = new ArrayList<>();
        NodeList published = news.getElementsByTagNameNS(SitemapXml.NEWS, "publication_date");
        for (int i = 0; i < published.getLength(); i++) {
            dates.add(Instant.parse(published.item(i).getTextContent()));
        }
        assertEquals(dates.stream().sorted((a, b) -> b.compareTo(a)).toList(), dates, "newest first");
        assertTrue(dates.stream().allMatch(d -> d.isAfter(now.minus(Duration.ofHours(48)).minusSeconds(1))));
    }

    @Test
    void aHostileTitleStaysWellFormedInTheNews() {
        String hostile = "Budget <vote> & \"tax\" ]]> \u0001\u000B\uFFFE \u202Eמבזק\u202C \uD83D\uDCF0 "
                + Unique.name("t");
        CreatedArticle created = article().title(hostile).published();
        byte[] xml = bytes("/sitemap-news.xml");
        SitemapSchemas.validate(xml);
        Element url = entry(SitemapSchemas.parse(xml), SITE + "/" + created.slug());
        assertNotNull(url);
        String stored = given().get("/api/v1/articles/" + created.slug()).then().statusCode(200).extract()
                .path("data.title");
        assertEquals(XmlText.of(stored), news(url, "title"));
        assertTrue(stored.contains("\u202Eמבזק\u202C \uD83D\uDCF0"), "emoji and RTL marks stay");
    }

    /**
     * The cached news sitemap goes stale when its oldest article leaves the
     * 48-hour window, though no content changed: an article published 48 hours
     * less five seconds ago is listed, and gone once those seconds pass.
     */
    @Test
    void aCachedNewsSitemapDoesNotOutliveItsWindow() throws InterruptedException {
        CreatedArticle draft = article().draft();
        Instant leaving = Instant.now().minus(Duration.ofHours(48)).plusSeconds(5).truncatedTo(ChronoUnit.MILLIS);
        CreatedArticle created = ArticleFixtures.publish(draft, leaving);
        String url = SITE + "/" + created.slug();
        assertNotNull(entry(get("/sitemap-news.xml"), url));
        String lastModified = given().get("/sitemap-news.xml").then().statusCode(200).extract().header("Last-Modified");
        assertNotNull(entry(get("/sitemap-news.xml"), url), "a repeat is answered from the cache");
        long wait = Duration.between(Instant.now(), leaving.plus(Duration.ofHours(48))).toMillis() + 200;
        Thread.sleep(Math.max(0, wait));
        assertNull(entry(get("/sitemap-news.xml"), url));
        // Leaving the window is a change: a client revalidating by date is not told it has the latest.
        given().header("If-Modified-Since", lastModified).get("/sitemap-news.xml").then().statusCode(200);
    }
}
