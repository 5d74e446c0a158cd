package dev.masthead.article;

import java.time.Instant;
import java.util.List;

import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import dev.masthead.web.PageParameters;
import dev.masthead.web.QueryValues;

/** The query parameters of {@code GET /api/v1/articles}, as sent. */
public class ArticleListParameters extends PageParameters {

    @QueryParam("cursor")
    @Parameter(description = "Keyset cursor from meta.nextCursor, or empty to start; replaces page", allowEmptyValue = true)
    String cursor;

    @QueryParam("tag")
    @Parameter(description = "Tag slug; repeat for articles with any of several tags")
    List<String> tag;

    @QueryParam("author")
    @Parameter(description = "Author slug")
    String author;

    @QueryParam("featured")
    @Parameter(schema = @Schema(type = SchemaType.BOOLEAN))
    String featured;

    @QueryParam("publishedAfter")
    @Parameter(description = "Only articles published after this instant", schema = @Schema(type = SchemaType.STRING, format = "date-time"))
    String publishedAfter;

    @QueryParam("publishedBefore")
    @Parameter(description = "Only articles published before this instant", schema = @Schema(type = SchemaType.STRING, format = "date-time"))
    String publishedBefore;

    @QueryParam("sort")
    @Parameter(schema = @Schema(type = SchemaType.STRING, enumeration = { "-publishedAt", "publishedAt", "title", "-updatedAt" }, defaultValue = "-publishedAt"))
    String sort;

    public ArticleListParameters() {
    }

    ArticleListParameters(String page, String pageSize, String cursor, List<String> tag, String author,
            String featured, String publishedAfter, String publishedBefore, String sort) {
        super(page, pageSize);
        this.cursor = cursor;
        this.tag = tag;
        this.author = author;
        this.featured = featured;
        this.publishedAfter = publishedAfter;
        this.publishedBefore = publishedBefore;
        this.sort = sort;
    }

    Boolean featured() {
        return QueryValues.bool("featured", featured);
    }

    Instant publishedAfter() {
        return QueryValues.instant("publishedAfter", publishedAfter);
    }

    Instant publishedBefore() {
        return QueryValues.instant("publishedBefore", publishedBefore);
    }
}
