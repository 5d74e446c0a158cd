package dev.masthead.article;

import static dev.masthead.article.ArticleFixtures.article;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.masthead.article.ArticleFixtures.CreatedArticle;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class RecentPostResourceTest {

    @Test
    void newestPublishedFirstInASmallProjection() {
        CreatedArticle older = article().set("featureImage", Map.of("url", "https://images.example.com/r.jpg")).published();
        CreatedArticle newer = article().published();
        CreatedArticle draft = article().draft();

        given().queryParam("limit", 2).get("/api/v1/recent-posts")
                .then().statusCode(200)
                .contentType("application/json")
                .header("ETag", notNullValue())
                .header("Cache-Control", containsString("public"))
                .body("data.slug", contains(newer.slug(), older.slug()))
                .body("data.slug", not(hasItem(draft.slug())))
                .body("data[0].title", equalTo(newer.title()))
                .body("data[0].excerpt", equalTo("A first paragraph about the harbour."))
                .body("data[0].publishedAt", notNullValue())
                .body("data[1].featureImage.url", equalTo("https://images.example.com/r.jpg"))
                .body("data[0]", not(hasKey("html")))
                .body("data[0]", not(hasKey("authors")))
                .body("data[0]", not(hasKey("id")));
    }

    @Test
    void defaultsToSix() {
        for (int i = 0; i < 7; i++) {
            article().published();
        }
        given().get("/api/v1/recent-posts").then().statusCode(200).body("data.size()", equalTo(6));
        given().queryParam("limit", 50).get("/api/v1/recent-posts")
                .then().statusCode(200).body("data.size()", lessThanOrEqualTo(50));
    }

    @Test
    void answers304ForAnUnchangedList() {
        article().published();
        String etag = given().get("/api/v1/recent-posts").header("ETag");
        given().header("If-None-Match", etag).get("/api/v1/recent-posts").then().statusCode(304);
        article().published();
        given().header("If-None-Match", etag).get("/api/v1/recent-posts").then().statusCode(200);
    }

    @ParameterizedTest
    @ValueSource(strings = { "0", "51", "-1", "six", "1.5", "1e1" })
    void limitOutsideOneToFiftyIs400(String limit) {
        given().queryParam("limit", limit).get("/api/v1/recent-posts")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("limit"));
    }

    @Test
    void unknownParameterIs400() {
        given().queryParam("count", 3).get("/api/v1/recent-posts")
                .then().statusCode(400).body("code", equalTo("unknown-parameter"));
    }
}
