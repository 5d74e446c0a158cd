package dev.masthead.feed;

import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * A JSON Feed's parameters: it also pages, so an app can walk the whole
 * archive by following next_url. RSS and Atom do not: readers of those
 * only ever poll the newest entries.
 */
public class JsonFeedParameters extends FeedParameters {

    @QueryParam("cursor")
    @Parameter(description = "The sealed position from the previous page's next_url; absent for the newest entries")
    String cursor;
}
