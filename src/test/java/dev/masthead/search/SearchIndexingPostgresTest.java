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
 * transaction) and article edits fails no write; a vector stored out of line
 * before V14 moves into its row, with the tag ids the facets count.
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
    void aVectorStoredOutOfLineBeforeV14MovesIntoItsRowUnchangedWithItsTagIds() throws SQLException {
        String word = SearchWords.unique();
        TagFixtures.CreatedTag tag = TagFixtures.createTag("moved");
        StringBuilder body = new StringBuilder("Moved ").append(word);
        for (int i = 0; i < 300; i++) {
            body.append(' ').append(SearchWords.unique());
        }
        // As before V14: a vector of several kilobytes out of line, in the TOAST table.
        execute("alter table article alter column search_vector set storage extended");
        CreatedArticle story;
        try {
            story = article().title("Moving " + word).markdown(body.toString()).tag(tag.id()).published();
        } finally {
            execute("alter table article alter column search_vector set storage main");
        }
        execute("update article set search_tag_ids = null where id = ?", story.id());
        // Facets come from the links while a match's row has no tag ids yet.
        given().queryParam("q", word).get("/api/v1/search").then().statusCode(200)
                .body("meta.facets.tags.slug", contains(tag.slug()));
        String vector = text("select search_vector::text from article where id = ?", story.id());
        // Out of line, a value is cut into chunks of 1,996 bytes (with 8 KB pages).
        long vectorChunks = Long.parseLong(text("select ceil(pg_column_size(search_vector) / 1996.0)::text "
                + "from article where id = ?", story.id()));
        long chunks = count("select count(*) from " + text("select reltoastrelid::regclass::text from pg_class "
                + "where oid = 'article'::regclass", null));
        execute("insert into search_vector_move (id) values (1)");

        indexing.moveAll();

        assertEquals(0, count("select count(*) from search_vector_move"), "the move is done");
        assertEquals(vector, text("select search_vector::text from article where id = ?", story.id()));
        long left = count("select count(*) from " + text("select reltoastrelid::regclass::text from pg_class "
                + "where oid = 'article'::regclass", null));
        // Only the vector's chunks left; a short value (the excerpt, the tag ids) moved out would take one back.
        assertEquals(vectorChunks, chunks - left, "TOAST chunks " + chunks + " then " + left);
        assertEquals("{" + tag.id() + "}", text("select search_tag_ids::text from article where id = ?", story.id()));
        given().queryParam("q", "moved " + word).get("/api/v1/search").then().statusCode(200)
                .body("data.slug", contains(story.slug())).body("meta.facets.tags.slug", contains(tag.slug()));
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

    private void execute(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.executeUpdate();
        }
    }

    /** The one text the statement selects, for the article {@code id} when not null. */
    private String text(String sql, String id) throws SQLException {
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            if (id != null) {
                statement.setObject(1, UUID.fromString(id));
            }
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                return result.getString(1);
            }
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
