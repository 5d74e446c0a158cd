package dev.masthead.content;

import static dev.masthead.article.ArticleFixtures.article;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

import jakarta.inject.Inject;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;

import dev.masthead.article.ArticleFixtures.CreatedArticle;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;

/**
 * While this replica cannot read the content log it cannot learn of other
 * replicas' changes, so its Delivery cache must empty and keep nothing until
 * the log reads again. The log is made unreadable by renaming its table (on
 * H2 and PostgreSQL alike); the test polls the follower itself rather than
 * wait for its thread. Other replicas' changes are played with plain SQL
 * that logs nothing, so only a response rendered anew can show them.
 */
@QuarkusTest
class ContentLogOutageTest {

    @Inject
    DataSource dataSource;

    @Inject
    ContentLogFollower follower;

    @Inject
    MeterRegistry registry;

    @Test
    void theCacheEmptiesAndKeepsNothingWhileTheLogCannotBeRead() throws SQLException {
        CreatedArticle story = article().title("Before the outage").published();
        String page = "/api/v1/articles/" + story.slug();
        OtherReplica other = new OtherReplica(dataSource);
        title(page, "Before the outage");
        assertTrue(cached() > 0, "the page is cached while the log is followed");

        try {
            renameLog("content_event", "content_event_unreadable");
            follower.poll();
            assertEquals(0, cached(), "the cache emptied when the log could not be read");

            other.retitle(story.id(), "During the outage");
            title(page, "During the outage");
            other.retitle(story.id(), "Later in the outage");
            title(page, "Later in the outage");
            assertEquals(0, cached(), "nothing is kept while the log cannot be read");
        } finally {
            renameLog("content_event_unreadable", "content_event");
        }
        follower.poll();

        title(page, "Later in the outage");
        assertTrue(cached() > 0, "caching resumes once the log reads again");
        other.retitle(story.id(), "After the outage");
        title(page, "Later in the outage");
        other.logArticleUpdate(story.id());
        Eventually.reads(() -> given(), page, "data.title", "After the outage", Duration.ofSeconds(5));
    }

    private static void title(String page, String expected) {
        given().get(page).then().statusCode(200).body("data.title", equalTo(expected));
    }

    private double cached() {
        return registry.get("cache.size").tag("cache", "delivery").gauge().value();
    }

    private void renameLog(String from, String to) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("alter table " + from + " rename to " + to);
        }
    }
}
