package dev.masthead.article;

import static dev.masthead.article.ArticleFixtures.article;
import static dev.masthead.article.ArticleScheduleResourceTest.patchExpiry;
import static dev.masthead.article.ArticleScheduleResourceTest.schedule;
import static dev.masthead.auth.AdminSession.asAdmin;
import static dev.masthead.author.AuthorFixtures.createAuthor;
import static dev.masthead.tag.TagFixtures.createTag;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.masthead.article.ArticleFixtures.CreatedArticle;
import dev.masthead.author.AuthorFixtures.CreatedAuthor;
import dev.masthead.tag.TagFixtures.CreatedTag;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The schedule firing: on time, exactly once, through the manual publish's
 * path (its content event, its counts, its cache invalidation), taking
 * expired articles down, catching up on overdue work; and, until it fires, a
 * scheduled article invisible to every Delivery read.
 */
@QuarkusTest
class ArticleSchedulerTest {

    private static final Duration WITHIN = Duration.ofSeconds(6);

    @Inject
    ArticleScheduler scheduler;

    @Inject
    DataSource dataSource;

    private CreatedTag tag;
    private CreatedAuthor author;

    @BeforeEach
    void aSection() {
        tag = createTag("sched-tag");
        author = createAuthor("sched-author");
    }

    @Test
    void aScheduledArticleIsInvisibleToEveryDeliveryRead() {
        long total = siteTotal();
        CreatedArticle queued = article().tag(tag.id()).author(author.id()).draft();
        schedule(queued.id(), Instant.now().plus(1, ChronoUnit.HOURS), null).statusCode(200);

        given().get("/api/v1/articles/" + queued.slug()).then().statusCode(404);
        given().get("/api/v1/articles?tag=" + tag.slug()).then().statusCode(200).body("meta.total", equalTo(0));
        given().get("/api/v1/articles?author=" + author.slug()).then().statusCode(200).body("meta.total", equalTo(0));
        given().get("/api/v1/tags/" + tag.slug()).then().statusCode(200).body("data.articleCount", equalTo(0));
        given().get("/api/v1/authors/" + author.slug()).then().statusCode(200).body("data.articleCount", equalTo(0));
        given().get("/api/v1/recent-posts?limit=50").then().statusCode(200).body("data.slug", not(hasItem(queued.slug())));
        assertEquals(total, siteTotal());
        for (String document : List.of("/feeds/rss.xml", "/feeds/atom.xml", "/feeds/feed.json",
                "/feeds/tags/" + tag.slug() + "/rss.xml", "/sitemap-news.xml", "/sitemaps/articles-1.xml")) {
            var response = given().get(document);
            if (response.statusCode() == 200) {
                assertFalse(response.asString().contains(queued.slug()), document + " shows a scheduled article");
            } else {
                assertEquals(404, response.statusCode(), document);
            }
        }
    }

    @Test
    void itGoesOutOnTimeLikeAManualPublish() throws SQLException {
        CreatedArticle queued = article().tag(tag.id()).author(author.id()).draft();
        Instant publishAt = Instant.now().plusSeconds(2).truncatedTo(ChronoUnit.MILLIS);
        schedule(queued.id(), publishAt, null).statusCode(200);
        String list = "/api/v1/articles?tag=" + tag.slug();
        given().get(list).then().statusCode(200).body("meta.total", equalTo(0));
        given().get(list).then().statusCode(200).body("meta.total", equalTo(0));

        Instant seen = awaitStatus("/api/v1/articles/" + queued.slug(), 200);

        Duration latency = Duration.between(publishAt, seen);
        System.out.println("Scheduled publish seen " + latency.toMillis() + " ms after publishAt");
        assertTrue(latency.compareTo(Duration.ofSeconds(3)) < 0, "fired " + latency + " after publishAt");
        given().get(list).then().statusCode(200).body("meta.total", equalTo(1))
                .body("data[0].slug", equalTo(queued.slug()))
                .body("data[0].publishedAt", equalTo(publishAt.toString()));
        given().get("/api/v1/tags/" + tag.slug()).then().body("data.articleCount", equalTo(1));
        given().get("/api/v1/authors/" + author.slug()).then().body("data.articleCount", equalTo(1));
        asAdmin().get("/api/v1/admin/articles/" + queued.id()).then().body("data.status", equalTo("PUBLISHED"))
                .body("data.publishedAt", equalTo(publishAt.toString())).body("data.publishAt", nullValue());
        assertEquals(List.of("CREATED", "SCHEDULED", "PUBLISHED"), eventsOf(queued.id()));
        assertTrue(given().get("/feeds/tags/" + tag.slug() + "/rss.xml").asString().contains(queued.slug()));
    }

