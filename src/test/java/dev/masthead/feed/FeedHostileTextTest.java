package dev.masthead.feed;

import static dev.masthead.auth.AdminSession.asAdmin;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.masthead.Unique;
import dev.masthead.text.XmlText;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Titles, names, excerpts and bodies with control characters, CDATA ends,
 * markup, emoji and bidirectional marks, as the Management API takes them:
 * every feed stays well-formed and gives the text back, minus only what
 * XML 1.0 cannot carry; the JSON Feed gives it back whole.
 */
@QuarkusTest
class FeedHostileTextTest {

    private static final String HOSTILE = "\u0001\u000B\u001F ]]> <script>alert(1)</script> 📰👍🏽 "
            + "\u202Eevil\u202C שלום \uFFFE\uFFFF &amp; & ]]]]><![CDATA[>";

    @Test
    void hostileTextSurvivesEveryFormat() throws Exception {
        String tagName = Unique.name("tag") + HOSTILE;
        String authorName = Unique.name("author") + HOSTILE;
        String tagId = asAdmin().body(Map.of("name", tagName, "description", HOSTILE)).post("/api/v1/admin/tags")
                .then().statusCode(201).extract().path("data.id");
        String tagSlug = asAdmin().get("/api/v1/admin/tags/" + tagId).then().extract().path("data.slug");
        String authorId = asAdmin().body(Map.of("name", authorName)).post("/api/v1/admin/authors")
                .then().statusCode(201).extract().path("data.id");
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", Unique.name("Title") + HOSTILE);
        body.put("excerpt", HOSTILE);
        body.put("markdown", "Body " + HOSTILE + "\n\n<script>alert(2)</script>\n\n**bold** ]]> end");
        body.put("tagIds", List.of(tagId));
        body.put("authorIds", List.of(authorId));
        var created = asAdmin().body(body).post("/api/v1/admin/articles").then().statusCode(201).extract();
        String slug = created.path("data.slug");
        asAdmin().post("/api/v1/admin/articles/" + created.path("data.id") + "/publish").then().statusCode(200);
        FeedFixtures.Shown shown = FeedFixtures.shown(slug);
        String tagShown = given().get("/api/v1/tags/" + tagSlug).then().extract().path("data.name");
        String authorShown = given().get("/api/v1/articles/" + slug).then().extract().path("data.authors[0].name");
        String feed = "/feeds/tags/" + tagSlug;

        FeedXml rss = FeedXml.parse(given().get(feed + "/rss.xml").then().statusCode(200).extract().asByteArray());
        assertEquals(XmlText.of(tagShown) + " — " + FeedFixtures.SITE_NAME, rss.text("/rss/channel/title"));
        assertEquals(XmlText.of(HOSTILE).strip(), rss.text("/rss/channel/description"));
        assertEquals(XmlText.of(shown.title()), rss.text("/rss/channel/item/title"));
        assertEquals(XmlText.of(shown.excerpt()), rss.text("/rss/channel/item/description"));
        assertEquals(XmlText.of(authorShown), rss.text("/rss/channel/item/dc:creator"));
        assertEquals(XmlText.of(tagShown), rss.text("/rss/channel/item/category"));
        assertEquals(XmlText.cdata(shown.html()), rss.text("/rss/channel/item/content:encoded"));

        FeedXml atom = FeedXml.parse(given().get(feed + "/atom.xml").then().statusCode(200).extract().asByteArray());
        assertEquals(XmlText.of(shown.title()), atom.text("/atom:feed/atom:entry/atom:title"));
        assertEquals(XmlText.of(shown.excerpt()), atom.text("/atom:feed/atom:entry/atom:summary"));
        assertEquals(XmlText.of(authorShown), atom.text("/atom:feed/atom:entry/atom:author/atom:name"));
        assertEquals(XmlText.of(tagShown), atom.text("/atom:feed/atom:entry/atom:category/@label"));
        assertEquals(XmlText.of(shown.html()), atom.text("/atom:feed/atom:entry/atom:content"));

        byte[] json = given().get(feed + "/feed.json").then().statusCode(200).extract().asByteArray();
        JsonNode item = new ObjectMapper().readTree(json).path("items").path(0);
        assertEquals(shown.title(), item.path("title").asText());
        assertEquals(shown.excerpt(), item.path("summary").asText());
        assertEquals(shown.html(), item.path("content_html").asText());
        assertEquals(authorShown, item.path("authors").path(0).path("name").asText());
        assertEquals(tagShown, item.path("tags").path(0).asText());
    }
}
