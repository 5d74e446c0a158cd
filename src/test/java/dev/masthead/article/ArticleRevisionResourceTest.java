package dev.masthead.article;

import static dev.masthead.article.ArticleFixtures.article;
import static dev.masthead.auth.AdminSession.asAdmin;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import dev.masthead.Unique;
import dev.masthead.article.ArticleFixtures.CreatedArticle;
import dev.masthead.auth.ApiKeyFixtures;
import dev.masthead.auth.ApiKeyFixtures.CreatedKey;
import dev.masthead.auth.UserFixtures;
import dev.masthead.auth.UserFixtures.CreatedUser;
import dev.masthead.author.AuthorFixtures;
import dev.masthead.tag.TagFixtures;
import dev.masthead.text.LineDiff;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

@QuarkusTest
class ArticleRevisionResourceTest {

    private static final String ARTICLES = "/api/v1/admin/articles/";
    private static final String MERGE_PATCH = "application/merge-patch+json";

    @Inject
    AgroalDataSource db;

    @Test
    void everyContentChangeIsARevisionNewestFirstWithoutSnapshots() {
        CreatedArticle story = article().title("First headline").draft();
        patch(asAdmin(), story.id(), Map.of("title", "Second headline"));
        patch(asAdmin(), story.id(), Map.of("markdown", "Other text.", "featured", true));
        patch(asAdmin(), story.id(), Map.of("title", "Second headline"));
        asAdmin().post(ARTICLES + story.id() + "/publish").then().statusCode(200);

        asAdmin().get(revisions(story.id())).then().statusCode(200)
                .body("data.number", contains(3, 2, 1))
                .body("data[0].changedFields", contains("markdown", "featured"))
                .body("data[1].changedFields", contains("title"))
                .body("data[2].changedFields", contains("title", "markdown", "slug", "authorIds"))
                .body("data[0].snapshot", nullValue())
                .body("data[0].createdAt", notNullValue())
                .body("data[0].actor.kind", equalTo("ACCOUNT"))
                .body("meta.total", equalTo(3));
        asAdmin().get(revisions(story.id()) + "?pageSize=2&page=2").then().statusCode(200)
                .body("data.number", contains(1)).body("meta.totalPages", equalTo(2));
    }

    @Test
    void aRevisionHoldsTheWholeContentThen() {
        String tag = TagFixtures.createTag("rev").id();
        String author = AuthorFixtures.createAuthor("rev").id();
        CreatedArticle story = article().title("As it was").tag(tag).author(author)
                .set("excerpt", "Written excerpt").set("seo", Map.of("metaTitle", "Meta"))
                .set("featureImage", Map.of("url", "https://images.example.com/a.jpg", "alt", "A")).draft();
        patch(asAdmin(), story.id(), Map.of("title", "As it is"));

        asAdmin().get(revisions(story.id()) + "/1").then().statusCode(200)
                .body("data.number", equalTo(1))
                .body("data.snapshot.title", equalTo("As it was"))
                .body("data.snapshot.slug", equalTo(story.slug()))
                .body("data.snapshot.excerpt", equalTo("Written excerpt"))
                .body("data.snapshot.authorIds", contains(author))
                .body("data.snapshot.tagIds", contains(tag))
                .body("data.snapshot.featured", equalTo(false))
                .body("data.snapshot.seo.metaTitle", equalTo("Meta"))
                .body("data.snapshot.featureImage.alt", equalTo("A"))
                .body("data.changedFields", hasItems("title", "excerpt", "tagIds", "featureImage", "seo"));
        asAdmin().get(revisions(story.id()) + "/2").then().statusCode(200)
                .body("data.snapshot.title", equalTo("As it is"));
    }

    @Test
    void revisionsSayWhoAccountOrApiKey() {
        CreatedUser editor = UserFixtures.createUser("rev-editor", "EDITOR");
        CreatedKey key = ApiKeyFixtures.createKey("rev-key", "content:write");
        CreatedArticle story = article().author(AuthorFixtures.createAuthor("rev-who").id()).draft();
        patch(UserFixtures.bearing(editor.token()), story.id(), Map.of("title", Unique.name("By the editor")));
        patch(UserFixtures.bearing(key.secret()), story.id(), Map.of("title", Unique.name("By the key")));

        asAdmin().get(revisions(story.id())).then().statusCode(200)
                .body("data[0].actor.kind", equalTo("API_KEY"))
                .body("data[0].actor.id", equalTo(key.id()))
                .body("data[0].actor.name", equalTo(key.name()))
                .body("data[1].actor.kind", equalTo("ACCOUNT"))
                .body("data[1].actor.id", equalTo(editor.id()))
                .body("data[1].actor.name", equalTo(editor.name()));
    }

