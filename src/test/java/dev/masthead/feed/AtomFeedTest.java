package dev.masthead.feed;

import static dev.masthead.article.ArticleFixtures.article;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.masthead.article.ArticleFixtures.CreatedArticle;
import dev.masthead.author.AuthorFixtures;
import dev.masthead.author.AuthorFixtures.CreatedAuthor;
import dev.masthead.tag.TagFixtures.CreatedTag;
import dev.masthead.tag.TagFixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

@QuarkusTest
class AtomFeedTest {

    private static final Instant BASE = Instant.parse("2024-06-01T08:00:00Z");

    @Test
    void aTagsFeedCarriesEveryEntryFieldNewestFirst() {
        Map<String, String> tag = FeedFixtures.tagWithDescription("atom", "All about atoms");
        CreatedTag other = TagFixtures.createTag("atom-other");
        CreatedAuthor lead = AuthorFixtures.createAuthor("atom-lead");
        CreatedAuthor second = AuthorFixtures.createAuthor("atom-second");
        CreatedArticle older = article().tag(tag.get("id")).tag(other.id()).author(lead.id()).author(second.id())
                .publishedAt(BASE);
        CreatedArticle newer = article().tag(tag.get("id")).author(second.id()).publishedAt(BASE.plusSeconds(60));
        FeedFixtures.Shown shown = FeedFixtures.shown(older.slug());
        FeedFixtures.Shown newest = FeedFixtures.shown(newer.slug());
        String self = FeedFixtures.SITE + "/feeds/tags/" + tag.get("slug") + "/atom.xml";

        Response response = given().get("/feeds/tags/" + tag.get("slug") + "/atom.xml");

        assertEquals(200, response.statusCode());
        assertEquals("application/atom+xml; charset=utf-8", response.header("Content-Type"));
        FeedXml atom = FeedXml.parse(response.asByteArray());
        assertEquals(self, atom.text("/atom:feed/atom:id"));
        assertEquals(tag.get("name") + " — " + FeedFixtures.SITE_NAME, atom.text("/atom:feed/atom:title"));
        assertEquals("All about atoms", atom.text("/atom:feed/atom:subtitle"));
        Instant newestChange = newest.lastModified().isAfter(shown.lastModified()) ? newest.lastModified()
                : shown.lastModified();
        assertEquals(newestChange, Instant.parse(atom.text("/atom:feed/atom:updated")));
        assertEquals(self, atom.text("/atom:feed/atom:link[@rel='self']/@href"));
        assertEquals("application/atom+xml", atom.text("/atom:feed/atom:link[@rel='self']/@type"));
        assertEquals(FeedFixtures.SITE + "/tag/" + tag.get("slug"), atom.text("/atom:feed/atom:link[@rel='alternate']/@href"));
        assertEquals("text/html", atom.text("/atom:feed/atom:link[@rel='alternate']/@type"));
        assertEquals(0, atom.count("/atom:feed/atom:link[@rel='hub']"));

        assertEquals(List.of("urn:uuid:" + newer.id(), "urn:uuid:" + older.id()), atom.texts("/atom:feed/atom:entry/atom:id"));
        String entry = "/atom:feed/atom:entry[atom:id='urn:uuid:" + older.id() + "']";
        assertEquals(older.title(), atom.text(entry + "/atom:title"));
        assertEquals(BASE, Instant.parse(atom.text(entry + "/atom:published")));
        assertEquals(shown.updatedAt().getEpochSecond(), Instant.parse(atom.text(entry + "/atom:updated")).getEpochSecond());
        assertEquals(List.of(lead.name(), second.name()), atom.texts(entry + "/atom:author/atom:name"));
        assertEquals(List.of(FeedFixtures.SITE + "/author/" + lead.slug(), FeedFixtures.SITE + "/author/" + second.slug()),
                atom.texts(entry + "/atom:author/atom:uri"));
        assertEquals(List.of(tag.get("slug"), other.slug()), atom.texts(entry + "/atom:category/@term"));
        assertEquals(List.of(tag.get("name"), other.name()), atom.texts(entry + "/atom:category/@label"));
        assertEquals(shown.excerpt(), atom.text(entry + "/atom:summary"));
        assertEquals("html", atom.text(entry + "/atom:content/@type"));
        assertEquals(shown.html(), atom.text(entry + "/atom:content"));
        assertEquals(FeedFixtures.SITE + "/" + older.slug(), atom.text(entry + "/atom:link[@rel='alternate']/@href"));
    }

    @Test
    void anEmptyAuthorsFeedIsDatedTheEpochAndStillValid() {
        CreatedAuthor idle = AuthorFixtures.createAuthor("atom-idle");

        Response response = given().get("/feeds/authors/" + idle.slug() + "/atom.xml");

        assertEquals(200, response.statusCode());
        FeedXml atom = FeedXml.parse(response.asByteArray());
        assertEquals(0, atom.count("/atom:feed/atom:entry"));
        assertEquals(Instant.EPOCH, Instant.parse(atom.text("/atom:feed/atom:updated")));
        assertEquals(idle.name() + " — " + FeedFixtures.SITE_NAME, atom.text("/atom:feed/atom:title"));
    }

    @Test
    void theSiteFeedLinksTheHomePage() {
        CreatedArticle fresh = article().published();

        FeedXml atom = FeedXml.parse(given().get("/feeds/atom.xml").then().statusCode(200).extract().asByteArray());

        assertEquals(FeedFixtures.SITE_NAME, atom.text("/atom:feed/atom:title"));
        assertEquals(FeedFixtures.SITE + "/", atom.text("/atom:feed/atom:link[@rel='alternate']/@href"));
        assertEquals(FeedFixtures.SITE + "/feeds/atom.xml", atom.text("/atom:feed/atom:id"));
        assertEquals("urn:uuid:" + fresh.id(), atom.text("/atom:feed/atom:entry[1]/atom:id"));
    }
}
