package dev.masthead.search;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import dev.masthead.search.SearchResult.Match;
import dev.masthead.search.SearchResult.TagFacet;

/**
 * Search on PostgreSQL: the reader's words through {@code websearch_to_tsquery}
 * in Masthead's text search configuration (stemmed, accents folded) against
 * the stored, weighted {@code article.search_vector} (see V10), matched in its
 * GIN index. Three statements on one connection:
 * <ol>
 * <li>the newest {@code maxMatches} published matches, each ranked with
 * {@code ts_rank_cd} (normalised by document length, then to 0..1); PostgreSQL
 * picks between the GIN index (few matches) and walking the publication
 * order until enough are found (many);</li>
 * <li>the tags of those matches, counted;</li>
 * <li>{@code ts_headline} snippets for the one page answered only, the body's
 * from a window around its first match.</li>
 * </ol>
 * A query that cannot use the index (nothing but stop words, or nothing but
 * exclusions, which would match almost everything) finds nothing.
 */
final class PostgresSearch implements SearchIndex {

    static final String CONFIGURATION = "masthead_search";
    private static final String QUERY = "websearch_to_tsquery('" + CONFIGURATION + "', ?)";
    /** Length-normalised (1), then scaled into 0..1 (32). */
    private static final int RANK_NORMALISATION = 1 | 32;
    private static final int FACETS = 20;
    private static final String MARKS = "StartSel=" + Highlights.START + ", StopSel=" + Highlights.STOP;
    private static final String TITLE_OPTIONS = MARKS + ", HighlightAll=true";
    private static final String BODY_OPTIONS = MARKS + ", MinWords=15, MaxWords=35, ShortWord=2";
    /** The body window a snippet is cut from, and how much of it comes before the first match. */
    private static final int WINDOW = 600;
    private static final int LEAD = 150;
    /** A lexeme as querytree prints it: 'word' (a SQL literal of the pattern '([^']+)'). */
    private static final String LEXEME = "'''([^'']+)'''";
    /** Marker characters never reach ts_headline from the text itself. */
    private static final String UNMARKED = "translate(%s, chr(2) || chr(3), '')";

    private final DataSource dataSource;
    private final int maxMatches;

    PostgresSearch(DataSource dataSource, int maxMatches) {
        this.dataSource = dataSource;
        this.maxMatches = maxMatches;
    }

    @Override
    public SearchResult search(SearchRequest request) {
        try (Connection connection = dataSource.getConnection()) {
            List<Ranked> matches = matches(connection, request);
            if (matches.isEmpty()) {
                return SearchResult.empty();
            }
            matches.sort(Comparator.comparingDouble(Ranked::score).reversed()
                    .thenComparing(Ranked::publishedAt, Comparator.reverseOrder())
                    .thenComparing(Ranked::id, Comparator.reverseOrder()));
            int from = (int) Math.min(matches.size(), request.offset());
            List<Ranked> page = matches.subList(from, Math.min(matches.size(), from + request.pageSize()));
            List<TagFacet> facets = facets(connection, matches);
            Map<UUID, String[]> snippets = snippets(connection, request.q(), page);
            List<Match> found = new ArrayList<>();
            for (Ranked ranked : page) {
                String[] marked = snippets.get(ranked.id());
                if (marked != null) {
                    found.add(new Match(ranked.id(), ranked.score(), marked[0], marked[1]));
                }
            }
            return new SearchResult(found, matches.size(), facets);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot search published articles", e);
        }
    }

