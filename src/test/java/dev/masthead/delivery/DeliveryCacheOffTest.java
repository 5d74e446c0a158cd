package dev.masthead.delivery;

import static dev.masthead.article.ArticleFixtures.article;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import java.sql.SQLException;
import java.util.Map;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import dev.masthead.article.ArticleFixtures.CreatedArticle;
import dev.masthead.content.OtherReplica;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

/** With the cache switched off, every GET reads the database (the benchmark's database-path mode). */
@QuarkusTest
@TestProfile(DeliveryCacheOffTest.CacheOff.class)
class DeliveryCacheOffTest {

    public static class CacheOff implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("masthead.delivery.cache.enabled", "false");
        }
    }

    @Inject
    DataSource dataSource;

    @Test
    void everyReadGoesToTheDatabase() throws SQLException {
        CreatedArticle story = article().title("Read each time").published();
        String page = "/api/v1/articles/" + story.slug();
        String etag = given().get(page).then().statusCode(200).extract().header("ETag");
        given().header("If-None-Match", etag).get(page).then().statusCode(304);

        new OtherReplica(dataSource).retitle(story.id(), "Seen at once");

        given().header("If-None-Match", etag).get(page).then().statusCode(200)
                .body("data.title", equalTo("Seen at once"));
        given().get("/q/metrics").then().statusCode(200).body(not(containsString("cache=\"delivery\"")));
    }
}
