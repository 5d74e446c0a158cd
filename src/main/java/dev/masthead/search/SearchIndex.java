package dev.masthead.search;

/**
 * The one database-specific seam of the Delivery API: full-text search over
 * published articles. {@link PostgresSearch} ranks with PostgreSQL's text
 * search (a stored, weighted tsvector); {@link PlainSearch} is the embedded
 * H2 default's fallback, correct but not ranked as well. Both read published
 * articles only and answer in the same shape: ranked ids with highlight
 * snippets for one page, the number of matches, and the matches' tags.
 */
interface SearchIndex {

    SearchResult search(SearchRequest request);
}
