package dev.masthead.sync;

import static dev.masthead.article.ArticleFixtures.article;
import static dev.masthead.auth.AdminSession.asAdmin;
import static dev.masthead.author.AuthorFixtures.createAuthor;
import static dev.masthead.tag.TagFixtures.createTag;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.inject.Inject;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;

import dev.masthead.article.ArticleFixtures;
import dev.masthead.article.ArticleFixtures.CreatedArticle;
import dev.masthead.article.ArticleScheduler;
import dev.masthead.author.AuthorFixtures.CreatedAuthor;
import dev.masthead.content.Writes;
import dev.masthead.tag.TagFixtures.CreatedTag;
import io.quarkus.test.junit.QuarkusTest;

/**
 * GET /api/v1/sync as a mobile client uses it: an initial sync in pages,
 * then deltas with upserts and typed tombstones, coalesced per item, never
 * showing a draft; its parameters, ETags and the 410 for an expired cursor.
 */
@QuarkusTest
class SyncResourceTest {

    @Inject
    DataSource dataSource;

    @Inject
    ArticleScheduler scheduler;

    @Test
    void anInitialSyncPagesThroughArticlesThenTagsThenAuthors() {
        CreatedTag tag = createTag("sync-tag");
        CreatedAuthor author = createAuthor("sync-author");
        List<CreatedArticle> published = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            published.add(article().tag(tag.id()).author(author.id()).published());
        }
        CreatedArticle draft = article().tag(tag.id()).author(author.id()).draft();

        SyncClient client = new SyncClient(2, null);
        client.sync();

        assertTrue(client.pages.size() > 1, "several pages");
        client.pages.forEach(page -> assertTrue(page.size() <= 2, "at most limit items a page"));
        List<String> kinds = client.received.stream().map(item -> (String) item.get("type")).toList();
        assertEquals(kinds.stream().sorted(this::phaseOrder).toList(), kinds, "articles, then tags, then authors");
        assertFalse(kinds.stream().anyMatch(kind -> kind.contains(".")), "no tombstone in an initial sync");
        published.forEach(a -> assertTrue(client.articles.containsKey(a.id()), "published article " + a.slug()));
        assertFalse(client.articles.containsKey(draft.id()), "never a draft");
        assertEquals(publishedTitles(), titles(client), "every published article, once");
        assertTrue(client.tags.containsKey(tag.id()));
        assertTrue(client.authors.containsKey(author.id()));
        assertEquals(1, client.received.stream().filter(item -> tag.id().equals(SyncClient.idOf(item))).count());

