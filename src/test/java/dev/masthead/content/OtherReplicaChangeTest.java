package dev.masthead.content;

import static dev.masthead.article.ArticleFixtures.article;
import static dev.masthead.tag.TagFixtures.createTag;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import java.sql.SQLException;
import java.time.Duration;

import jakarta.inject.Inject;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;

import dev.masthead.article.ArticleFixtures.CreatedArticle;
import dev.masthead.tag.TagFixtures.CreatedTag;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Changes committed by another replica reach this one through the
 * content_event log. The test plays the other replica with plain SQL, which
 * also shows that a cached GET does not read the database at all.
 */
@QuarkusTest
class OtherReplicaChangeTest {

    @Inject
    DataSource dataSource;

    @Test
    void aChangeLoggedElsewhereShowsHereWithinTwoSeconds() throws SQLException {
        CreatedTag tag = createTag("elsewhere");
        CreatedArticle story = article().tag(tag.id()).title("Written here").published();
        String page = "/api/v1/articles/" + story.slug();
        String list = "/api/v1/articles?tag=" + tag.slug();
        String oldTag = given().get(page).then().statusCode(200).body("data.title", equalTo("Written here"))
                .extract().header("ETag");
        given().get(list).then().statusCode(200).body("data[0].title", equalTo("Written here"));
        OtherReplica other = new OtherReplica(dataSource);

        other.retitle(story.id(), "Changed elsewhere");
        given().get(page).then().statusCode(200).body("data.title", equalTo("Written here"));

        other.logArticleUpdate(story.id());
        Eventually.reads(() -> given(), page, "data.title", "Changed elsewhere", Duration.ofSeconds(2));
        given().get(list).then().statusCode(200).body("data[0].title", equalTo("Changed elsewhere"));
        given().header("If-None-Match", oldTag).get(page).then().statusCode(200);
    }

}
