package dev.masthead.search;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A page of search hits, best first, and what the search found in all. */
@Schema(name = "SearchPage")
public record SearchPage(@Schema(required = true) List<SearchHit> data, @Schema(required = true) Meta meta) {

    /**
     * Paging as in other lists (page mode), with the tags of the matches. A
     * search ranks, counts and facets the newest {@code masthead.search.max-matches}
     * matches (1,000 by default), so {@code total} is at most that.
     */
    @Schema(name = "SearchMeta")
    public record Meta(
            @Schema(required = true) int page,
            @Schema(required = true) int pageSize,
            @Schema(required = true, description = "Matching articles (at most masthead.search.max-matches)") long total,
            @Schema(required = true) int totalPages,
            @Schema(required = true) Facets facets) {
    }

    @Schema(name = "SearchFacets")
    public record Facets(@Schema(required = true, description = "The tags of the matching articles, most used first "
            + "(at most 20)") List<TagCount> tags) {
    }

    @Schema(name = "SearchTagFacet")
    public record TagCount(@Schema(required = true) String slug, @Schema(required = true) String name,
            @Schema(required = true, description = "Matching articles with this tag") long count) {
    }
}
