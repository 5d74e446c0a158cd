package dev.masthead.sitemap;

import static dev.masthead.article.ArticleFixtures.article;
import static dev.masthead.auth.AdminSession.asAdmin;
import static dev.masthead.sitemap.SitemapPages.SITE;
import static dev.masthead.sitemap.SitemapPages.XML;
import static dev.masthead.sitemap.SitemapPages.bytes;
import static dev.masthead.sitemap.SitemapPages.child;
import static dev.masthead.sitemap.SitemapPages.entry;
import static dev.masthead.sitemap.SitemapPages.get;
import static dev.masthead.sitemap.SitemapPages.locs;
import static dev.masthead.sitemap.SitemapPages.news;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

import dev.masthead.article.ArticleFixtures;
import dev.masthead.article.ArticleFixtures.CreatedArticle;
import dev.masthead.author.AuthorFixtures;
import dev.masthead.tag.TagFixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;

/**
 * The sitemaps over HTTP. The suite shares its database, so expectations come
 * from the kept count and from where this test's own articles stand, never
 * from absolute numbers.
 */
@QuarkusTest
class SitemapResourceTest {

    private static final int CHUNK = ConfigProvider.getConfig().getValue("masthead.sitemaps.chunk-size", Integer.class);

    @Test
    void theIndexNamesOneArticleSitemapPerChunkOfTheKeptCountThenTagsAndAuthors() {
        article().published();
        long total = publishedTotal();
        List<String> locs = locs(get("/sitemap.xml"));
        List<String> articleLocs = locs.stream().filter(l -> l.contains("/sitemaps/articles-")).toList();
        long expected = Math.max(1, (total + CHUNK - 1) / CHUNK);
        assertEquals(expected, articleLocs.size(), "chunks for " + total + " articles of " + CHUNK);
        for (int n = 1; n <= expected; n++) {
            assertEquals(SITE + "/sitemaps/articles-" + n + ".xml", articleLocs.get(n - 1));
        }
        assertTrue(locs.indexOf(SITE + "/sitemaps/tags-1.xml") > articleLocs.size() - 1);
        assertTrue(locs.indexOf(SITE + "/sitemaps/authors-1.xml") > locs.indexOf(SITE + "/sitemaps/tags-1.xml"));
        given().get("/sitemaps/articles-" + (expected + 1) + ".xml").then().statusCode(404);
    }

    @Test
    void everySitemapTheIndexNamesValidatesAgainstTheSchemas() {
        String tag = TagFixtures.createTag("sitemap-valid").id();
        article().tag(tag).set("featureImage", Map.of("url", "https://images.example.com/v.jpg")).published();
        byte[] index = bytes("/sitemap.xml");
        SitemapSchemas.validate(index);
        for (String loc : locs(index)) {
            SitemapSchemas.validate(bytes(loc.substring(SITE.length())));
        }
        SitemapSchemas.validate(bytes("/sitemap-news.xml"));
    }

    @Test
    void aPublishedArticleIsInTheChunkItsPositionSays() {
        for (long held = publishedTotal(); held <= CHUNK; held++) {
            article().published(); // so that there is more than one chunk
        }
        CreatedArticle oldest = article().publishedAt(Instant.parse("1990-01-01T00:00:00Z"));
        assertEquals(1, chunkOf(oldest.slug()));
        assertNotNull(entry(get("/sitemaps/articles-1.xml"), SITE + "/" + oldest.slug()));
        CreatedArticle created = article().set("featureImage", Map.of("url", "https://images.example.com/harbour.jpg"))
                .published();
        var view = given().get("/api/v1/articles/" + created.slug()).then().statusCode(200).extract();
        Instant publishedAt = Instant.parse(view.path("data.publishedAt"));
        Instant updatedAt = Instant.parse(view.path("data.updatedAt"));
        int before = given().queryParam("publishedBefore", publishedAt.toString()).queryParam("pageSize", 1)
                .get("/api/v1/articles").then().statusCode(200).extract().path("meta.total");
        long chunk = before / CHUNK + 1;
        assertTrue(chunk > 1, "the newest article is past the first chunk");
        Element url = entry(get("/sitemaps/articles-" + chunk + ".xml"), SITE + "/" + created.slug());
        assertNotNull(url, "in chunk " + chunk);
        assertEquals(SitemapXml.w3c(updatedAt), child(url, SitemapXml.SITEMAP, "lastmod"));
        Element image = (Element) url.getElementsByTagNameNS(SitemapXml.IMAGE, "image").item(0);
        assertEquals("https://images.example.com/harbour.jpg", child(image, SitemapXml.IMAGE, "loc"));
    }

