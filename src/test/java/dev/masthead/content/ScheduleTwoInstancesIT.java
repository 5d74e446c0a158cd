package dev.masthead.content;

import static dev.masthead.article.ArticleFixtures.article;
import static dev.masthead.auth.AdminSession.asAdmin;
import static dev.masthead.tag.TagFixtures.createTag;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.masthead.article.ArticleFixtures.CreatedArticle;
import dev.masthead.tag.TagFixtures.CreatedTag;
import io.quarkus.test.junit.QuarkusIntegrationTest;

/**
 * Two replicas on one PostgreSQL database, both running the schedule, and
 * many articles due at the same instant: each goes out exactly once (one
 * PUBLISHED content event), none is missed, every one with publishedAt =
 * publishAt.
 */
@QuarkusIntegrationTest
class ScheduleTwoInstancesIT {

    private static final int ARTICLES = 50;
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
    void manyArticlesDueTogetherArePublishedExactlyOnceEach() throws Exception {
        CreatedTag tag = createTag("due-together");
        List<CreatedArticle> drafts = new ArrayList<>();
        for (int i = 0; i < ARTICLES; i++) {
            drafts.add(article().tag(tag.id()).draft());
        }
        // Far enough ahead for all 50 schedule calls on a loaded machine.
        Instant publishAt = Instant.now().plusSeconds(20).truncatedTo(ChronoUnit.SECONDS);
        for (CreatedArticle draft : drafts) {
            asAdmin().body(Map.of("publishAt", publishAt.toString()))
                    .post("/api/v1/admin/articles/" + draft.id() + "/schedule").then().statusCode(200);
        }

        Instant deadline = publishAt.plus(Duration.ofSeconds(10));
        int total = -1;
        while (Instant.now().isBefore(deadline) && total != ARTICLES) {
            Thread.sleep(200);
            total = second.request().get("/api/v1/articles?pageSize=100&tag=" + tag.slug()).then().statusCode(200)
                    .extract().path("meta.total");
        }
        assertEquals(ARTICLES, total, "every due article went out");

        List<String> publishedAt = second.request().get("/api/v1/articles?pageSize=100&tag=" + tag.slug())
                .then().extract().path("data.publishedAt");
        assertEquals(ARTICLES, publishedAt.stream().filter(publishAt.toString()::equals).count());
        Map<String, Integer> events = publishedEvents(drafts);
        for (CreatedArticle draft : drafts) {
            assertEquals(1, events.getOrDefault(draft.id(), 0), "PUBLISHED events of " + draft.id());
        }
    }

    private static Map<String, Integer> publishedEvents(List<CreatedArticle> articles) throws SQLException {
        Map<String, Integer> counts = new HashMap<>();
        try (Connection connection = SharedDatabase.connect();
                PreparedStatement select = connection.prepareStatement("select count(*) from content_event "
                        + "where entity_id = ? and operation = 'PUBLISHED'")) {
            for (CreatedArticle article : articles) {
                select.setObject(1, UUID.fromString(article.id()));
                try (ResultSet row = select.executeQuery()) {
                    row.next();
                    counts.put(article.id(), row.getInt(1));
                }
            }
        }
        return counts;
    }
}
