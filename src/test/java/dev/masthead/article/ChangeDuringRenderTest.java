package dev.masthead.article;

import static dev.masthead.article.ArticleFixtures.article;
import static dev.masthead.tag.TagFixtures.createTag;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.inject.Inject;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;

import dev.masthead.article.ArticleFixtures.CreatedArticle;
import dev.masthead.content.Writes;
import dev.masthead.site.Permalinks;
import dev.masthead.tag.TagFixtures.CreatedTag;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;

/**
 * A Delivery response rendered while a change lands must not be kept: it was
 * read before the change, and keeping it would serve the old content until
 * the next change. The race is driven, not hoped for: for one test the
 * Delivery read path is replaced by one that reads, then has an editor's
 * write commit (over HTTP, on another request), then hands back what it read.
 */
@QuarkusTest
class ChangeDuringRenderTest {

    @Inject
    DataSource dataSource;

    @Inject
    Permalinks permalinks;

    @Test
    void anArticlePageReadBeforeAChangeIsNotKept() {
        CreatedArticle story = article().title("Read before the change").published();
        String page = "/api/v1/articles/" + story.slug();
        AtomicBoolean landed = new AtomicBoolean();
        QuarkusMock.installMockForType(new PublishedArticleReads(dataSource, permalinks) {
            @Override
            Optional<PublishedArticle.Found> bySlug(String slug) {
                Optional<PublishedArticle.Found> read = super.bySlug(slug);
                if (slug.equals(story.slug()) && landed.compareAndSet(false, true)) {
                    Writes.patch(Writes.article(story.id()), Map.of("title", "Landed while rendering"));
                }
                return read;
            }
        }, PublishedArticleReads.class);

        String before = given().get(page).then().statusCode(200)
                .body("data.title", equalTo("Read before the change")).extract().header("ETag");
        assertTrue(landed.get(), "the change landed during the render");

        String after = given().get(page).then().statusCode(200)
                .body("data.title", equalTo("Landed while rendering")).extract().header("ETag");
        assertNotEquals(before, after);
        given().header("If-None-Match", before).get(page).then().statusCode(200);
    }

    @Test
    void aListReadBeforeAChangeIsNotKept() {
        CreatedTag tag = createTag("during-render");
        CreatedArticle story = article().tag(tag.id()).title("Listed before the change").published();
        String list = "/api/v1/articles?tag=" + tag.slug();
        AtomicBoolean landed = new AtomicBoolean();
        QuarkusMock.installMockForType(new PublishedArticleReads(dataSource, permalinks) {
            @Override
            Listed list(ArticleQuery query) {
                Listed read = super.list(query);
                if (query.tags().contains(tag.slug()) && landed.compareAndSet(false, true)) {
                    Writes.patch(Writes.article(story.id()), Map.of("title", "Listed while rendering"));
                }
                return read;
            }
        }, PublishedArticleReads.class);

        given().get(list).then().statusCode(200).body("data[0].title", equalTo("Listed before the change"));
        assertTrue(landed.get(), "the change landed during the render");

        given().get(list).then().statusCode(200).body("data[0].title", equalTo("Listed while rendering"));
    }
}