        Map<String, Object> delivered = given().get("/api/v1/articles/" + published.get(0).slug()).then()
                .statusCode(200).extract().jsonPath().getMap("data");
        assertEquals(delivered, client.articles.get(published.get(0).id()), "the article page's shape, whole");
        Map<String, Object> tagPage = given().get("/api/v1/tags/" + tag.slug()).then().statusCode(200)
                .extract().jsonPath().getMap("data");
        assertEquals(tagPage, client.tags.get(tag.id()));
    }

    @Test
    void aDeltaBringsUpsertsAndEachKindOfTombstone() throws SQLException {
        CreatedAuthor writer = createAuthor("sync-writer");
        CreatedArticle deleted = article().author(writer.id()).published();
        CreatedArticle unpublished = article().author(writer.id()).published();
        CreatedArticle expiring = article().author(writer.id()).published();
        CreatedTag tag = createTag("sync-gone-tag");
        CreatedAuthor author = createAuthor("sync-gone-author");
        SyncClient client = caughtUp(null);

        CreatedArticle fresh = article().author(writer.id()).published();
        Writes.delete(Writes.article(deleted.id()));
        ArticleFixtures.unpublish(unpublished.id());
        expire(expiring.id());
        Writes.delete(Writes.tag(tag.id()));
        Writes.delete(Writes.author(author.id()));
        List<Map<String, Object>> delta = client.sync();

        assertEquals("article", only(client, fresh.id()).get("type"));
        assertTombstone(only(client, deleted.id()), "article.deleted", deleted.slug());
        assertTombstone(only(client, unpublished.id()), "article.unpublished", unpublished.slug());
        assertTombstone(only(client, expiring.id()), "article.unpublished", expiring.slug());
        assertTombstone(only(client, tag.id()), "tag.deleted", tag.slug());
        assertTombstone(only(client, author.id()), "author.deleted", author.slug());
        assertEquals(6, delta.size(), "one item per changed item: " + delta);
        assertTrue(client.articles.containsKey(fresh.id()));
        assertFalse(client.articles.containsKey(deleted.id()));
        assertFalse(client.tags.containsKey(tag.id()));
        assertFalse(client.authors.containsKey(author.id()));
    }

    @Test
    void severalChangesToOneItemComeOnceAsItsLatestState() {
        CreatedArticle story = article().published();
        SyncClient client = caughtUp(null);
        for (int i = 1; i <= 3; i++) {
            Writes.patch(Writes.article(story.id()), Map.of("title", "Edit " + i + " of " + story.title()));
        }
        CreatedTag tag = createTag("sync-renamed");
        Writes.patch(Writes.tag(tag.id()), Map.of("name", "Renamed " + tag.name()));

        client.sync();

        assertEquals(1, client.itemsFor(story.id()).size(), "coalesced: " + client.itemsFor(story.id()));
        assertEquals("Edit 3 of " + story.title(), client.articles.get(story.id()).get("title"));
        assertEquals(1, client.itemsFor(tag.id()).size());
        assertEquals("Renamed " + tag.name(), client.tags.get(tag.id()).get("name"));
    }

    @Test
    void coalescingHoldsAcrossPagesOfOneDelta() {
        CreatedArticle story = article().published();
        SyncClient client = new SyncClient(1, "article");
        client.sync();
        CreatedArticle other = article().published();
        Writes.patch(Writes.article(story.id()), Map.of("title", "First edit of " + story.title()));
        Writes.patch(Writes.article(story.id()), Map.of("title", "Last edit of " + story.title()));

        client.sync();

        assertEquals(1, client.itemsFor(story.id()).size());
        assertEquals(1, client.itemsFor(other.id()).size());
        assertEquals("Last edit of " + story.title(), client.articles.get(story.id()).get("title"));
    }

    @Test
    void aDraftNeverAppearsNeitherAsItemNorAsTombstone() throws SQLException {
        SyncClient client = caughtUp(null);
        CreatedArticle draft = article().title("Sync secret draft " + System.nanoTime()).draft();
        Writes.patch(Writes.article(draft.id()), Map.of("title", "Sync secret draft, edited " + System.nanoTime()));
        asAdmin().body(Map.of("publishAt", Instant.now().plus(2, ChronoUnit.DAYS).toString()))
                .post("/api/v1/admin/articles/" + draft.id() + "/schedule").then().statusCode(200);
        asAdmin().post("/api/v1/admin/articles/" + draft.id() + "/unschedule").then().statusCode(200);
        SyncClient fresh = caughtUp(null);
        assertFalse(fresh.articles.containsKey(draft.id()), "not in an initial sync");
        Writes.delete(Writes.article(draft.id()));

        String delta = given().queryParam("cursor", client.cursor).get("/api/v1/sync").then().statusCode(200)
                .extract().asString();

        assertFalse(delta.contains(draft.id()), delta);
        assertFalse(delta.contains(draft.slug()), delta);
        assertTrue(eventCount(draft.id()) >= 5, "the log has the draft's changes, the sync does not show them");
        given().queryParam("cursor", fresh.cursor).get("/api/v1/sync").then().statusCode(200)
                .body("items.size()", equalTo(0));
    }

    @Test
    void theTypesFilterKeepsToItsKindsAndStaysWithTheCursor() {
        SyncClient tagsOnly = caughtUp("tag");
        CreatedTag tag = createTag("sync-filter");
        article().published();

        List<Map<String, Object>> delta = tagsOnly.sync();

        assertEquals(List.of("tag"), delta.stream().map(item -> item.get("type")).distinct().toList());
        assertTrue(tagsOnly.tags.containsKey(tag.id()));
        SyncClient everything = new SyncClient(500, "tag");
        everything.sync();
        assertTrue(everything.articles.isEmpty() && everything.authors.isEmpty());
        given().queryParam("cursor", tagsOnly.cursor).queryParam("types", "tag").get("/api/v1/sync").then()
                .statusCode(200);
        given().queryParam("cursor", tagsOnly.cursor).queryParam("types", "tag,article").get("/api/v1/sync").then()
                .statusCode(400).body("code", equalTo("invalid-parameter")).body("errors[0].field", equalTo("types"));
    }

    @Test
    void anEmptyDeltaAnswersTheSameCursorAndItsETagAnswers304() {
        SyncClient client = caughtUp(null);

        var first = given().queryParam("cursor", client.cursor).get("/api/v1/sync").then().statusCode(200)
                .header("Cache-Control", "no-cache").body("items.size()", equalTo(0))
                .body("nextSyncCursor", equalTo(client.cursor)).extract();
        String etag = first.header("ETag");
        assertNotNull(etag);

        given().queryParam("cursor", client.cursor).header("If-None-Match", etag).get("/api/v1/sync").then()
                .statusCode(304).header("ETag", etag);
        given().queryParam("limit", 1).queryParam("types", "author").get("/api/v1/sync").then().statusCode(200);
        String initialTag = given().queryParam("limit", 1).queryParam("types", "author").get("/api/v1/sync")
                .header("ETag");
        given().queryParam("limit", 1).queryParam("types", "author").header("If-None-Match", initialTag)
                .get("/api/v1/sync").then().statusCode(304);
        createTag("sync-etag");
        given().queryParam("cursor", client.cursor).header("If-None-Match", etag).get("/api/v1/sync").then()
                .statusCode(200).body("items.size()", equalTo(1));
    }

    @Test
    void aCursorBelowTheTrimmedLogAnswers410() throws SQLException {
        createTag("sync-expiring");
        createTag("sync-expiring");
        SyncClient client = caughtUp("author");
        SyncClient initial = new SyncClient(500, "tag");
        String pageCursor = given().queryParam("limit", 1).queryParam("types", "tag").get("/api/v1/sync").then()
                .statusCode(200).extract().path("nextPageCursor");
        createTag("sync-expired");
        long before = trimmedThrough();
        try {
            execute("update content_event_head set trimmed_through = seq where id = 1");
            for (String cursor : new String[] { client.cursor, pageCursor }) {
                given().queryParam("cursor", cursor).get("/api/v1/sync").then().statusCode(410)
                        .contentType("application/problem+json").body("code", equalTo("sync-cursor-expired"))
                        .body("status", equalTo(410)).body("detail", startsWith("This sync cursor is older"));
            }
            initial.sync();
        } finally {
            execute("update content_event_head set trimmed_through = " + before + " where id = 1");
        }
    }

    @Test
    void badParametersAre400() {
        for (String limit : new String[] { "0", "501", "ten", "1.5" }) {
            given().queryParam("limit", limit).get("/api/v1/sync").then().statusCode(400)
                    .body("code", equalTo("invalid-parameter")).body("errors[0].field", equalTo("limit"));
        }
        for (String types : new String[] { "articles", "article,", "tag;author", "draft" }) {
            given().queryParam("types", types).get("/api/v1/sync").then().statusCode(400)
                    .body("code", equalTo("invalid-parameter")).body("errors[0].field", equalTo("types"));
        }
        given().queryParam("types", "").get("/api/v1/sync").then().statusCode(400)
                .body("code", equalTo("invalid-parameter"));
        given().queryParam("cursor", "made-up").get("/api/v1/sync").then().statusCode(400)
                .body("code", equalTo("invalid-parameter")).body("errors[0].field", equalTo("cursor"));
        String listCursor = given().queryParam("cursor", "").queryParam("pageSize", 1).get("/api/v1/articles")
                .then().extract().path("meta.nextCursor");
        if (listCursor != null) {
            given().queryParam("cursor", listCursor).get("/api/v1/sync").then().statusCode(400)
                    .body("errors[0].field", equalTo("cursor"));
        }
        given().queryParam("since", "yesterday").get("/api/v1/sync").then().statusCode(400)
                .body("code", equalTo("unknown-parameter"));
    }

    // --- helpers --------------------------------------------------------------------

    /** A client that has done its initial sync (in big pages) and holds its sync cursor. */
    static SyncClient caughtUp(String types) {
        SyncClient client = new SyncClient(500, types);
        client.sync();
        return client;
    }

    private int phaseOrder(String a, String b) {
        List<String> order = List.of("article", "tag", "author");
        return Integer.compare(order.indexOf(a), order.indexOf(b));
    }

    private static Map<String, Object> only(SyncClient client, String id) {
        List<Map<String, Object>> items = client.itemsFor(id);
        assertEquals(1, items.size(), "one item for " + id + ": " + items);
        return items.get(0);
    }

    private static void assertTombstone(Map<String, Object> item, String type, String slug) {
        assertEquals(type, item.get("type"), item.toString());
        assertEquals(slug, item.get("slug"));
        assertNotNull(Instant.parse((String) item.get("at")));
    }

    /** Sets an expiry, makes it due, and runs the schedule as its poll would. */
    private void expire(String id) throws SQLException {
        asAdmin().contentType("application/merge-patch+json").header("If-Match", "*")
                .body(Map.of("unpublishAt", Instant.now().plus(1, ChronoUnit.HOURS).toString()))
                .patch("/api/v1/admin/articles/" + id).then().statusCode(200);
        try (Connection connection = dataSource.getConnection();
                PreparedStatement update = connection.prepareStatement(
                        "update article set unpublish_at = ? where id = ?")) {
            update.setObject(1, OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(1));
            update.setObject(2, java.util.UUID.fromString(id));
            update.executeUpdate();
        }
        scheduler.run();
        asAdmin().get("/api/v1/admin/articles/" + id).then().body("data.status", equalTo("DRAFT"));
    }

    Map<String, String> publishedTitles() {
        return SyncNoGapTest.publishedTitles(dataSource);
    }

    static Map<String, String> titles(SyncClient client) {
        return client.articles.entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, entry -> (String) entry.getValue().get("title")));
    }

    private long eventCount(String id) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(
                        "select count(*) from content_event where entity_id = ?")) {
            select.setObject(1, java.util.UUID.fromString(id));
            try (ResultSet result = select.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        }
    }

    private long trimmedThrough() throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(
                        "select trimmed_through from content_event_head where id = 1");
                ResultSet result = select.executeQuery()) {
            result.next();
            return result.getLong(1);
        }
    }

    private void execute(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.executeUpdate();
        }
    }
}