    @Test
    void anExpiredArticleComesDownLikeAManualUnpublish() throws SQLException {
        CreatedArticle live = article().tag(tag.id()).author(author.id()).published();
        String list = "/api/v1/articles?tag=" + tag.slug();
        given().get(list).then().statusCode(200).body("meta.total", equalTo(1));
        patchExpiry(live.id(), Instant.now().plusSeconds(2).toString()).statusCode(200);

        awaitStatus("/api/v1/articles/" + live.slug(), 404);

        given().get(list).then().statusCode(200).body("meta.total", equalTo(0));
        given().get("/api/v1/tags/" + tag.slug()).then().body("data.articleCount", equalTo(0));
        asAdmin().get("/api/v1/admin/articles/" + live.id()).then().body("data.status", equalTo("DRAFT"))
                .body("data.unpublishAt", nullValue()).body("data.publishedAt", nullValue());
        List<String> events = eventsOf(live.id());
        assertEquals("UNPUBLISHED", events.get(events.size() - 1));
        assertEquals(1, events.stream().filter("UNPUBLISHED"::equals).count());
    }

    @Test
    void overdueWorkRunsAtTheNextRunWithPublishedAtFromTheSchedule() throws SQLException {
        CreatedArticle overdue = article().tag(tag.id()).author(author.id()).draft();
        schedule(overdue.id(), Instant.now().plus(1, ChronoUnit.HOURS), null).statusCode(200);
        Instant past = Instant.now().minus(3, ChronoUnit.HOURS).truncatedTo(ChronoUnit.MICROS);
        setDue(overdue.id(), past, null);

        scheduler.run();

        asAdmin().get("/api/v1/admin/articles/" + overdue.id()).then().body("data.status", equalTo("PUBLISHED"))
                .body("data.publishedAt", equalTo(past.toString()));
        given().get("/api/v1/articles/" + overdue.slug()).then().statusCode(200)
                .body("data.publishedAt", equalTo(past.toString()));
        assertEquals(List.of("CREATED", "SCHEDULED", "PUBLISHED"), eventsOf(overdue.id()));
        scheduler.run();
        assertEquals(List.of("CREATED", "SCHEDULED", "PUBLISHED"), eventsOf(overdue.id()), "published once");
    }

    @Test
    void aWindowThatPassedWhileStoppedGoesOutAndComesDown() throws SQLException {
        CreatedArticle missed = article().tag(tag.id()).author(author.id()).draft();
        schedule(missed.id(), Instant.now().plus(1, ChronoUnit.HOURS), Instant.now().plus(2, ChronoUnit.HOURS))
                .statusCode(200);
        setDue(missed.id(), Instant.now().minus(3, ChronoUnit.HOURS), Instant.now().minus(1, ChronoUnit.HOURS));

        scheduler.run();

        asAdmin().get("/api/v1/admin/articles/" + missed.id()).then().body("data.status", equalTo("DRAFT"));
        assertEquals(List.of("CREATED", "SCHEDULED", "PUBLISHED", "UNPUBLISHED"), eventsOf(missed.id()));
        given().get("/api/v1/articles/" + missed.slug()).then().statusCode(404);
    }

    private static Instant awaitStatus(String path, int status) {
        Instant deadline = Instant.now().plus(WITHIN);
        while (Instant.now().isBefore(deadline)) {
            if (given().get(path).statusCode() == status) {
                return Instant.now();
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        return fail(path + " did not answer " + status + " within " + WITHIN);
    }

    private static long siteTotal() {
        return given().get("/api/v1/articles?pageSize=1").then().statusCode(200).extract().<Number>path("meta.total")
                .longValue();
    }

    /** Plays a stop: the schedule's times passed while nothing ran. */
    private void setDue(String id, Instant publishAt, Instant unpublishAt) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement update = connection.prepareStatement(
                        "update article set publish_at = ?, unpublish_at = ? where id = ? and status = 'SCHEDULED'")) {
            update.setObject(1, OffsetDateTime.ofInstant(publishAt, ZoneOffset.UTC));
            update.setObject(2, unpublishAt == null ? null : OffsetDateTime.ofInstant(unpublishAt, ZoneOffset.UTC));
            update.setObject(3, UUID.fromString(id));
            assertEquals(1, update.executeUpdate());
        }
    }

    private List<String> eventsOf(String id) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(
                        "select operation from content_event where entity_id = ? order by seq")) {
            select.setObject(1, UUID.fromString(id));
            List<String> events = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    events.add(rows.getString(1));
                }
            }
            return events;
        }
    }
}
