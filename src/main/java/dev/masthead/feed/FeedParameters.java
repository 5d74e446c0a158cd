package dev.masthead.feed;

import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import dev.masthead.web.QueryValues;

/** The query parameter every feed takes, as sent. */
public class FeedParameters {

    static final int MAX_LIMIT = 100;

    @QueryParam("limit")
    @Parameter(description = "Entries in the feed, newest first; without it masthead.feeds.items (30 unless configured)",
            schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100"))
    String limit;

    int limit(int fallback) {
        return QueryValues.intInRange("limit", limit, fallback, 1, MAX_LIMIT);
    }
}
