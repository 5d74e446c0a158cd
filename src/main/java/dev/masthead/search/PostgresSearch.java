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
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import dev.masthead.search.SearchResult.Match;
import dev.masthead.search.SearchResult.TagFacet;

/**
 * Search on PostgreSQL: the reader's words through {@code websearch_to_tsquery}
 * in Masthead's text search configuration (stemmed, accents folded) against
 * the stored, weighted {@code article.search_vector} (see V10), matched in its
 * GIN index, on one connection:
 * <ol>
 * <li>the newest {@code maxMatches} published matches, each ranked with
 * {@code ts_rank_cd} (normalised by document length, then to 0..1), found
 * the cheapest way a probe of the newest articles points to: walking the
 * publication order when the query is common there, else all the GIN
 * index's matches when it is rare, else time slices through the index (see
 * {@link #matches});</li>
 * <li>the tags of those matches, counted, on a second connection while the
 * first cuts {@code ts_headline} snippets for the one page answered only, the
 * body's from a window around its first match.</li>
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
    /** The newest articles a probe reads to learn how densely the query matches near the top of the archive. */
    static final int PROBE = 200;
    /** At this share of matches in the probe or more, walking the publication order is the cheapest way. */
    private static final double WALK_DENSITY = 0.25;
    /**
     * A slice is sized to hold the matches wanted at a density this many
     * standard deviations above the one counted: k matches counted estimate
     * it within about sqrt(k), so a slice for 1,000 holds 1 + 1.5 / sqrt(k)
     * times as many, about twice at 2 and 1.2 at 50. A slice a little too
     * long costs a few rows more; one too short costs a second slice.
     */
    private static final double SLICE_SPREAD = 1.5;
    /**
     * What reading one match's row from the table costs, in date entries of
     * the GIN index a slice reads instead (about 4 µs against 0.07 µs at a
     * million articles; bench/RESULTS.md).
     */
    private static final double ROW_COST = 50;
    /** No slice starts before this: a publication date is later (and the arithmetic stays in range). */
    private static final Instant EARLIEST = Instant.parse("1000-01-01T00:00:00Z");
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
    /** Searches counting their facets beside their snippets at once; a search beyond them counts its own in turn. */
    private static final int CONCURRENT_FACETS = 4;

    private final DataSource dataSource;
    private final int maxMatches;
    private final int probeSize;
    private final double rowCost;
    private final Executor facetCounting = facetCounting();

    PostgresSearch(DataSource dataSource, int maxMatches) {
        this(dataSource, maxMatches, PROBE, ROW_COST);
    }

    PostgresSearch(DataSource dataSource, int maxMatches, int probeSize, double rowCost) {
        this.dataSource = dataSource;
        this.maxMatches = maxMatches;
        this.probeSize = probeSize;
        this.rowCost = rowCost;
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
            CompletableFuture<List<TagFacet>> counting = facetsBeside(matches);
            Map<UUID, String[]> snippets = snippets(connection, request.q(), page);
            List<TagFacet> facets = facets(connection, matches, counting);
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

    /**
     * The newest {@code maxMatches} matches, ranked. Testing one article reads
     * its stored vector (several kilobytes, out of line), so walking the
     * publication order costs as many reads as articles passed on the way, and
     * PostgreSQL's planner, which counts such a test as nearly free, walks far
     * for a word in a few percent of the archive. Reading the GIN index's
     * matches instead touches only each match's table row, but all of them;
     * with the date in the index too, only a slice's rows, but one index
     * entry for each article of the slice. So a probe first: among the
     * source's newest articles, a query matching a quarter or more is walked
     * for; one the probe expects to be rare in the whole archive has all its
     * matches read; the others have the matches of a time slice read, sized
     * to hold the matches wanted, and when it held too few, a longer slice
     * sized from what it held instead, then all the matches. Each way reads
     * every match newer than some instant, so the newest matches come out the
     * same whichever way.
     */
    private List<Ranked> matches(Connection connection, SearchRequest request) throws SQLException {
        Source source = Source.of(request);
        if (request.tags().size() > 1) {
            // Any of several tags: no one index holds them in publication order, so the planner chooses.
            return walk(connection, request, source);
        }
        Probe probe = probe(connection, request, source, probeSize);
        if (!probe.searchable() || probe.rows() == 0) {
            return new ArrayList<>();
        }
        if (probe.rows() < probeSize || probe.matches() >= probe.rows() * WALK_DENSITY) {
            return walk(connection, request, source);
        }
        Instant from = probe.sliceStart(maxMatches);
        if (from == null || probe.fewMatches(maxMatches, rowCost)) {
            return indexed(connection, request);
        }
        List<Ranked> matches = slice(connection, request, from);
        if (matches.size() < maxMatches && !reaches(request, from)) {
            // Sized again from what the first slice held: the density near the top was misjudged, or falls with age.
            Instant further = probe.furtherStart(from, matches.size(), maxMatches);
            matches = further == null ? indexed(connection, request) : slice(connection, request, further);
            if (further != null && matches.size() < maxMatches && !reaches(request, further)) {
                matches = indexed(connection, request);
            }
        }
        return matches;
    }

    /** Whether a slice from {@code from} already reaches back past the reader's publishedAfter. */
    private static boolean reaches(SearchRequest request, Instant from) {
        return request.publishedAfter() != null && !from.isAfter(request.publishedAfter());
    }

    /**
     * How densely the query matches among the newest {@value #PROBE} articles
     * of the source, and over what time they were published: a cheap look
     * (each test reads one stored vector) that decides how the matches are
     * found. Also whether the query can use the index at all.
     */
    private static Probe probe(Connection connection, SearchRequest request, Source source, int size)
            throws SQLException {
        List<Object> parameters = new ArrayList<>(List.of(request.q(), request.q()));
        parameters.addAll(source.parameters());
        String sql = "select querytree(" + QUERY + ") not in ('', 'T'), count(*), count(*) filter (where p.matched), "
                + "max(p.published_at), min(p.published_at), (select t.articles from published_total t where t.id = 1) "
                + "from (select " + source.publishedAt()
                + " as published_at, a.search_vector @@ " + QUERY + " as matched from " + source.from() + " where "
                + source.where() + filters(request, source, parameters) + " order by " + source.order()
                + " limit " + size + ") p";
        try (PreparedStatement select = prepare(connection, sql, parameters);
                ResultSet result = select.executeQuery()) {
            result.next();
            int rows = result.getInt(2);
            return new Probe(result.getBoolean(1), rows, result.getInt(3),
                    rows == 0 ? null : result.getObject(4, OffsetDateTime.class).toInstant(),
                    rows == 0 ? null : result.getObject(5, OffsetDateTime.class).toInstant(), result.getLong(6));
        }
    }

    /**
     * The newest matches by walking the source in publication order and
     * testing each article's vector until {@code maxMatches} are found: the
     * cheapest way when most articles match (a probe found at least
     * {@value #WALK_DENSITY} of them), since each test reads a vector of
     * several kilobytes. Also the way for several tags, where PostgreSQL's
     * planner chooses between this walk and the index.
     */
    private List<Ranked> walk(Connection connection, SearchRequest request, Source source) throws SQLException {
        List<Object> parameters = new ArrayList<>(List.of(request.q()));
        parameters.addAll(source.parameters());
        parameters.add(request.q());
        String sql = "select m.id, m.published_at, ts_rank_cd(m.search_vector, " + QUERY + ", " + RANK_NORMALISATION
                + ") from (select a.id, a.published_at, a.search_vector from " + source.from() + " where "
                + source.where() + " and a.search_vector @@ " + QUERY + filters(request, source, parameters)
                + " order by " + source.order() + " limit ?) m where querytree(" + QUERY + ") not in ('', 'T')";
        parameters.add(maxMatches);
        parameters.add(request.q());
        return ranked(connection, sql, parameters);
    }

    /**
     * The newest {@code maxMatches} matches published from {@code from} on,
     * the date an index condition: V13 put {@code published_at} in the GIN
     * index beside the vector, so only the slice's matches are read from the
     * table. Each article published since is an index entry read, though, so a
     * slice reaching far back costs more than the rows it spares for a rare
     * query (see {@link Probe#fewMatches}). A slice has no upper bound: the
     * index reads each bound as a range of its own, and {@code published_at <
     * x} for a recent x is nearly the whole index.
     */
    private List<Ranked> slice(Connection connection, SearchRequest request, Instant from) throws SQLException {
        return fromIndex(connection, request, from);
    }

    /**
     * The newest {@code maxMatches} matches through the index on the query
     * alone: every match's row is read. The cheapest way for a query the probe
     * finds rare, and the last one when the slices held too few.
     */
    private List<Ranked> indexed(Connection connection, SearchRequest request) throws SQLException {
        return fromIndex(connection, request, null);
    }

    /**
     * The GIN index's matches in a materialized CTE, planned on its own so
     * the planner cannot turn it back into a walk of the publication order,
     * which its costs cannot tell is dearer; those published from {@code
     * from} on, when not null; only the rows kept are ranked.
     */
    private List<Ranked> fromIndex(Connection connection, SearchRequest request, Instant from) throws SQLException {
        List<Object> parameters = new ArrayList<>(List.of(request.q()));
        String since = "";
        if (from != null) {
            since = " and a.published_at >= ?";
            parameters.add(at(from));
        }
        String filters = filters(request, Source.ALL, parameters);
        parameters.add(request.q());
        parameters.add(maxMatches);
        String sql = "with m as materialized (select a.id, a.published_at, a.search_vector from article a "
                + "where a.search_vector @@ " + QUERY + since + filters + ") select m.id, m.published_at, "
                + "ts_rank_cd(m.search_vector, " + QUERY + ", " + RANK_NORMALISATION + ") from (select * from m "
                + "order by m.published_at desc, m.id desc limit ?) m";
        return ranked(connection, sql, parameters);
    }

    /** The filters a source does not already apply, with their parameters added. */
    private static String filters(SearchRequest request, Source source, List<Object> parameters) {
        StringBuilder sql = new StringBuilder(" and a.status = 'PUBLISHED'");
        if (!request.tags().isEmpty() && !source.byTag()) {
            sql.append(" and exists (select 1 from article_tag x join tag t on t.id = x.tag_id "
                    + "where x.article_id = a.id and t.slug in (")
                    .append(String.join(", ", Collections.nCopies(request.tags().size(), "?"))).append("))");
            parameters.addAll(request.tags());
        }
        if (request.author() != null && !source.byAuthor()) {
            sql.append(" and exists (select 1 from article_author y join author p on p.id = y.author_id "
                    + "where y.article_id = a.id and p.slug = ?)");
            parameters.add(request.author());
        }
        if (request.publishedAfter() != null) {
            sql.append(" and ").append(source.publishedAt()).append(" > ?");
            parameters.add(at(request.publishedAfter()));
        }
        if (request.publishedBefore() != null) {
            sql.append(" and ").append(source.publishedAt()).append(" < ?");
            parameters.add(at(request.publishedBefore()));
        }
        return sql.toString();
    }

    private static List<Ranked> ranked(Connection connection, String sql, List<Object> parameters)
            throws SQLException {
        List<Ranked> matches = new ArrayList<>();
        try (PreparedStatement select = prepare(connection, sql, parameters);
                ResultSet result = select.executeQuery()) {
            while (result.next()) {
                matches.add(new Ranked(result.getObject(1, UUID.class),
                        result.getObject(2, OffsetDateTime.class).toInstant(), result.getDouble(3)));
            }
        }
        return matches;
    }

    /**
     * The matches' tags counted on a connection of their own, on a thread of
     * {@link #facetCounting}; null when all of those are busy.
     */
    private CompletableFuture<List<TagFacet>> facetsBeside(List<Ranked> matches) {
        try {
            return CompletableFuture.supplyAsync(() -> {
                try (Connection own = dataSource.getConnection()) {
                    return facets(own, matches);
                } catch (SQLException e) {
                    throw new IllegalStateException("Cannot count the tags of search matches", e);
                }
            }, facetCounting);
        } catch (RejectedExecutionException e) {
            return null;
        }
    }

    /**
     * The facets counted beside the snippets, else on the search's own
     * connection: when no thread was free, or the second connection could
     * not be had (a pool smaller than the searches at once). A search never
     * waits for a second connection while holding its first for longer than
     * the pool's acquisition timeout, and never fails for want of one.
     */
    private static List<TagFacet> facets(Connection connection, List<Ranked> matches,
            CompletableFuture<List<TagFacet>> counting) throws SQLException {
        if (counting != null) {
            try {
                return counting.join();
            } catch (CompletionException e) {
                // Counted again on this connection: a fault of the database itself shows there.
            }
        }
        return facets(connection, matches);
    }

    /**
     * The matches' tags with how many of them each is on, the most first: an
     * index-only look-up per match (about 4 ms for 1,000).
     */
    private static List<TagFacet> facets(Connection connection, List<Ranked> matches) throws SQLException {
        String sql = "select t.slug, t.name, c.n from (select x.tag_id, count(*) as n from unnest(?) as m(id) "
                + "join article_tag x on x.article_id = m.id group by x.tag_id) c join tag t on t.id = c.tag_id "
                + "order by c.n desc, t.name, t.slug limit " + FACETS;
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
     * Threads for counting facets beside snippets: at most {@value
     * #CONCURRENT_FACETS} at once, each a connection more; when all are busy
     * a search counts its own facets on its connection after its snippets.
     * Idle threads end after a minute.
     */
    private static Executor facetCounting() {
        AtomicInteger count = new AtomicInteger();
        return new ThreadPoolExecutor(0, CONCURRENT_FACETS, 1, TimeUnit.MINUTES, new SynchronousQueue<>(),
                runnable -> {
                    Thread thread = new Thread(runnable, "search-facets-" + count.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                });
    }

    /**
     * Title and body snippets of the page's articles, by id. ts_headline reads
     * its whole input through the dictionaries (several milliseconds for a
     * 1,000-word body), so the body's snippet is cut from a window of
     * {@link #WINDOW} characters that starts a little before the first place
     * one of the query's words occurs (found by plain text search in the
     * lower-cased body, else in the body unaccented too: a word's stem, less
     * its last letter, is mostly a prefix of it), or at the start. Its words
     * are marked wherever any of the query's words occurs: the query itself
     * would mark nothing in a body that holds only some of its words (the
     * others in the title).
     */
    private static Map<UUID, String[]> snippets(Connection connection, String q, List<Ranked> page) throws SQLException {
        if (page.isEmpty()) {
            return Map.of();
        }
        // Less its last letter, a stem is a prefix of its word more often ("economi" of "economy").
        String first = "(select min(w.at) from (select strpos(%s, left(l.word, greatest(3, length(l.word) - 1))) as at "
                + "from unnest(words.lexemes) as l(word)) w where w.at > 0)";
        // unaccent costs about 0.3 ms for a 1,000-word body: only when the words are not found without it.
        String window = "substr(a.plaintext, greatest(1, coalesce(" + first.formatted("lower(a.plaintext)") + ", "
                + first.formatted("lower(unaccent(a.plaintext))") + ", 1) - " + LEAD + "), " + WINDOW + ")";
        String sql = "with query as (select " + QUERY + " as q), "
                + "words as (select l.lexemes, (select string_agg('''' || w || '''', ' | ') "
                + "from unnest(l.lexemes) as w)::tsquery as alternatives from (select array(select m[1] "
                + "from regexp_matches(querytree((select q from query))::text, " + LEXEME + ", 'g') as m) "
                + "as lexemes) l) "
                + "select a.id, "
                + "ts_headline('" + CONFIGURATION + "', " + UNMARKED.formatted("a.title") + ", query.q, ?), "
                + "ts_headline('" + CONFIGURATION + "', " + UNMARKED.formatted(window) + ", words.alternatives, ?) "
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

    /**
     * The published articles a search walks newest first: all of them, or one
     * tag's or one author's, through their own publication-ordered index
     * ({@code article_tag_published_idx}, {@code article_author_published_idx}),
     * where walking all articles for a small tag would read most of the archive.
     */
    private record Source(String from, String where, String order, String publishedAt, List<Object> parameters,
            boolean byTag, boolean byAuthor) {

        static final Source ALL = new Source("article a", "true", "a.published_at desc, a.id desc", "a.published_at",
                List.of(), false, false);

        static Source of(SearchRequest request) {
            if (request.tags().size() == 1) {
                return new Source("article_tag x join article a on a.id = x.article_id",
                        "x.tag_id = (select t.id from tag t where t.slug = ?) and x.published_at is not null",
                        "x.published_at desc, x.article_id desc", "x.published_at", List.of(request.tags().get(0)),
                        true, false);
            }
            if (request.author() != null && request.tags().isEmpty()) {
                return new Source("article_author y join article a on a.id = y.article_id",
                        "y.author_id = (select p.id from author p where p.slug = ?) and y.published_at is not null",
                        "y.published_at desc, y.article_id desc", "y.published_at", List.of(request.author()), false,
                        true);
            }
            return ALL;
        }
    }

    /**
     * What {@link #probe} saw: whether the query can match through the index,
     * how many of the source's newest articles it read (at most {@value #PROBE})
     * and how many of them match, the newest and oldest date among them, and
     * how many articles are published in all.
     */
    private record Probe(boolean searchable, int rows, int matches, Instant newest, Instant oldest, long published) {

        /**
         * Whether reading every match's row through the index is cheaper than
         * a slice for {@code wanted} of them: the matches expected in the
         * whole archive at the probe's density, at {@code rowCost} index
         * entries' cost each ({@link #ROW_COST}), against the articles (each
         * a date entry) of the slice. True when the probe found none.
         */
        boolean fewMatches(int wanted, double rowCost) {
            double expected = (double) matches / rows * published;
            return rowCost * expected <= sliceArticles(wanted);
        }

        /**
         * Where a slice of the archive expected to hold {@code wanted} matches
         * and a margin ({@link #SLICE_SPREAD}) begins, at the probe's density
         * and publishing rate; null when that reaches back before any date.
         */
        Instant sliceStart(int wanted) {
            return before(newest, sliceArticles(wanted) * seconds(oldest, newest) / (rows - 1));
        }

        /**
         * Where a longer slice begins, after one from {@code from} held
         * {@code found} of the {@code wanted}: reaching back, at the density
         * found there, for the rest and a margin; null when the first held
         * none, or that reaches back before any date.
         */
        Instant furtherStart(Instant from, int found, int wanted) {
            if (found == 0) {
                return null;
            }
            return before(from, seconds(from, newest) * margin(found) * (wanted - found) / found);
        }

        private double sliceArticles(int wanted) {
            return margin(matches) * wanted * rows / Math.max(1, matches);
        }

        private static double margin(int counted) {
            return 1 + SLICE_SPREAD / Math.sqrt(Math.max(1, counted));
        }

        /** {@code back} seconds before {@code instant}; null when that is no earlier or before any date. */
        private static Instant before(Instant instant, double back) {
            if (!(back > 0) || back >= seconds(EARLIEST, instant)) {
                return null;
            }
            long whole = (long) back;
            return instant.minusSeconds(whole).minusNanos((long) ((back - whole) * 1e9));
        }

        private static double seconds(Instant from, Instant to) {
            return (to.getEpochSecond() - from.getEpochSecond()) + (to.getNano() - from.getNano()) / 1e9;
        }
    }
}
