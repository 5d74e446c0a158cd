package dev.masthead.search;

import static dev.masthead.article.ArticleFixtures.article;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;

import dev.masthead.article.ArticleFixtures.CreatedArticle;
import dev.masthead.auth.AdminSession;
import dev.masthead.tag.TagFixtures;
import io.quarkus.test.junit.QuarkusTest;

/**
 * On PostgreSQL, where the index is a stored column: an article the index
 * does not hold yet (the archive a deployment of V10 finds) is found once the
 * background indexing has run, and indexing everything again changes nothing;
 * indexing beside tag renames (which re-index their articles in the rename's
 * transaction) and article edits fails no write.
 */
@QuarkusTest
@EnabledIf("dev.masthead.Databases#postgres")
class SearchIndexingPostgresTest {

    @Inject
    DataSource dataSource;

    @Inject
    SearchIndexing indexing;

    @Test
    void anUnindexedArticleIsFoundOnceIndexed() throws SQLException {
        String word = SearchWords.unique();
        CreatedArticle story = article().title("Archive " + word).published();
        execute("update article set search_vector = null where id = ?", story.id());
        given().queryParam("q", word).queryParam("pageSize", 1).get("/api/v1/search").then().statusCode(200);
        // The response cache may hold the answer from before; a fresh query text is a fresh read.
        given().queryParam("q", word + " archive").get("/api/v1/search").then().statusCode(200).body("data", empty());

        indexing.indexAll(false);
        assertEquals(0, count("select count(*) from article where search_vector is null"));
        given().queryParam("q", "archives " + word).get("/api/v1/search").then().statusCode(200)
                .body("data.slug", contains(story.slug()));

        indexing.indexAll(true);
        given().queryParam("q", "the archive " + word).get("/api/v1/search").then().statusCode(200)
                .body("data.slug", contains(story.slug()));
    }

    @Test
    void indexingBesideTagRenamesAndArticleEditsNeverFailsAWrite() throws Exception {
        String word = SearchWords.unique();
        TagFixtures.CreatedTag tag = TagFixtures.createTag("indexed-race");
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            ids.add(article().title("Race " + word + " " + i).tag(tag.id()).published().id());
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<Integer>>> writers = new ArrayList<>();
            writers.add(pool.submit(() -> edits(12, i -> patch("/api/v1/admin/tags/" + tag.id(), "name", "Racetag " + i))));
            writers.add(pool.submit(() -> edits(12, i -> patch("/api/v1/admin/articles/" + ids.get(i % ids.size()),
                    "title", "Race " + word + " edited " + i))));
            Future<?> indexer = pool.submit(() -> {
                for (int round = 0; round < 3; round++) {
                    indexing.indexAll(true);
                }
            });
            List<Integer> statuses = new ArrayList<>();
            for (Future<List<Integer>> writer : writers) {
                statuses.addAll(writer.get(5, TimeUnit.MINUTES));
            }
            indexer.get(5, TimeUnit.MINUTES);
            assertEquals(List.of(200), statuses.stream().distinct().toList(), "every write answered 200");
        } finally {
            pool.shutdownNow();
        }
        patch("/api/v1/admin/tags/" + tag.id(), "name", "Racetag final " + word);
        given().queryParam("q", "racetag final " + word).queryParam("pageSize", 10).get("/api/v1/search")
                .then().statusCode(200).body("meta.total", org.hamcrest.Matchers.equalTo(ids.size()));
    }

    private static List<Integer> edits(int rounds, java.util.function.IntFunction<Integer> edit) {
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < rounds; i++) {
            statuses.add(edit.apply(i));
        }
        return statuses;
    }

    private static int patch(String path, String field, String value) {
        return AdminSession.asAdmin().contentType("application/merge-patch+json").header("If-Match", "*")
                .body(Map.of(field, value)).patch(path).statusCode();
    }

    private void execute(String sql, String id) throws SQLException {
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setObject(1, UUID.fromString(id));
            statement.executeUpdate();
        }
    }

    private long count(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection.prepareStatement(sql);
                ResultSet result = statement.executeQuery()) {
            result.next();
            return result.getLong(1);
        }
    }
}
