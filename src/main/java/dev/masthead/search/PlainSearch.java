package dev.masthead.search;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
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
import dev.masthead.search.WebSearchQuery.Operand;
import dev.masthead.search.WebSearchQuery.Term;

/**
 * The embedded H2 default's search: correct, bounded, simply ranked. An
 * article matches when every operand of the {@link WebSearchQuery} occurs
 * (any of its alternatives) and no excluded term does, as a substring of its
 * folded title, excerpt, body plaintext or tag names (folded by the
 * {@code masthead_fold} alias, the same code that folds the query; folding
 * collapses punctuation to single spaces, so a phrase is its words joined by
 * spaces). Each field is matched alone, so a phrase cannot run from one field
 * into the next.
 *
 * <p>Bounded: only the newest {@code maxMatches} matches are considered; the
 * total, the ranking and the facets are over them. One statement finds them
 * with their scores (id and score only), one counts their tags, one reads
 * titles and plaintext for the page's snippets. Never the HTML.
 *
 * <p>The score is a weighted count of the required terms found: in the title
 * {@value #TITLE_WEIGHT}, the excerpt or tag names {@value #SUMMARY_WEIGHT}
 * each, the body {@value #BODY_WEIGHT}; ties go to the newest, then the
 * greater id. The scan itself reads every published article that passes the
 * filters (H2 has no index for substrings): fine for the embedded default,
 * which is why production runs {@code PostgresSearch}.
 */
public final class PlainSearch implements SearchIndex {

    static final int TITLE_WEIGHT = 4;
    static final int SUMMARY_WEIGHT = 2;
    static final int BODY_WEIGHT = 1;
    static final int MAX_FACETS = 20;

    private static final String TITLE = "masthead_fold(a.title)";
    private static final String EXCERPT = "masthead_fold(a.excerpt)";
    private static final String BODY = "masthead_fold(a.plaintext)";
    private static final String LIKE = " like ? escape '\\'";
    private static final String TAG_NAMES = "exists (select 1 from article_tag x join tag t on t.id = x.tag_id"
            + " where x.article_id = a.id and masthead_fold(t.name)" + LIKE + ")";

    private final DataSource dataSource;
    private final int maxMatches;

    public PlainSearch(DataSource dataSource, int maxMatches) {
        if (maxMatches < 1) {
            throw new IllegalArgumentException("maxMatches must be positive: " + maxMatches);
        }
        this.dataSource = dataSource;
        this.maxMatches = maxMatches;
    }

    @Override
    public SearchResult search(SearchRequest request) {
        WebSearchQuery query = WebSearchQuery.parse(request.q());
        if (query.isEmpty()) {
            return SearchResult.empty();
        }
        try (Connection connection = dataSource.getConnection()) {
            List<Scored> matches = matches(connection, query, request);
            if (matches.isEmpty()) {
                return SearchResult.empty();
            }
            List<TagFacet> facets = facets(connection, matches);
            List<Scored> ranked = new ArrayList<>(matches);
            // Rows come newest first, so a stable sort by score keeps newest-then-id among equals.
            ranked.sort(Comparator.comparingDouble(Scored::score).reversed());
            long offset = request.offset();
            List<Scored> page = offset >= ranked.size() ? List.of()
                    : ranked.subList((int) offset, (int) Math.min(ranked.size(), offset + request.pageSize()));
            return new SearchResult(snippets(connection, query, page), matches.size(), facets);
        } catch (SQLException e) {
            throw new IllegalStateException("search failed", e);
        }
    }

    private record Scored(UUID id, double score) {
    }

