package dev.masthead.author;

import static dev.masthead.article.ArticleFixtures.article;
import static dev.masthead.auth.AdminSession.asAdmin;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.masthead.Unique;
import dev.masthead.article.ArticleFixtures;
import dev.masthead.article.ArticleFixtures.CreatedArticle;
import dev.masthead.author.AuthorFixtures.CreatedAuthor;
import dev.masthead.web.MergePatch;
import dev.masthead.web.problem.ValidationProblem;
import io.quarkus.test.junit.QuarkusTest;

/**
 * What only authors do under Management: web URLs in a profile, and no
 * deleting a byline that is still credited. Create, read, replace, patch,
 * delete, versions and the problems they share with tags are in
 * {@code dev.masthead.content.SluggedItem*ContractTest}.
 */
@QuarkusTest
class AuthorAdminResourceTest {

    private static final String AUTHORS = "/api/v1/admin/authors";

    // --- web URLs -------------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = { "javascript:alert(1)", "ftp://x", "data:image/png;base64,AAAA", "//images.example.com/a.jpg",
            "/avatars/a.jpg", "not a url", "https://", "file:///etc/passwd" })
    void avatarUrlMustBeAnAbsoluteWebUrl(String url) {
        ValidationProblem.expect(asAdmin().body(Map.of("name", Unique.name("avatar"), "avatarUrl", url))
                .post(AUTHORS).then(), "avatarUrl");
    }

    @ParameterizedTest
    @ValueSource(strings = { "javascript:alert(1)", "ftp://x", "mailto:someone@example.org", "example.org" })
    void websiteMustBeAnAbsoluteWebUrl(String url) {
        ValidationProblem.expect(asAdmin().body(Map.of("name", Unique.name("website"), "website", url))
                .post(AUTHORS).then(), "website");
    }

    @Test
    void avatarUrlOver2048CharactersIsProblem400() {
        String url = "https://images.example.com/" + "a".repeat(2048);

        ValidationProblem.expect(asAdmin().body(Map.of("name", Unique.name("long-url"), "avatarUrl", url))
                .post(AUTHORS).then(), "avatarUrl");
    }

    @Test
    void putWithABadWebsiteIsProblem400() {
        CreatedAuthor author = AuthorFixtures.createAuthor("bad-put");

        ValidationProblem.expect(asAdmin().header("If-Match", "\"0\"")
                .body(Map.of("name", author.name(), "website", "javascript:alert(1)"))
                .put(AUTHORS + "/" + author.id()).then(), "website");
    }

    @Test
    void patchWithABadAvatarUrlIsProblem400() {
        CreatedAuthor author = AuthorFixtures.createAuthor("patch-avatar");

        ValidationProblem.expect(asAdmin().contentType(MergePatch.MEDIA_TYPE).header("If-Match", "\"0\"")
                .body(Map.of("avatarUrl", "javascript:alert(1)")).patch(AUTHORS + "/" + author.id()).then(),
                "avatarUrl");
        asAdmin().get(AUTHORS + "/" + author.id()).then().body("data", not(hasKey("avatarUrl")));
    }

    // --- delete while credited ------------------------------------------------------------

    @Test
    void deleteOfACreditedAuthorIsProblem409AndTheProfileStays() {
        CreatedAuthor author = AuthorFixtures.createAuthor("credited");
        CreatedArticle article = article().author(author.id()).published();

        asAdmin().header("If-Match", "\"0\"").delete(AUTHORS + "/" + author.id())
                .then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("https://masthead.dev/problems/conflict"))
                .body("status", equalTo(409))
                .body("code", equalTo("conflict"))
                .body("detail", containsString("credited"))
                .body("instance", equalTo(AUTHORS + "/" + author.id()));

        asAdmin().get(AUTHORS + "/" + author.id()).then().statusCode(200).body("data.version", equalTo(0));
        given().get("/api/v1/articles/" + article.slug())
                .then().statusCode(200).body("data.authors.slug", contains(author.slug()));
    }

    @Test
    void deleteOfAnAuthorCreditedOnlyOnADraftIsProblem409() {
        CreatedAuthor author = AuthorFixtures.createAuthor("draft-credit");
        article().author(author.id()).draft();

        asAdmin().header("If-Match", "\"0\"").delete(AUTHORS + "/" + author.id())
                .then().statusCode(409).contentType("application/problem+json").body("code", equalTo("conflict"));
        asAdmin().get(AUTHORS + "/" + author.id()).then().statusCode(200);
    }

    @Test
    void deleteSucceedsOnceTheAuthorIsNoLongerCredited() {
        CreatedAuthor leaving = AuthorFixtures.createAuthor("leaving");
        CreatedAuthor staying = AuthorFixtures.createAuthor("staying");
        CreatedArticle article = article().author(leaving.id()).draft();
        asAdmin().contentType(MergePatch.MEDIA_TYPE).header("If-Match", "\"" + ArticleFixtures.version(article.id()) + "\"")
                .body(Map.of("authorIds", List.of(staying.id())))
                .patch("/api/v1/admin/articles/" + article.id()).then().statusCode(200);

        asAdmin().header("If-Match", "\"0\"").delete(AUTHORS + "/" + leaving.id()).then().statusCode(204);
    }
}
