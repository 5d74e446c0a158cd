package dev.masthead.feed;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** A JSON Feed 1.1 document (https://jsonfeed.org/version/1.1); its member names are the spec's snake_case. */
@Schema(name = "JsonFeed", description = "JSON Feed 1.1")
@JsonPropertyOrder({ "version", "title", "home_page_url", "feed_url", "description", "language", "hubs", "next_url",
        "items" })
public record JsonFeed(
        @Schema(required = true, examples = "https://jsonfeed.org/version/1.1") String version,
        @Schema(required = true, examples = "Climate — The Masthead Gazette") String title,
        @JsonProperty("home_page_url") @Schema(required = true, format = "uri") String homePageUrl,
        @JsonProperty("feed_url") @Schema(required = true, format = "uri") String feedUrl,
        String description,
        @Schema(examples = "en") String language,
        List<Hub> hubs,
        @JsonProperty("next_url") @Schema(format = "uri", description = "The next page, with a sealed cursor; absent on the last")
        String nextUrl,
        @Schema(required = true) List<JsonFeedItem> items) {

    static final String VERSION = "https://jsonfeed.org/version/1.1";

    /** A WebSub hub readers may subscribe at. */
    @Schema(name = "JsonFeedHub")
    public record Hub(
            @Schema(required = true, examples = "WebSub") String type,
            @Schema(required = true, format = "uri") String url) {
    }
}