    private List<Ranked> matches(Connection connection, SearchRequest request) throws SQLException {
        List<Object> parameters = new ArrayList<>();
        parameters.add(request.q());
        StringBuilder sql = new StringBuilder("with query as (select ").append(QUERY).append(" as q) ")
                .append("select m.id, m.published_at, ts_rank_cd(m.search_vector, query.q, ")
                .append(RANK_NORMALISATION).append(") from query, lateral (")
                .append("select a.id, a.published_at, a.search_vector from ");
        boolean oneTag = request.tags().size() == 1;
        String order;
        if (oneTag) {
            // Newest first down the tag's own links (article_tag_published_idx): testing each of a large tag's
            // articles in turn, as the planner does from the other side, reads every one of them.
            sql.append("article_tag x join article a on a.id = x.article_id where x.tag_id = "
                    + "(select t.id from tag t where t.slug = ?) and x.published_at is not null and ");
            parameters.add(request.tags().get(0));
            order = "x.published_at desc, x.article_id desc";
        } else {
            sql.append("article a where ");
            order = "a.published_at desc, a.id desc";
        }
        sql.append("a.status = 'PUBLISHED' and a.search_vector @@ query.q");
        if (request.tags().size() > 1) {
            sql.append(" and exists (select 1 from article_tag x join tag t on t.id = x.tag_id "
                    + "where x.article_id = a.id and t.slug in (")
                    .append(String.join(", ", Collections.nCopies(request.tags().size(), "?"))).append("))");
            parameters.addAll(request.tags());
        }
        if (request.author() != null) {
            sql.append(" and exists (select 1 from article_author y join author p on p.id = y.author_id "
                    + "where y.article_id = a.id and p.slug = ?)");
            parameters.add(request.author());
        }
        if (request.publishedAfter() != null) {
            sql.append(" and a.published_at > ?");
            parameters.add(at(request.publishedAfter()));
        }
        if (request.publishedBefore() != null) {
            sql.append(" and a.published_at < ?");
            parameters.add(at(request.publishedBefore()));
        }
        sql.append(" order by ").append(order).append(" limit ?) m where querytree(query.q) not in ('', 'T')");
        parameters.add(maxMatches);
        List<Ranked> matches = new ArrayList<>();
        try (PreparedStatement select = prepare(connection, sql.toString(), parameters);
                ResultSet result = select.executeQuery()) {
            while (result.next()) {
                matches.add(new Ranked(result.getObject(1, UUID.class),
                        result.getObject(2, OffsetDateTime.class).toInstant(), result.getDouble(3)));
            }
        }
        return matches;
    }

    private static List<TagFacet> facets(Connection connection, List<Ranked> matches) throws SQLException {
        String sql = "select t.slug, t.name, count(*) from article_tag x join tag t on t.id = x.tag_id "
                + "where x.article_id = any(?) group by t.slug, t.name order by count(*) desc, t.name, t.slug limit "
                + FACETS;
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            select.setArray(1, ids(connection, matches));
            List<TagFacet> facets = new ArrayList<>();
            try (ResultSet result = select.executeQuery()) {
                while (result.next()) {
                    facets.add(new TagFacet(result.getString(1), result.getString(2), result.getLong(3)));
                }
            }
            return facets;
        }
    }

    /**
     * Title and body snippets of the page's articles, by id. ts_headline reads
     * its whole input through the dictionaries (several milliseconds for a
     * 1,000-word body), so the body's snippet is cut from a window of
     * {@link #WINDOW} characters that starts a little before the first place
     * one of the query's words occurs (found by plain text search in the
     * unaccented, lower-cased body: a word's stem, less its last letter, is
     * mostly a prefix of it), or
     * at the start.
     */
    private static Map<UUID, String[]> snippets(Connection connection, String q, List<Ranked> page) throws SQLException {
        if (page.isEmpty()) {
            return Map.of();
        }
        // Less its last letter, a stem is a prefix of its word more often ("economi" of "economy").
        String first = "(select min(w.at) from (select strpos(lower(unaccent(a.plaintext)), "
                + "left(l.word, greatest(3, length(l.word) - 1))) as at "
                + "from unnest(words.lexemes) as l(word)) w where w.at > 0)";
        String window = "substr(a.plaintext, greatest(1, coalesce(" + first + ", 1) - " + LEAD + "), " + WINDOW + ")";
        String sql = "with query as (select " + QUERY + " as q), "
                + "words as (select array(select m[1] from regexp_matches(querytree((select q from query))::text, "
                + LEXEME + ", 'g') as m) as lexemes) "
                + "select a.id, "
                + "ts_headline('" + CONFIGURATION + "', " + UNMARKED.formatted("a.title") + ", query.q, ?), "
                + "ts_headline('" + CONFIGURATION + "', " + UNMARKED.formatted(window) + ", query.q, ?) "
                + "from query, words, article a where a.id = any(?) and a.status = 'PUBLISHED'";
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            select.setString(1, q);
            select.setString(2, TITLE_OPTIONS);
            select.setString(3, BODY_OPTIONS);
            select.setArray(4, ids(connection, page));
            Map<UUID, String[]> snippets = new HashMap<>();
            try (ResultSet result = select.executeQuery()) {
                while (result.next()) {
                    snippets.put(result.getObject(1, UUID.class), new String[] { result.getString(2), result.getString(3) });
                }
            }
            return snippets;
        }
    }

    private static Array ids(Connection connection, List<Ranked> rows) throws SQLException {
        return connection.createArrayOf("uuid", rows.stream().map(Ranked::id).toArray());
    }

    private static PreparedStatement prepare(Connection connection, String sql, List<Object> parameters)
            throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        for (int i = 0; i < parameters.size(); i++) {
            statement.setObject(i + 1, parameters.get(i));
        }
        return statement;
    }

    private static OffsetDateTime at(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private record Ranked(UUID id, Instant publishedAt, double score) {
    }
}
