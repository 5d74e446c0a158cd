package dev.masthead.site;

import static dev.masthead.article.ArticleFixtures.article;
import static dev.masthead.auth.AdminSession.asAdmin;
import static dev.masthead.author.AuthorFixtures.createAuthor;
import static dev.masthead.tag.TagFixtures.createTag;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import org.junit.jupiter.api.Test;

import dev.masthead.article.ArticleFixtures.CreatedArticle;
import dev.masthead.author.AuthorFixtures.CreatedAuthor;
import dev.masthead.tag.TagFixtures.CreatedTag;
import io.quarkus.test.junit.QuarkusTest;

/** Every Delivery item names its page on the newsroom's website (the test profile's https://news.example.com). */
@QuarkusTest
class PublicUrlTest {

    private static final String SITE = "https://news.example.com";

    @Test
    void anArticleItsTagsAndAuthorsCarryTheirPages() {
        CreatedTag tag = createTag("url-tag");
        CreatedAuthor author = createAuthor("url-author");
        CreatedArticle story = article().title("Where this story lives").tag(tag.id()).author(author.id()).published();

        given().get("/api/v1/articles/" + story.slug()).then().statusCode(200)
                .body("data.url", equalTo(SITE + "/" + story.slug()))
                .body("data.tags[0].url", equalTo(SITE + "/tag/" + tag.slug()))
                .body("data.primaryTag.url", equalTo(SITE + "/tag/" + tag.slug()))
                .body("data.authors[0].url", equalTo(SITE + "/author/" + author.slug()))
                .body("data.primaryAuthor.url", equalTo(SITE + "/author/" + author.slug()));
        given().get("/api/v1/articles?tag=" + tag.slug()).then().statusCode(200)
                .body("data[0].url", equalTo(SITE + "/" + story.slug()))
                .body("data[0].authors[0].url", equalTo(SITE + "/author/" + author.slug()));
        given().get("/api/v1/recent-posts?limit=50").then().statusCode(200)
                .body("data.url", hasItem(SITE + "/" + story.slug()));
        given().get("/api/v1/tags/" + tag.slug()).then().statusCode(200)
                .body("data.url", equalTo(SITE + "/tag/" + tag.slug()));
        given().get("/api/v1/authors/" + author.slug()).then().statusCode(200)
                .body("data.url", equalTo(SITE + "/author/" + author.slug()));
    }

    @Test
    void theManagementApiShowsNoPublicPageForWhatMayBeADraft() {
        CreatedTag tag = createTag("url-draft");
        CreatedArticle draft = article().title("Not public yet").tag(tag.id()).draft();

        asAdmin().get("/api/v1/admin/articles/" + draft.id()).then().statusCode(200)
                .body("data.url", nullValue())
                .body("data.tags[0].url", nullValue());
    }
}
