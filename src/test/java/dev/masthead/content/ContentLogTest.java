package dev.masthead.content;

import static dev.masthead.article.ArticleFixtures.article;
import static dev.masthead.auth.AdminSession.asAdmin;
import static dev.masthead.author.AuthorFixtures.createAuthor;
import static dev.masthead.tag.TagFixtures.createTag;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;

import dev.masthead.article.ArticleFixtures;
import dev.masthead.article.ArticleFixtures.CreatedArticle;
import dev.masthead.author.AuthorFixtures.CreatedAuthor;
import dev.masthead.tag.TagFixtures.CreatedTag;
import io.quarkus.test.junit.QuarkusTest;

/** Every content write leaves its event in content_event, in the same transaction. */
@QuarkusTest
class ContentLogTest {

    @Inject
    DataSource dataSource;

    @Test
    void anArticlesLifeIsLoggedInOrder() throws SQLException {
        CreatedArticle story = article().draft();
        ArticleFixtures.publish(story, null);
        Writes.patch(Writes.article(story.id()), Map.of("title", "Logged edit"));
        ArticleFixtures.unpublish(story.id());
        Writes.delete(Writes.article(story.id()));

        assertEquals(List.of("ARTICLE CREATED", "ARTICLE PUBLISHED", "ARTICLE UPDATED", "ARTICLE UNPUBLISHED",
                "ARTICLE DELETED"), eventsOf(story.id()));
    }

    @Test
    void tagsAndAuthorsAreLogged() throws SQLException {
        CreatedTag tag = createTag("logged-tag");
        CreatedAuthor author = createAuthor("logged-author");
        Writes.patch(Writes.tag(tag.id()), Map.of("description", "Now described"));
        Writes.patch(Writes.author(author.id()), Map.of("bio", "Now with a bio"));
        Writes.delete(Writes.author(author.id()));

        assertEquals(List.of("TAG CREATED", "TAG UPDATED"), eventsOf(tag.id()));
        assertEquals(List.of("AUTHOR CREATED", "AUTHOR UPDATED", "AUTHOR DELETED"), eventsOf(author.id()));
    }

    @Test
    void deletingATagLogsTheArticlesItLeaves() throws SQLException {
        CreatedTag tag = createTag("leaving-tag");
        CreatedArticle story = article().tag(tag.id()).published();

        Writes.delete(Writes.tag(tag.id()));

        assertEquals(List.of("TAG CREATED", "TAG DELETED"), eventsOf(tag.id()));
        assertEquals(List.of("ARTICLE CREATED", "ARTICLE PUBLISHED", "ARTICLE UPDATED"), eventsOf(story.id()));
    }

    @Test
    void aRefusedWriteLogsNothing() throws SQLException {
        CreatedArticle story = article().published();
        long before = head();

        asAdmin().body(Map.of("title", "Taken", "markdown", "x", "slug", story.slug()))
                .post("/api/v1/admin/articles").then().statusCode(409);
        asAdmin().header("If-Match", "\"999\"").delete(Writes.article(story.id())).then().statusCode(412);

        assertEquals(before, head());
        assertEquals(List.of("ARTICLE CREATED", "ARTICLE PUBLISHED"), eventsOf(story.id()));
    }

    @Test
    void sequenceNumbersRiseWithoutGapsUpToTheHead() throws SQLException {
        createTag("sequenced");
        article().published();

        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement("select seq from content_event order by seq");
                ResultSet rows = select.executeQuery()) {
            long previous = 0;
            while (rows.next()) {
                long seq = rows.getLong(1);
                assertEquals(previous + 1, seq, "the sequence has a gap after " + previous);
                previous = seq;
            }
            assertTrue(previous > 0);
            assertEquals(head(), previous);
        }
    }

    private long head() throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement("select seq from content_event_head");
                ResultSet row = select.executeQuery()) {
            row.next();
            return row.getLong(1);
        }
    }

    private List<String> eventsOf(String id) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(
                        "select entity_type, operation from content_event where entity_id = ? order by seq")) {
            select.setObject(1, UUID.fromString(id));
            List<String> events = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    events.add(rows.getString(1) + " " + rows.getString(2));
                }
            }
            return events;
        }
    }
}
