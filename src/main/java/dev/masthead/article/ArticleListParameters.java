package dev.masthead.article;

import java.util.List;

import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import dev.masthead.web.QueryValues;

/** The query parameters of {@code GET /api/v1/articles}, as sent. */
public class ArticleListParameters extends ArticleFilterParameters {

    @QueryParam("cursor")
    @Parameter(description = "Keyset cursor from meta.nextCursor, or empty to start; replaces page", allowEmptyValue = true)
    String cursor;

    @QueryParam("featured")
    @Parameter(schema = @Schema(type = SchemaType.BOOLEAN))
    String featured;

    @QueryParam("sort")
    @Parameter(schema = @Schema(type = SchemaType.STRING, enumeration = { "-publishedAt", "publishedAt", "title", "-updatedAt" }, defaultValue = "-publishedAt"))
    String sort;

    public ArticleListParameters() {
    }

    ArticleListParameters(String page, String pageSize, String cursor, List<String> tag, String author,
            String featured, String publishedAfter, String publishedBefore, String sort) {
        super(page, pageSize, tag, author, publishedAfter, publishedBefore);
        this.cursor = cursor;
        this.featured = featured;
        this.sort = sort;
    }

    Boolean featured() {
        return QueryValues.bool("featured", featured);
    }
}
