package dev.masthead.article;

import static dev.masthead.article.ArticleFixtures.article;
import static dev.masthead.auth.AdminSession.asAdmin;
import static dev.masthead.author.AuthorFixtures.createAuthor;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.masthead.article.ArticleFixtures.CreatedArticle;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

/** Scheduling, unscheduling and expiry through the Management API, and what each may refuse. */
@QuarkusTest
class ArticleScheduleResourceTest {

    static final String ARTICLES = "/api/v1/admin/articles";

    static ValidatableResponse schedule(String id, Instant publishAt, Instant unpublishAt) {
        Map<String, Object> body = new HashMap<>(Map.of("publishAt", publishAt.toString()));
        if (unpublishAt != null) {
            body.put("unpublishAt", unpublishAt.toString());
        }
        return asAdmin().body(body).post(ARTICLES + "/" + id + "/schedule").then();
    }

    static ValidatableResponse patchExpiry(String id, Object unpublishAt) {
        Map<String, Object> patch = new HashMap<>();
        patch.put("unpublishAt", unpublishAt);
        return asAdmin().contentType("application/merge-patch+json").header("If-Match", "*").body(patch)
                .patch(ARTICLES + "/" + id).then();
    }

    private static Instant later(long minutes) {
        return Instant.now().plus(1, ChronoUnit.DAYS).plus(minutes, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.MILLIS);
    }

    @Test
    void schedulingADraftQueuesItAndUnschedulingTakesItBack() {
        CreatedArticle draft = article().draft();
        Instant at = later(0);
        Instant until = later(60);

        schedule(draft.id(), at, until).statusCode(200).contentType("application/json")
                .header("ETag", "\"" + (draft.version() + 1) + "\"")
                .body("data.status", equalTo("SCHEDULED"))
                .body("data.publishAt", equalTo(at.toString()))
                .body("data.unpublishAt", equalTo(until.toString()))
                .body("data.publishedAt", nullValue());
        given().get("/api/v1/articles/" + draft.slug()).then().statusCode(404);

        asAdmin().post(ARTICLES + "/" + draft.id() + "/unschedule").then().statusCode(200)
                .body("data.status", equalTo("DRAFT"))
                .body("data.publishAt", nullValue())
                .body("data.unpublishAt", nullValue());
    }

    @Test
    void aScheduledArticleMayBeMovedToAnotherTime() {
        CreatedArticle draft = article().draft();
        schedule(draft.id(), later(0), null).statusCode(200);
        Instant moved = later(30);

        schedule(draft.id(), moved, null).statusCode(200).body("data.publishAt", equalTo(moved.toString()));
    }

    @Test
    void publishAtMustBeInTheFutureAndUnpublishAtAfterIt() {
        CreatedArticle draft = article().draft();

        schedule(draft.id(), Instant.now().minusSeconds(5), null).statusCode(400)
                .contentType("application/problem+json").body("code", equalTo("validation-failed"))
                .body("errors.field", hasItem("publishAt"));
        schedule(draft.id(), later(10), later(5)).statusCode(400).body("errors.field", hasItem("unpublishAt"));
        Instant at = later(10);
        schedule(draft.id(), at, at).statusCode(400).body("errors.field", hasItem("unpublishAt"));
        asAdmin().body(Map.of()).post(ARTICLES + "/" + draft.id() + "/schedule").then().statusCode(400)
                .body("errors.field", hasItem("publishAt"));
        asAdmin().body(Map.of("publishAt", "tomorrow")).post(ARTICLES + "/" + draft.id() + "/schedule").then()
                .statusCode(400).contentType("application/problem+json");
        asAdmin().get(ARTICLES + "/" + draft.id()).then().body("data.status", equalTo("DRAFT"));
    }

    @Test
    void aPublishedArticleCannotBeScheduledNorADraftUnscheduled() {
        CreatedArticle published = article().published();
        schedule(published.id(), later(0), null).statusCode(409).contentType("application/problem+json")
                .body("code", equalTo("conflict"));

        CreatedArticle draft = article().draft();
        asAdmin().post(ARTICLES + "/" + draft.id() + "/unschedule").then().statusCode(409)
                .body("code", equalTo("conflict"));
    }

