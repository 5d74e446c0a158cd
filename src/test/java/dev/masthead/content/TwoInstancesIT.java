package dev.masthead.content;

import static dev.masthead.article.ArticleFixtures.article;
import static dev.masthead.tag.TagFixtures.createTag;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.masthead.article.ArticleFixtures.CreatedArticle;
import dev.masthead.tag.TagFixtures.CreatedTag;
import dev.masthead.web.MergePatch;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.restassured.specification.RequestSpecification;

/**
 * Two replicas on one PostgreSQL database, each with its own response cache:
 * a write through either is read through the other within two seconds.
 */
@QuarkusIntegrationTest
class TwoInstancesIT {

    private static final Duration WITHIN = Duration.ofSeconds(2);
    private static SecondInstance second;

    @BeforeAll
    static void startTheSecondInstance() throws IOException, InterruptedException {
        second = SecondInstance.start();
    }

    @AfterAll
    static void stopIt() {
        second.close();
    }

    @Test
    void aWriteThroughTheFirstIsReadThroughTheSecond() {
        CreatedTag tag = createTag("replicated");
        CreatedArticle story = article().tag(tag.id()).title("First headline").published();
        String page = "/api/v1/articles/" + story.slug();
        second.request().get(page).then().statusCode(200).body("data.title", equalTo("First headline"));
        second.request().get(page).then().statusCode(200).body("data.title", equalTo("First headline"));
        second.request().get("/api/v1/tags/" + tag.slug()).then().statusCode(200).body("data.articleCount", equalTo(1));

        Writes.patch(Writes.article(story.id()), Map.of("title", "Second headline"));
        article().tag(tag.id()).published();

        Eventually.reads(second::request, page, "data.title", "Second headline", WITHIN);
        Eventually.reads(second::request, "/api/v1/tags/" + tag.slug(), "data.articleCount", 2, WITHIN);
    }

    @Test
    void aWriteThroughTheSecondIsReadThroughTheFirst() {
        CreatedArticle story = article().title("Before the edit").published();
        String page = "/api/v1/articles/" + story.slug();
        given().get(page).then().statusCode(200).body("data.title", equalTo("Before the edit"));
        given().get(page).then().statusCode(200).body("data.title", equalTo("Before the edit"));

        RequestSpecification admin = second.asAdmin();
        int version = admin.get("/api/v1/admin/articles/" + story.id()).then().statusCode(200)
                .extract().path("data.version");
        second.asAdmin().contentType(MergePatch.MEDIA_TYPE).header("If-Match", "\"" + version + "\"")
                .body(Map.of("title", "After the edit")).patch("/api/v1/admin/articles/" + story.id())
                .then().statusCode(200);

        Eventually.reads(() -> given(), page, "data.title", "After the edit", WITHIN);
    }
}
