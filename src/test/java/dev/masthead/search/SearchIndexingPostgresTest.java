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
import java.util.UUID;

import jakarta.inject.Inject;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;

import dev.masthead.article.ArticleFixtures.CreatedArticle;
import io.quarkus.test.junit.QuarkusTest;

/**
 * On PostgreSQL, where the index is a stored column: an article the index
 * does not hold yet (the archive a deployment of V10 finds) is found once the
 * background indexing has run, and indexing everything again changes nothing.
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
