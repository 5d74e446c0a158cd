package dev.masthead.search;

import java.util.List;
import java.util.UUID;

/**
 * What an index found: one page of matches in rank order (best first, then
 * newest), how many articles match in all, and the tags of the matching
 * articles with how many of them carry each (most first, then by name).
 */
record SearchResult(List<Match> matches, long total, List<TagFacet> facets) {

    static SearchResult empty() {
        return new SearchResult(List.of(), 0, List.of());
    }

    /**
     * One matching article: its rank score (higher is better, comparable
     * within one result only) and its title and body snippets as
     * {@link Highlights} marks them: plain text with the matched words between
     * {@link Highlights#START} and {@link Highlights#STOP}.
     */
    record Match(UUID id, double score, String title, String body) {
    }

    record TagFacet(String slug, String name, long count) {
    }
}
