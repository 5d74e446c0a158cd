package dev.masthead.content;

import static dev.masthead.article.ArticleFixtures.article;
import static dev.masthead.auth.AdminSession.asAdmin;
import static dev.masthead.author.AuthorFixtures.createAuthor;
import static dev.masthead.tag.TagFixtures.createTag;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import dev.masthead.Unique;
import dev.masthead.article.ArticleFixtures.CreatedArticle;
import dev.masthead.author.AuthorFixtures.CreatedAuthor;
import dev.masthead.tag.TagFixtures.CreatedTag;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * Editors working at once: article saves beside tag and author renames, creates
 * with one title, and racing edits of one version. Every content write takes
 * the content log's head row first (see {@code ContentWrite}), so none of them
 * can deadlock; on PostgreSQL this is the test that answered 500 (SQLSTATE
 * 40P01) before that order was fixed.
 */
@QuarkusTest
class ConcurrentWritersTest {

    private static final String MERGE_PATCH = "application/merge-patch+json";
    private static final int ROUNDS = 30;

    @Test
    void articleSavesBesideTagAndAuthorRenamesNeverAnswer5xx() throws Exception {
        CreatedTag tag = createTag("race-tag");
        CreatedAuthor author = createAuthor("race-author");
        CreatedArticle first = article().tag(tag.id()).author(author.id()).published();
        CreatedArticle second = article().tag(tag.id()).author(author.id()).published();

        List<Callable<List<Integer>>> editors = List.of(
                () -> repeat(i -> patch("/api/v1/admin/tags/" + tag.id(), Map.of("name", "Tag " + i))),
                () -> repeat(i -> patch("/api/v1/admin/authors/" + author.id(), Map.of("name", "Author " + i))),
                () -> repeat(i -> patch("/api/v1/admin/articles/" + first.id(), Map.of("title", "First " + i))),
                () -> repeat(i -> patch("/api/v1/admin/articles/" + second.id(), Map.of("title", "Second " + i))));

        Map<Integer, Integer> statuses = run(editors);

        assertEquals(Map.of(200, editors.size() * ROUNDS), statuses, "every edit answered 200, none 5xx");
        given().get("/api/v1/tags/" + asAdmin().get("/api/v1/admin/tags/" + tag.id()).path("data.slug"))
                .then().statusCode(200).body("data.articleCount", org.hamcrest.Matchers.equalTo(2));
    }

    @Test
    void concurrentCreatesWithOneTitleGetNumberedSlugs() throws Exception {
        String title = Unique.name("Same headline");
        int writers = 6;
        List<Callable<List<Integer>>> creates = new ArrayList<>();
        List<String> slugs = java.util.Collections.synchronizedList(new ArrayList<>());
        for (int i = 0; i < writers; i++) {
            creates.add(() -> {
                Response response = asAdmin().body(article().title(title).body()).post("/api/v1/admin/articles");
                if (response.statusCode() == 201) {
                    slugs.add(response.path("data.slug"));
                }
                return List.of(response.statusCode());
            });
        }

        Map<Integer, Integer> statuses = run(creates);

        assertEquals(Map.of(201, writers), statuses, "every create answered 201, none 409 or 5xx");
        String base = slugs.stream().min(java.util.Comparator.comparingInt(String::length)).orElseThrow();
        Set<String> expected = new HashSet<>();
        expected.add(base);
        for (int n = 2; n <= writers; n++) {
            expected.add(base + "-" + n);
        }
        assertEquals(expected, new HashSet<>(slugs));
    }

    @Test
    void racingEditsOfOneVersionGiveOne200AndOnly412s() throws Exception {
        CreatedArticle story = article().draft();
        String etag = asAdmin().get("/api/v1/admin/articles/" + story.id()).header("ETag");
        int writers = 6;
        List<Callable<List<Integer>>> edits = new ArrayList<>();
        for (int i = 0; i < writers; i++) {
            int n = i;
            edits.add(() -> List.of(asAdmin().contentType(MERGE_PATCH).header("If-Match", etag)
                    .body(Map.of("title", "Edit " + n)).patch("/api/v1/admin/articles/" + story.id()).statusCode()));
        }

        Map<Integer, Integer> statuses = run(edits);

        assertEquals(Map.of(200, 1, 412, writers - 1), statuses);
        assertEquals(story.version() + 1,
                (int) asAdmin().get("/api/v1/admin/articles/" + story.id()).path("data.version"));
    }

    private static int patch(String path, Map<String, Object> body) {
        return asAdmin().contentType(MERGE_PATCH).header("If-Match", "*").body(body).patch(path).statusCode();
    }

    private static List<Integer> repeat(java.util.function.IntUnaryOperator request) {
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < ROUNDS; i++) {
            statuses.add(request.applyAsInt(i));
        }
        return statuses;
    }

    /** Starts every task at once and counts the statuses they saw. */
    private static Map<Integer, Integer> run(List<Callable<List<Integer>>> tasks) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(tasks.size());
        try {
            List<Future<List<Integer>>> futures = pool.invokeAll(tasks, 2, TimeUnit.MINUTES);
            Map<Integer, Integer> counts = new TreeMap<>();
            for (Future<List<Integer>> future : futures) {
                assertTrue(future.isDone() && !future.isCancelled(), "a writer did not finish within 2 minutes");
                for (int status : future.get()) {
                    counts.merge(status, 1, Integer::sum);
                }
            }
            return counts;
        } finally {
            pool.shutdownNow();
        }
    }
}
