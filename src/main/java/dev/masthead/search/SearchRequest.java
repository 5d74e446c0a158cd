package dev.masthead.search;

import java.time.Instant;
import java.util.List;

/**
 * One search, its input checked: {@code q} as the reader typed it (at most
 * {@link SearchParameters#MAX_QUERY_LENGTH} characters, control characters
 * turned into spaces, so it may be blank: a search for nothing), the
 * filters (tag slugs, any of which matches; an author slug; a publication
 * window, each bound exclusive and null when absent) and the page.
 */
record SearchRequest(String q, List<String> tags, String author, Instant publishedAfter, Instant publishedBefore,
        int page, int pageSize) {

    long offset() {
        return (long) (page - 1) * pageSize;
    }
}