    /*
     * One flat select on purpose: the folds sit in the where clause, evaluated
     * row by row and short-circuited (a title match never folds the body), and
     * only the ids and scores of passing rows are kept. A derived table of
     * folded texts would be materialized by H2, every published body at once.
     */
    private List<Scored> matches(Connection connection, WebSearchQuery query, SearchRequest request)
            throws SQLException {
        List<Object> parameters = new ArrayList<>();
        StringBuilder sql = new StringBuilder("select a.id, 0");
        for (Term term : query.requiredTerms()) {
            String pattern = likePattern(term.text());
            sql.append(" + case when ").append(TITLE).append(LIKE).append(" then ").append(TITLE_WEIGHT)
                    .append(" else 0 end + case when ").append(EXCERPT).append(LIKE).append(" then ")
                    .append(SUMMARY_WEIGHT).append(" else 0 end + case when ").append(TAG_NAMES).append(" then ")
                    .append(SUMMARY_WEIGHT).append(" else 0 end + case when ").append(BODY).append(LIKE)
                    .append(" then ").append(BODY_WEIGHT).append(" else 0 end");
            parameters.addAll(List.of(pattern, pattern, pattern, pattern));
        }
        sql.append(" from article a where a.status = 'PUBLISHED'");
        if (request.publishedAfter() != null) {
            sql.append(" and a.published_at > ?");
            parameters.add(OffsetDateTime.ofInstant(request.publishedAfter(), ZoneOffset.UTC));
        }
        if (request.publishedBefore() != null) {
            sql.append(" and a.published_at < ?");
            parameters.add(OffsetDateTime.ofInstant(request.publishedBefore(), ZoneOffset.UTC));
        }
        if (request.tags() != null && !request.tags().isEmpty()) {
            sql.append(" and exists (select 1 from article_tag x join tag t on t.id = x.tag_id")
                    .append(" where x.article_id = a.id and t.slug in (").append(placeholders(request.tags().size()))
                    .append("))");
            parameters.addAll(request.tags());
        }
        if (request.author() != null) {
            sql.append(" and exists (select 1 from article_author y join author p on p.id = y.author_id")
                    .append(" where y.article_id = a.id and p.slug = ?)");
            parameters.add(request.author());
        }
        for (Operand operand : query.required()) {
            sql.append(" and (");
            for (int i = 0; i < operand.alternatives().size(); i++) {
                sql.append(i == 0 ? "" : " or ");
                anywhere(sql, parameters, operand.alternatives().get(i));
            }
            sql.append(")");
        }
        for (Term term : query.excluded()) {
            sql.append(" and not ");
            anywhere(sql, parameters, term);
        }
        sql.append(" order by a.published_at desc, a.id desc fetch first ? rows only");
        parameters.add(maxMatches);
        List<Scored> matches = new ArrayList<>();
        try (PreparedStatement statement = prepare(connection, sql.toString(), parameters);
                ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                matches.add(new Scored(rows.getObject(1, UUID.class), rows.getDouble(2)));
            }
        }
        return matches;
    }

    /** The term in the title, the excerpt, a tag name or the body; each field alone, so no phrase spans two. */
    private static void anywhere(StringBuilder sql, List<Object> parameters, Term term) {
        String pattern = likePattern(term.text());
        sql.append("(").append(TITLE).append(LIKE).append(" or ").append(EXCERPT).append(LIKE).append(" or ")
                .append(TAG_NAMES).append(" or ").append(BODY).append(LIKE).append(")");
        parameters.addAll(List.of(pattern, pattern, pattern, pattern));
    }

    private List<TagFacet> facets(Connection connection, List<Scored> matches) throws SQLException {
        List<Object> ids = new ArrayList<>(matches.size());
        for (Scored match : matches) {
            ids.add(match.id());
        }
        String sql = "select t.slug, t.name, count(*) as n from article_tag x join tag t on t.id = x.tag_id"
                + " where x.article_id in (" + placeholders(ids.size()) + ")"
                + " group by t.slug, t.name order by n desc, t.name, t.slug fetch first " + MAX_FACETS + " rows only";
        List<TagFacet> facets = new ArrayList<>();
        try (PreparedStatement statement = prepare(connection, sql, ids); ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                facets.add(new TagFacet(rows.getString(1), rows.getString(2), rows.getLong(3)));
            }
        }
        return facets;
    }

    private List<Match> snippets(Connection connection, WebSearchQuery query, List<Scored> page)
            throws SQLException {
        if (page.isEmpty()) {
            return List.of();
        }
        List<Object> ids = new ArrayList<>(page.size());
        for (Scored match : page) {
            ids.add(match.id());
        }
        Map<UUID, String[]> texts = new HashMap<>();
        String sql = "select id, title, plaintext from article where id in (" + placeholders(ids.size()) + ")";
        try (PreparedStatement statement = prepare(connection, sql, ids); ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                texts.put(rows.getObject(1, UUID.class), new String[] {rows.getString(2), rows.getString(3)});
            }
        }
        List<Term> terms = query.requiredTerms();
        List<Match> matches = new ArrayList<>(page.size());
        for (Scored match : page) {
            String[] text = texts.get(match.id());
            if (text == null) {
                continue; // deleted since the first statement
            }
            matches.add(new Match(match.id(), match.score(), Snippets.marked(text[0], terms),
                    Snippets.body(text[1], terms)));
        }
        return Collections.unmodifiableList(matches);
    }

    /** A substring pattern for LIKE with the user's own %, _ and \ taken literally. */
    static String likePattern(String text) {
        StringBuilder pattern = new StringBuilder(text.length() + 2).append('%');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '%' || c == '_' || c == '\\') {
                pattern.append('\\');
            }
            pattern.append(c);
        }
        return pattern.append('%').toString();
    }

    private static String placeholders(int n) {
        return String.join(", ", Collections.nCopies(n, "?"));
    }

    private static PreparedStatement prepare(Connection connection, String sql, List<Object> parameters)
            throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        try {
            for (int i = 0; i < parameters.size(); i++) {
                statement.setObject(i + 1, parameters.get(i));
            }
        } catch (SQLException e) {
            statement.close();
            throw e;
        }
        return statement;
    }
}