    @Test
    void aDiffShowsMarkdownLinesAndTheOtherFieldsBeforeAndAfter() {
        CreatedArticle story = article().title("Old title").markdown("one\ntwo\nthree\nfour").draft();
        patch(asAdmin(), story.id(), Map.of("title", "New title", "markdown", "one\n2\nthree\nfour\nfive"));

        asAdmin().get(revisions(story.id()) + "/2/diff").then().statusCode(200)
                .body("data.number", equalTo(2))
                .body("data.against", equalTo(1))
                .body("data.changedFields", contains("title", "markdown"))
                .body("data.changes.field", contains("title"))
                .body("data.changes[0].before", equalTo("Old title"))
                .body("data.changes[0].after", equalTo("New title"))
                .body("data.markdown.complete", equalTo(true))
                .body("data.markdown.lines", contains("--- revision 1", "+++ revision 2", "@@ -1,4 +1,5 @@",
                        " one", "-two", "+2", " three", " four", "+five"));
        asAdmin().get(revisions(story.id()) + "/1/diff?against=2").then().statusCode(200)
                .body("data.against", equalTo(2))
                .body("data.changes[0].before", equalTo("New title"))
                .body("data.markdown.lines", hasItem("+two"));
        asAdmin().get(revisions(story.id()) + "/1/diff").then().statusCode(200)
                .body("data.against", nullValue())
                .body("data.changedFields", hasItems("title", "markdown", "slug"))
                .body("data.markdown.lines", contains("--- empty", "+++ revision 1", "@@ -1,0 +1,4 @@",
                        "+one", "+two", "+three", "+four"));
        asAdmin().get(revisions(story.id()) + "/2/diff?against=2").then().statusCode(200)
                .body("data.changedFields.size()", equalTo(0)).body("data.markdown.lines.size()", equalTo(0));
    }

    @Test
    void aDiffOfTwoLargeUnrelatedTextsIsCutAndSaysSo() {
        CreatedArticle story = article().markdown(lines("a", 20_000)).draft();
        patch(asAdmin(), story.id(), Map.of("markdown", lines("b", 20_000)));

        long start = System.nanoTime();
        Response diff = asAdmin().get(revisions(story.id()) + "/2/diff");
        long millis = (System.nanoTime() - start) / 1_000_000;

        diff.then().statusCode(200).body("data.markdown.complete", equalTo(false))
                .body("data.markdown.note", containsString(LineDiff.MAX_COMPARED_LINES + " differing lines"));
        assertTrue(diff.<List<String>>path("data.markdown.lines").size() <= LineDiff.MAX_OUTPUT_LINES);
        assertTrue(millis < 10_000, "the bounded diff took " + millis + " ms");
    }

    @Test
    void restoreWritesTheOldContentBackAsANewRevision() {
        CreatedArticle story = article().title("The original").published();
        patch(asAdmin(), story.id(), Map.of("title", "The rewrite", "slug", Unique.name("rewritten")));
        String etag = asAdmin().get(ARTICLES + story.id()).header("ETag");

        asAdmin().header("If-Match", etag).post(revisions(story.id()) + "/1/restore").then().statusCode(200)
                .header("ETag", notNullValue())
                .body("data.title", equalTo("The original"))
                .body("data.slug", equalTo(story.slug()))
                .body("data.status", equalTo("PUBLISHED"));

        asAdmin().get(revisions(story.id())).then()
                .body("data.number", contains(3, 2, 1))
                .body("data[0].changedFields", contains("title", "slug"));
        asAdmin().get(revisions(story.id()) + "/2").then().body("data.snapshot.title", equalTo("The rewrite"));
        // Through the normal write: readers see it at once (cache dropped) under the slug it had.
        given().get("/api/v1/articles/" + story.slug()).then().statusCode(200)
                .body("data.title", equalTo("The original"));
    }

    @Test
    void restoreNeedsTheCurrentVersion() {
        CreatedArticle story = article().title("Kept").draft();
        patch(asAdmin(), story.id(), Map.of("title", "Changed"));

        asAdmin().post(revisions(story.id()) + "/1/restore").then().statusCode(428)
                .contentType("application/problem+json").body("code", equalTo("precondition-required"));
        asAdmin().header("If-Match", "\"" + story.version() + "\"").post(revisions(story.id()) + "/1/restore")
                .then().statusCode(412).contentType("application/problem+json").body("code", equalTo("stale-version"));

        asAdmin().get(revisions(story.id())).then().body("meta.total", equalTo(2));
        asAdmin().get(ARTICLES + story.id()).then().body("data.title", equalTo("Changed"));
    }

