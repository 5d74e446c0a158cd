package dev.masthead.delivery;

import static dev.masthead.article.ArticleFixtures.article;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.masthead.article.ArticleFixtures.CreatedArticle;
import dev.masthead.content.Writes;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** The cache's hits and misses on /q/metrics, and what a change leaves cached. */
@QuarkusTest
class DeliveryCacheMetricsTest {

    @Test
    void aRepeatedReadIsAHitAndAChangedArticleAMiss() {
        CreatedArticle kept = article().published();
        CreatedArticle changed = article().published();
        read(kept);
        read(changed);

        double hits = counter("hit");
        double misses = counter("miss");
        read(kept);
        read(changed);
        assertEquals(hits + 2, counter("hit"));
        assertEquals(misses, counter("miss"));

        Writes.patch(Writes.article(changed.id()), Map.of("title", "Changed once"));
        read(kept);
        read(changed);
        assertEquals(hits + 3, counter("hit"), "another article's change keeps this one cached");
        assertEquals(misses + 1, counter("miss"), "the changed article is read again");
    }

    @Test
    void theCacheReportsItsSize() {
        article().published();
        given().get("/api/v1/recent-posts").then().statusCode(200);

        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        assertTrue(value(metrics, "masthead_delivery_cache_weight_bytes", "") > 0, metrics);
    }

    private static void read(CreatedArticle article) {
        given().get("/api/v1/articles/" + article.slug()).then().statusCode(200);
    }

    private static double counter(String result) {
        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        return value(metrics, "cache_gets_total", "cache=\"delivery\".*result=\"" + result + "\"");
    }

    private static double value(String metrics, String name, String labels) {
        Matcher matcher = Pattern.compile("(?m)^" + name + "(?:\\{[^}]*" + labels + "[^}]*\\})? ([0-9.eE+-]+)$")
                .matcher(metrics);
        if (!matcher.find()) {
            throw new AssertionError(name + " with " + labels + " is not on /q/metrics");
        }
        return Double.parseDouble(matcher.group(1));
    }
}
