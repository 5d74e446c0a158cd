package dev.masthead.search;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import dev.masthead.article.ArticleSummary;
import dev.masthead.article.PublishedArticleService;
import dev.masthead.search.SearchResult.Match;

/**
 * Searches the published archive through the database's {@link SearchIndex}
 * and answers hits in the list summaries' shape, each with its score and its
 * snippets made safe for HTML ({@link Highlights}).
 */
@ApplicationScoped
public class SearchService {

    /** At most 4 decimals: more would only make equal scores look different. */
    private static final double SCORE_PRECISION = 10_000;

    private final SearchIndex index;
    private final PublishedArticleService articles;

    SearchService(SearchIndex index, PublishedArticleService articles) {
        this.index = index;
        this.articles = articles;
    }

    SearchPage search(SearchRequest request) {
        SearchResult result = index.search(request);
        List<UUID> ids = result.matches().stream().map(Match::id).toList();
        Map<UUID, ArticleSummary> summaries = new HashMap<>();
        articles.summaries(ids).forEach(summary -> summaries.put(summary.id(), summary));
        // An article unpublished between the two reads is left out rather than shown without its summary.
        List<SearchHit> hits = result.matches().stream().filter(match -> summaries.containsKey(match.id()))
                .map(match -> SearchHit.of(summaries.get(match.id()), Math.round(match.score() * SCORE_PRECISION)
                        / SCORE_PRECISION, new SearchHighlights(Highlights.toHtml(match.title()),
                                Highlights.toHtml(match.body()))))
                .toList();
        int totalPages = (int) Math.max(1, (result.total() + request.pageSize() - 1) / request.pageSize());
        List<SearchPage.TagCount> tags = result.facets().stream()
                .map(facet -> new SearchPage.TagCount(facet.slug(), facet.name(), facet.count())).toList();
        return new SearchPage(hits, new SearchPage.Meta(request.page(), request.pageSize(), result.total(), totalPages,
                new SearchPage.Facets(tags)));
    }
}