    @Test
    void unknownArticlesAndRevisionsAreProblems() {
        CreatedArticle story = article().draft();
        String unknown = UUID.randomUUID().toString();

        for (String path : List.of(revisions(unknown), revisions(unknown) + "/1", revisions(story.id()) + "/2",
                revisions(story.id()) + "/0", revisions(story.id()) + "/abc", revisions(story.id()) + "/99999999999",
                revisions(story.id()) + "/1/diff?against=7", revisions(story.id()) + "/7/diff")) {
            asAdmin().get(path).then().statusCode(404).contentType("application/problem+json")
                    .body("code", equalTo("not-found"));
        }
        asAdmin().header("If-Match", "*").post(revisions(story.id()) + "/5/restore").then().statusCode(404)
                .contentType("application/problem+json");
        asAdmin().get(revisions(story.id()) + "/1/diff?against=abc").then().statusCode(400)
                .contentType("application/problem+json").body("code", equalTo("invalid-parameter"));
        asAdmin().get(revisions(story.id()) + "?pageSize=0").then().statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void deletingAnArticleDeletesItsRevisions() throws Exception {
        CreatedArticle story = article().draft();
        patch(asAdmin(), story.id(), Map.of("title", Unique.name("Edited")));
        assertEquals(2, storedRevisions(story.id()));

        asAdmin().header("If-Match", "*").delete(ARTICLES + story.id()).then().statusCode(204);

        assertEquals(0, storedRevisions(story.id()));
        asAdmin().get(revisions(story.id())).then().statusCode(404);
    }

    @Test
    void theOldestGoBeyondTheKeptNumber() {
        CreatedArticle story = article().draft();
        int writes = 102;
        for (int i = 2; i <= writes; i++) {
            patch(asAdmin(), story.id(), Map.of("title", "Edit " + i));
        }

        asAdmin().get(revisions(story.id()) + "?pageSize=100").then().statusCode(200)
                .body("meta.total", equalTo(100))
                .body("data[0].number", equalTo(writes))
                .body("data[99].number", equalTo(writes - 99));
        asAdmin().get(revisions(story.id()) + "/2").then().statusCode(404);
        // The oldest kept has no predecessor any more: its diff is against an empty article.
        asAdmin().get(revisions(story.id()) + "/" + (writes - 99) + "/diff").then().statusCode(200)
                .body("data.against", nullValue());
    }

    @Test
    void racingEditsEachKeepARevisionWithUniqueNumbers() throws Exception {
        CreatedArticle story = article().draft();
        int writers = 4;
        int rounds = 8;
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        List<Future<List<Integer>>> futures = new ArrayList<>();
        for (int w = 0; w < writers; w++) {
            int writer = w;
            futures.add(pool.submit(() -> {
                List<Integer> statuses = new ArrayList<>();
                for (int r = 0; r < rounds; r++) {
                    statuses.add(asAdmin().contentType(MERGE_PATCH).header("If-Match", "*")
                            .body(Map.of("title", "Writer " + writer + " round " + r))
                            .patch(ARTICLES + story.id()).statusCode());
                }
                return statuses;
            }));
        }
        pool.shutdown();
        assertTrue(pool.awaitTermination(2, TimeUnit.MINUTES));
        for (Future<List<Integer>> future : futures) {
            assertFalse(future.get().stream().anyMatch(s -> s != 200), "every edit answered 200: " + future.get());
        }

        List<Integer> numbers = asAdmin().get(revisions(story.id()) + "?pageSize=100").path("data.number");
        List<Integer> expected = new ArrayList<>();
        for (int n = writers * rounds + 1; n >= 1; n--) {
            expected.add(n);
        }
        assertEquals(expected, numbers, "one revision per edit, numbered without gaps or repeats");
    }

    private static String revisions(String id) {
        return ARTICLES + id + "/revisions";
    }

    private static void patch(RequestSpecification as, String id, Map<String, Object> patch) {
        as.contentType(MERGE_PATCH).header("If-Match", "*").body(patch).patch(ARTICLES + id).then().statusCode(200);
    }

    private static String lines(String prefix, int count) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < count; i++) {
            text.append(prefix).append(i).append(" line\n");
        }
        return text.toString();
    }

    private long storedRevisions(String id) throws Exception {
        try (Connection connection = db.getConnection();
                PreparedStatement count = connection.prepareStatement(
                        "select count(*) from article_revision where article_id = ?")) {
            count.setObject(1, UUID.fromString(id));
            try (ResultSet rows = count.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }
}
