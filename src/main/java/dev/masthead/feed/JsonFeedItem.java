package dev.masthead.feed;

import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** One article in a JSON Feed; {@code content_html} is absent when the feed carries summaries only. */
@Schema(name = "JsonFeedItem")
@JsonPropertyOrder({ "id", "url", "title", "summary", "content_html", "image", "date_published", "date_modified",
        "authors", "tags" })
public record JsonFeedItem(
        @Schema(required = true, description = "The article id") String id,
        @Schema(required = true, format = "uri") String url,
        @Schema(required = true) String title,
        String summary,
        @JsonProperty("content_html") String contentHtml,
        @Schema(format = "uri") String image,
        @JsonProperty("date_published") @Schema(required = true) Instant datePublished,
        @JsonProperty("date_modified") @Schema(required = true) Instant dateModified,
        @Schema(required = true) List<Author> authors,
        @Schema(required = true, description = "Tag names") List<String> tags) {

    @Schema(name = "JsonFeedAuthor")
    public record Author(
            @Schema(required = true) String name,
            @Schema(format = "uri") String url,
            @Schema(format = "uri") String avatar) {
    }
}