    @Test
    void draftsUnpublishedDeletedAndForeignCanonicalArticlesAreNeverListed() {
        CreatedArticle draft = article().draft();
        CreatedArticle unpublished = article().published();
        ArticleFixtures.unpublish(unpublished.id());
        CreatedArticle deleted = article().published();
        asAdmin().header("If-Match", "\"" + ArticleFixtures.version(deleted.id()) + "\"")
                .delete("/api/v1/admin/articles/" + deleted.id()).then().statusCode(204);
        CreatedArticle foreign = article().set("seo", Map.of("canonicalUrl", "https://elsewhere.example.org/story"))
                .published();
        CreatedArticle onSite = article().set("seo", Map.of("canonicalUrl", SITE + "/the-original")).published();
        List<String> listed = new ArrayList<>();
        for (String loc : locs(get("/sitemap.xml"))) {
            if (loc.contains("/sitemaps/articles-")) {
                listed.addAll(locs(get(loc.substring(SITE.length()))));
            }
        }
        listed.addAll(locs(get("/sitemap-news.xml")));
        for (CreatedArticle absent : List.of(draft, unpublished, deleted, foreign)) {
            assertFalse(listed.contains(SITE + "/" + absent.slug()), absent.slug());
        }
        assertEquals(2, listed.stream().filter(l -> l.equals(SITE + "/" + onSite.slug())).count(),
                "an on-site canonical URL stays listed, in a chunk and in the news");
    }

    @Test
    void tagsAndAuthorsAppearOnlyWithPublishedArticles() {
        var usedTag = TagFixtures.createTag("sitemap-used");
        var idleTag = TagFixtures.createTag("sitemap-idle");
        var draftTag = TagFixtures.createTag("sitemap-draft-only");
        var usedAuthor = AuthorFixtures.createAuthor("sitemap-writer");
        var idleAuthor = AuthorFixtures.createAuthor("sitemap-idle");
        article().tag(usedTag.id()).author(usedAuthor.id()).published();
        article().tag(draftTag.id()).author(idleAuthor.id()).draft();
        List<String> tags = new ArrayList<>();
        List<String> authors = new ArrayList<>();
        for (String loc : locs(get("/sitemap.xml"))) {
            if (loc.contains("/sitemaps/tags-")) {
                tags.addAll(locs(get(loc.substring(SITE.length()))));
            } else if (loc.contains("/sitemaps/authors-")) {
                authors.addAll(locs(get(loc.substring(SITE.length()))));
            }
        }
        assertTrue(tags.contains(SITE + "/tag/" + usedTag.slug()));
        assertFalse(tags.contains(SITE + "/tag/" + idleTag.slug()));
        assertFalse(tags.contains(SITE + "/tag/" + draftTag.slug()));
        assertTrue(authors.contains(SITE + "/author/" + usedAuthor.slug()));
        assertFalse(authors.contains(SITE + "/author/" + idleAuthor.slug()));
        assertEquals(tags.stream().sorted().toList(), tags, "tags in slug order");
    }

    @Test
    void revalidationHeadAndHeaders() {
        article().tag(TagFixtures.createTag("sitemap-headers").id()).published();
        for (String path : List.of("/sitemap.xml", "/sitemaps/articles-1.xml", "/sitemaps/tags-1.xml",
                "/sitemaps/authors-1.xml", "/sitemap-news.xml")) {
            ExtractableResponse<Response> first = given().get(path).then().statusCode(200)
                    .contentType(XML).header("ETag", not(emptyOrNullString()))
                    .header("Cache-Control", startsWith("public")).extract();
            String etag = first.header("ETag");
            given().header("If-None-Match", etag).get(path).then().statusCode(304).header("ETag", etag);
            String lastModified = first.header("Last-Modified");
            assertNotNull(lastModified, path);
            given().header("If-Modified-Since", lastModified).get(path).then().statusCode(304);
            given().head(path).then().statusCode(200).header("ETag", etag).contentType(XML);
        }
        assertEquals("list:articles list:tags list:authors", given().get("/sitemap.xml").header("Surrogate-Key"));
        assertEquals("list:articles", given().get("/sitemaps/articles-1.xml").header("Surrogate-Key"));
        assertEquals("list:tags", given().get("/sitemaps/tags-1.xml").header("Surrogate-Key"));
        assertEquals("list:authors", given().get("/sitemaps/authors-1.xml").header("Surrogate-Key"));
        assertEquals("list:articles", given().get("/sitemap-news.xml").header("Surrogate-Key"));
    }

