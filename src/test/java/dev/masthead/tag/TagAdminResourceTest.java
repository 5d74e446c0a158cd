package dev.masthead.tag;

import static dev.masthead.article.ArticleFixtures.article;
import static dev.masthead.auth.AdminSession.asAdmin;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import org.junit.jupiter.api.Test;

import dev.masthead.article.ArticleFixtures.CreatedArticle;
import dev.masthead.tag.TagFixtures.CreatedTag;
import io.quarkus.test.junit.QuarkusTest;

/**
 * What only tags do under Management. Create, read, replace, patch, delete,
 * versions and the problems they share with authors are in
 * {@code dev.masthead.content.SluggedItem*ContractTest}.
 */
@QuarkusTest
class TagAdminResourceTest {

    private static final String TAGS = "/api/v1/admin/tags";

    @Test
    void deleteTakesTheTagOffArticlesWhichStayPublished() {
        CreatedTag doomed = TagFixtures.createTag("doomed");
        CreatedTag kept = TagFixtures.createTag("kept");
        CreatedArticle article = article().tag(doomed.id()).tag(kept.id()).published();

        asAdmin().header("If-Match", "\"0\"").delete(TAGS + "/" + doomed.id()).then().statusCode(204);

        given().get("/api/v1/articles/" + article.slug())
                .then().statusCode(200)
                .body("data.tags.slug", contains(kept.slug()))
                .body("data.primaryTag.slug", equalTo(kept.slug()));
        given().queryParam("tag", kept.slug()).get("/api/v1/articles")
                .then().statusCode(200).body("data.slug", contains(article.slug()));
        given().queryParam("tag", doomed.slug()).get("/api/v1/articles")
                .then().statusCode(200).body("data.size()", equalTo(0));
        asAdmin().get("/api/v1/admin/articles/" + article.id())
                .then().statusCode(200).body("data.tags.id", not(hasItem(doomed.id())));
    }

    @Test
    void deletingTheOnlyTagLeavesTheArticleUntagged() {
        CreatedTag only = TagFixtures.createTag("only");
        CreatedArticle article = article().tag(only.id()).published();

        asAdmin().header("If-Match", "\"0\"").delete(TAGS + "/" + only.id()).then().statusCode(204);

        given().get("/api/v1/articles/" + article.slug())
                .then().statusCode(200)
                .body("data.tags.size()", equalTo(0))
                .body("data.primaryTag", nullValue());
    }
}
