package dev.masthead.content;

import static dev.masthead.article.ArticleFixtures.article;
import static dev.masthead.author.AuthorFixtures.createAuthor;
import static dev.masthead.tag.TagFixtures.createTag;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.masthead.Unique;
import dev.masthead.article.ArticleFixtures.CreatedArticle;
import dev.masthead.author.AuthorFixtures.CreatedAuthor;
import dev.masthead.tag.TagFixtures.CreatedTag;
import io.quarkus.test.junit.QuarkusTest;

/**
 * An article's Last-Modified is the latest change of the article, its tags
 * and its authors, so renaming a tag or an author moves it and a client
 * holding the old date gets the new page, not a 304. HTTP dates have whole
 * seconds: the story, its tag and its author are dated an hour back (as if
 * written then), so the change made now is seconds later whatever the clock.
 */
@QuarkusTest
class LastModifiedTest {

    private static final Instant AN_HOUR_AGO = Instant.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);

    @Inject
    DataSource dataSource;

    private CreatedTag tag;
    private CreatedAuthor author;
    private CreatedArticle story;
    private String page;

    @BeforeEach
    void aStoryWrittenAnHourAgo() throws SQLException {
        tag = createTag("dated-tag");
        author = createAuthor("dated-author");
        story = article().tag(tag.id()).author(author.id()).published();
        page = "/api/v1/articles/" + story.slug();
        backdate("article", story.id());
        backdate("tag", tag.id());
        backdate("author", author.id());
    }

    @Test
    void renamingATagMovesItsArticlesLastModified() {
        String old = lastModified();
        assertEquals(AN_HOUR_AGO, parse(old));
        given().header("If-Modified-Since", old).get(page).then().statusCode(304).body(emptyString());

        String name = Unique.name("Renamed desk");
        Writes.patch(Writes.tag(tag.id()), Map.of("name", name));

        String renamed = given().header("If-Modified-Since", old).get(page).then().statusCode(200)
                .body("data.tags[0].name", equalTo(name)).extract().header("Last-Modified");
        assertTrue(parse(renamed).isAfter(parse(old)), renamed + " is not after " + old);
        given().header("If-Modified-Since", renamed).get(page).then().statusCode(304);
    }

    @Test
    void renamingAnAuthorMovesTheirArticlesLastModified() {
        String old = lastModified();
        assertEquals(AN_HOUR_AGO, parse(old));
        given().header("If-Modified-Since", old).get(page).then().statusCode(304).body(emptyString());

        String name = Unique.name("Renamed Reporter");
        Writes.patch(Writes.author(author.id()), Map.of("name", name));

        String renamed = given().header("If-Modified-Since", old).get(page).then().statusCode(200)
                .body("data.authors[0].name", equalTo(name)).extract().header("Last-Modified");
        assertTrue(parse(renamed).isAfter(parse(old)), renamed + " is not after " + old);
        given().header("If-Modified-Since", renamed).get(page).then().statusCode(304);
    }

    private String lastModified() {
        return given().get(page).then().statusCode(200).extract().header("Last-Modified");
    }

    private static Instant parse(String httpDate) {
        return ZonedDateTime.parse(httpDate, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
    }

    /** Dates the row an hour back behind the service's back; nothing has read it since it was written. */
    private void backdate(String table, String id) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement update = connection.prepareStatement(
                        "update " + table + " set updated_at = ? where id = ?")) {
            update.setObject(1, OffsetDateTime.ofInstant(AN_HOUR_AGO, ZoneOffset.UTC));
            update.setObject(2, UUID.fromString(id));
            assertEquals(1, update.executeUpdate());
        }
    }
}