    @Test
    void aPublishAnEditAndAnUnpublishShowOnTheNextRequest() {
        String etag = given().get("/sitemap-news.xml").then().statusCode(200).extract().header("ETag");
        CreatedArticle created = article().published();
        String url = SITE + "/" + created.slug();
        ExtractableResponse<Response> published = given().header("If-None-Match", etag).get("/sitemap-news.xml")
                .then().statusCode(200).extract();
        assertNotNull(entry(SitemapSchemas.parse(published.asByteArray()), url));

        long chunk = chunkOf(created.slug());
        String path = "/sitemaps/articles-" + chunk + ".xml";
        ExtractableResponse<Response> before = given().get(path).then().statusCode(200).extract();
        String lastmod = child(entry(SitemapSchemas.parse(before.asByteArray()), url), SitemapXml.SITEMAP, "lastmod");
        sleepPastTheSecond();
        // A newer article keeps the chunk in being once this one is unpublished, whatever the count of articles
        // (the first of a chunk would otherwise take its chunk with it, a 404).
        article().published();
        asAdmin().contentType("application/merge-patch+json")
                .header("If-Match", "\"" + ArticleFixtures.version(created.id()) + "\"")
                .body(Map.of("title", "Edited " + created.title())).patch("/api/v1/admin/articles/" + created.id())
                .then().statusCode(200);
        ExtractableResponse<Response> edited = given().header("If-None-Match", before.header("ETag")).get(path)
                .then().statusCode(200).extract();
        assertNotEquals(lastmod,
                child(entry(SitemapSchemas.parse(edited.asByteArray()), url), SitemapXml.SITEMAP, "lastmod"));
        assertEquals("Edited " + created.title(), news(entry(get("/sitemap-news.xml"), url), "title"));

        sleepPastTheSecond();
        ArticleFixtures.unpublish(created.id());
        ExtractableResponse<Response> gone = given().header("If-None-Match", edited.header("ETag")).get(path)
                .then().statusCode(200).extract();
        assertNull(entry(SitemapSchemas.parse(gone.asByteArray()), url));
        // Losing an article leaves no newer item behind, yet the chunk changed: dates must say so too.
        given().header("If-Modified-Since", edited.header("Last-Modified")).get(path).then().statusCode(200);
        assertNull(entry(get("/sitemap-news.xml"), url));
    }

    @Test
    void chunksThatDoNotExistAreProblems() {
        for (String path : List.of("/sitemaps/articles-0.xml", "/sitemaps/articles-99999.xml",
                "/sitemaps/articles-abc.xml", "/sitemaps/articles-01.xml", "/sitemaps/articles--1.xml",
                "/sitemaps/tags-0.xml", "/sitemaps/tags-99999.xml", "/sitemaps/authors-x.xml",
                "/sitemaps/authors-99999999999.xml", "/sitemaps/foo.xml")) {
            given().get(path).then().statusCode(404).contentType("application/problem+json")
                    .body("status", equalTo(404));
        }
    }

    private static long chunkOf(String slug) {
        Instant publishedAt = Instant.parse(given().get("/api/v1/articles/" + slug).then().statusCode(200).extract()
                .path("data.publishedAt"));
        int before = given().queryParam("publishedBefore", publishedAt.toString()).queryParam("pageSize", 1)
                .get("/api/v1/articles").then().statusCode(200).extract().path("meta.total");
        return before / CHUNK + 1;
    }

    /** Lastmod is to the second: an edit must land in a later second to show in it. */
    private static void sleepPastTheSecond() {
        try {
            Thread.sleep(1100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static long publishedTotal() {
        return given().queryParam("pageSize", 1).get("/api/v1/articles").then().statusCode(200).extract()
                .<Number>path("meta.total").longValue();
    }
}