    @Test
    void aStaleIfMatchIs412AndTheCurrentOneIsAccepted() {
        CreatedArticle draft = article().draft();
        asAdmin().header("If-Match", "\"" + (draft.version() + 7) + "\"")
                .body(Map.of("publishAt", later(0).toString())).post(ARTICLES + "/" + draft.id() + "/schedule")
                .then().statusCode(412).contentType("application/problem+json").body("code", equalTo("stale-version"));

        int version = asAdmin().header("If-Match", "\"" + draft.version() + "\"")
                .body(Map.of("publishAt", later(0).toString())).post(ARTICLES + "/" + draft.id() + "/schedule")
                .then().statusCode(200).extract().path("data.version");

        asAdmin().header("If-Match", "\"" + (version - 1) + "\"").post(ARTICLES + "/" + draft.id() + "/unschedule")
                .then().statusCode(412);
        asAdmin().header("If-Match", "\"" + version + "\"").post(ARTICLES + "/" + draft.id() + "/unschedule")
                .then().statusCode(200);
    }

    @Test
    void unknownArticlesAre404AndAnonymousCallers401() {
        schedule("00000000-0000-0000-0000-000000000000", later(0), null).statusCode(404);
        given().contentType("application/json").body(Map.of("publishAt", later(0).toString()))
                .post(ARTICLES + "/" + article().draft().id() + "/schedule").then().statusCode(401);
    }

    @Test
    void theQueueListsScheduledArticlesNextDueFirst() {
        CreatedArticle last = article().draft();
        CreatedArticle first = article().draft();
        CreatedArticle middle = article().draft();
        schedule(last.id(), later(300), null).statusCode(200);
        schedule(first.id(), later(100), null).statusCode(200);
        schedule(middle.id(), later(200), null).statusCode(200);

        List<String> ids = asAdmin().get(ARTICLES + "?status=SCHEDULED&pageSize=100").then().statusCode(200)
                .body("data.status", org.hamcrest.Matchers.everyItem(equalTo("SCHEDULED")))
                .extract().path("data.id");
        List<String> mine = ids.stream().filter(List.of(first.id(), middle.id(), last.id())::contains).toList();
        assertEquals(List.of(first.id(), middle.id(), last.id()), mine);
        List<String> due = asAdmin().get(ARTICLES + "?status=SCHEDULED&pageSize=100").then()
                .extract().path("data.publishAt");
        List<Instant> times = due.stream().map(Instant::parse).toList();
        for (int i = 1; i < times.size(); i++) {
            assertTrue(!times.get(i).isBefore(times.get(i - 1)), "the queue is ordered by publishAt");
        }
    }

    @Test
    void aPublishedArticleTakesAnExpiryThatNullClears() {
        CreatedArticle published = article().published();
        Instant until = later(0);

        patchExpiry(published.id(), until.toString()).statusCode(200).body("data.unpublishAt", equalTo(until.toString()))
                .body("data.status", equalTo("PUBLISHED"));
        patchExpiry(published.id(), null).statusCode(200).body("data.unpublishAt", nullValue());
        patchExpiry(published.id(), Instant.now().minusSeconds(1).toString()).statusCode(400)
                .body("errors.field", hasItem("unpublishAt"));
        patchExpiry(published.id(), "soon").statusCode(400).body("errors.field", hasItem("unpublishAt"));
    }

    @Test
    void aDraftTakesNoExpiryAndAScheduledOneOnlyAfterPublishAt() {
        CreatedArticle draft = article().draft();
        patchExpiry(draft.id(), later(0).toString()).statusCode(400).body("errors.field", hasItem("unpublishAt"));

        schedule(draft.id(), later(10), null).statusCode(200);
        patchExpiry(draft.id(), later(5).toString()).statusCode(400).body("errors.field", hasItem("unpublishAt"));
        patchExpiry(draft.id(), later(20).toString()).statusCode(200).body("data.status", equalTo("SCHEDULED"));
    }

    @Test
    void anEditKeepsTheScheduleAndAPutCannotDropIt() {
        CreatedArticle draft = article().author(createAuthor("sched-put").id()).draft();
        Instant at = later(0);
        schedule(draft.id(), at, later(5)).statusCode(200);

        asAdmin().header("If-Match", "*").body(Map.of("title", "Rewritten while queued", "markdown", "Text."))
                .put(ARTICLES + "/" + draft.id()).then().statusCode(200)
                .body("data.status", equalTo("SCHEDULED")).body("data.publishAt", equalTo(at.toString()))
                .body("data.unpublishAt", org.hamcrest.Matchers.notNullValue());
    }

    @Test
    void publishingAScheduledArticleByHandUsesUpItsSchedule() {
        CreatedArticle draft = article().draft();
        schedule(draft.id(), later(0), later(10)).statusCode(200);

        asAdmin().post(ARTICLES + "/" + draft.id() + "/publish").then().statusCode(200)
                .body("data.status", equalTo("PUBLISHED")).body("data.publishAt", nullValue())
                .body("data.unpublishAt", org.hamcrest.Matchers.notNullValue());
    }
}
