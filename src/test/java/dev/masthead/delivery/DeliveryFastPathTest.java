package dev.masthead.delivery;

import static dev.masthead.article.ArticleFixtures.article;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;

import dev.masthead.article.ArticleFixtures.CreatedArticle;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

/**
 * A repeated Delivery GET is answered from the cache before routing; the
 * answer must be the one the resource gave, headers and all.
 */
@QuarkusTest
class DeliveryFastPathTest {

    private static final List<String> SAME_HEADERS = List.of("Content-Type", "Content-Length", "ETag", "Cache-Control",
            "Last-Modified", "Surrogate-Key", "Link", "X-Content-Type-Options", "Referrer-Policy", "X-Frame-Options",
            "Content-Security-Policy");

    @Test
    void aCachedAnswerIsTheResourcesAnswer() {
        CreatedArticle story = article().published();
        for (String path : List.of("/api/v1/articles/" + story.slug(), "/api/v1/articles?pageSize=3",
                "/api/v1/recent-posts?limit=2", "/api/v1/articles/" + story.slug() + "/related",
                "/api/v1/search?q=harbour&pageSize=2", "/api/v1/tags", "/api/v1/authors?page=1", "/feeds/rss.xml",
                "/feeds/atom.xml?limit=5", "/feeds/feed.json", "/sitemap.xml", "/sitemaps/articles-1.xml",
                "/sitemap-news.xml")) {
            ExtractableResponse<Response> first = given().get(path).then().statusCode(200).extract();
            ExtractableResponse<Response> second = given().get(path).then().statusCode(200).extract();

            for (String header : SAME_HEADERS) {
                assertEquals(first.header(header), second.header(header), path + " " + header);
            }
            assertEquals(first.asString(), second.asString(), path);
            assertNotEquals(first.header("X-Request-Id"), second.header("X-Request-Id"), path);
        }
    }

    @Test
    void aCachedAnswerStillHonoursTheRequest() {
        CreatedArticle story = article().published();
        String path = "/api/v1/articles/" + story.slug();
        String etag = given().get(path).then().statusCode(200).extract().header("ETag");

        given().header("If-None-Match", etag).get(path).then().statusCode(304).body(emptyString())
                .header("ETag", etag);
        given().header("X-Request-Id", "reader-42").get(path).then().statusCode(200).header("X-Request-Id", "reader-42");
        given().header("Accept", "text/html").get(path).then().statusCode(406);
        given().head(path).then().statusCode(200).header("ETag", etag);
        given().get(path + "?fields=title").then().statusCode(400);
        // A feed answered from the cache still negotiates: only its own media type, or anything.
        given().get("/feeds/rss.xml").then().statusCode(200);
        given().header("Accept", "application/rss+xml").get("/feeds/rss.xml").then().statusCode(200)
                .contentType("application/rss+xml; charset=utf-8");
        given().header("Accept", "application/json").get("/feeds/rss.xml").then().statusCode(406);
        given().header("Origin", "https://reader.example").get(path).then().statusCode(200)
                .header("Access-Control-Allow-Origin", equalTo("*"));
    }

    @Test
    void metricsNameTheRouteNotTheSlug() {
        CreatedArticle story = article().published();
        given().get("/api/v1/articles/" + story.slug()).then().statusCode(200);
        given().get("/api/v1/articles/" + story.slug()).then().statusCode(200);

        given().get("/q/metrics").then().statusCode(200)
                .body(containsString("uri=\"/api/v1/articles/{slug}\""))
                .body(not(containsString(story.slug())));
    }
}
