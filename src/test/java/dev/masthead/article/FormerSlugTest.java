package dev.masthead.article;

import static dev.masthead.article.ArticleFixtures.article;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.masthead.article.ArticleFixtures.CreatedArticle;
import dev.masthead.content.Writes;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

/**
 * A former slug redirects only while its article is published: for a draft,
 * an unpublished or a deleted article it answers 404 like any unknown slug,
 * never a 301 whose Location would reveal the unpublished article's new slug.
 */
@QuarkusTest
class FormerSlugTest {

    @Test
    void aFormerSlugOfAPublishedArticleRedirects() {
        CreatedArticle story = article().published();
        String moved = move(story);

        formerSlug(story).statusCode(301).header("Location", containsString("/api/v1/articles/" + moved));
    }

    @Test
    void aFormerSlugOfAnUnpublishedArticleIsNotFound() {
        CreatedArticle story = article().published();
        String moved = move(story);
        formerSlug(story).statusCode(301);
        given().get("/api/v1/articles/" + moved).then().statusCode(200);

        ArticleFixtures.unpublish(story.id());

        hidden(formerSlug(story), moved);
        hidden(given().redirects().follow(false).head("/api/v1/articles/" + story.slug()).then(), moved);
        given().get("/api/v1/articles/" + moved).then().statusCode(404);

        ArticleFixtures.publish(story, null);
        formerSlug(story).statusCode(301).header("Location", containsString("/api/v1/articles/" + moved));
    }

    @Test
    void aFormerSlugOfADraftIsNotFound() {
        CreatedArticle draft = article().draft();
        String moved = move(draft);

        hidden(formerSlug(draft), moved);
    }

    @Test
    void aFormerSlugOfADeletedArticleIsNotFound() {
        CreatedArticle story = article().published();
        String moved = move(story);
        formerSlug(story).statusCode(301);

        Writes.delete(Writes.article(story.id()));

        hidden(formerSlug(story), moved);
        given().get("/api/v1/articles/" + moved).then().statusCode(404);
    }

    @Test
    void aFormerSlugOfAnUnpublishedThenDeletedArticleIsNotFound() {
        CreatedArticle story = article().published();
        String moved = move(story);
        ArticleFixtures.unpublish(story.id());

        Writes.delete(Writes.article(story.id()));

        hidden(formerSlug(story), moved);
    }

    /** Gives the article a new slug; its old one becomes a former slug. */
    private static String move(CreatedArticle article) {
        String moved = article.slug() + "-moved";
        Writes.patch(Writes.article(article.id()), Map.of("slug", moved));
        return moved;
    }

    private static ValidatableResponse formerSlug(CreatedArticle article) {
        return given().redirects().follow(false).get("/api/v1/articles/" + article.slug()).then();
    }

    /** A plain 404, as for a slug never used, that names no location and not the new slug. */
    private static void hidden(ValidatableResponse response, String newSlug) {
        response.statusCode(404).header("Location", nullValue());
        String body = response.extract().asString();
        if (!body.isEmpty()) {
            response.contentType("application/problem+json").body("code", equalTo("not-found"));
        }
        assertFalse(body.contains(newSlug), body);
    }
}
