package dev.masthead.article;

import static dev.masthead.article.ArticleFixtures.article;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import jakarta.inject.Inject;

import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

import dev.masthead.author.AuthorFixtures;
import dev.masthead.tag.TagFixtures;
import dev.masthead.tag.TagFixtures.CreatedTag;
import io.quarkus.test.junit.QuarkusTest;

/**
 * A list page costs a fixed, small number of SQL statements whatever its
 * size: authors and tags arrive in batches, never one query per article.
 */
@QuarkusTest
class ArticleListStatementCountTest {

    /** Page query, count, one batch of authors, one batch of tags. */
    private static final long PAGE_MODE_STATEMENTS = 4;

    @Inject
    SessionFactory sessionFactory;

    @Test
    void aPageOfTwentyArticlesWithAuthorsAndTagsIsAFixedNumberOfStatements() {
        CreatedTag section = TagFixtures.createTag("n-plus-one");
        List<String> authors = List.of(AuthorFixtures.createAuthor("np-a").id(), AuthorFixtures.createAuthor("np-b").id(),
                AuthorFixtures.createAuthor("np-c").id());
        List<String> tags = List.of(TagFixtures.createTag("np-x").id(), TagFixtures.createTag("np-y").id());
        for (int i = 0; i < 20; i++) {
            article().tag(section.id()).tag(tags.get(i % 2)).author(authors.get(i % 3)).author(authors.get((i + 1) % 3))
                    .published();
        }

        long twenty = statementsFor(section.slug(), 20, false);
        long five = statementsFor(section.slug(), 5, false);
        long cursor = statementsFor(section.slug(), 20, true);

        assertTrue(twenty >= 2, "Hibernate statistics must be on for this test (quarkus.hibernate-orm.statistics)");
        assertTrue(twenty <= PAGE_MODE_STATEMENTS, "a page of 20 took " + twenty + " statements");
        assertEquals(twenty, five, "statement count must not grow with the page size");
        assertTrue(cursor <= PAGE_MODE_STATEMENTS - 1, "cursor mode skips the count, took " + cursor);
    }

    private long statementsFor(String tag, int pageSize, boolean cursorMode) {
        Statistics statistics = sessionFactory.getStatistics();
        statistics.clear();
        var request = given().queryParam("tag", tag).queryParam("pageSize", pageSize);
        if (cursorMode) {
            request.queryParam("cursor", "");
        }
        request.get("/api/v1/articles").then().statusCode(200)
                .body("data.size()", equalTo(pageSize))
                .body("data[0].authors.size()", equalTo(2))
                .body("data[0].tags.size()", equalTo(2));
        return statistics.getPrepareStatementCount();
    }
}
