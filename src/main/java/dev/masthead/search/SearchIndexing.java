package dev.masthead.search;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import javax.sql.DataSource;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;

/**
 * Keeps PostgreSQL's search index whole beside the triggers that index every
 * write (V10): at start it moves the text search configuration to
 * {@code masthead.search.language} when that changed, then indexes, in the
 * background and in batches of {@link #BATCH} articles each its own
 * statement, whatever is not indexed in that language yet: the archive a
 * deployment of V10 found, or every article after a change of language. A
 * search meanwhile finds what is indexed; nothing waits for it. Replicas
 * starting together may both index a batch; the result is the same.
 */
@ApplicationScoped
class SearchIndexing {

    private static final Logger LOG = Logger.getLogger(SearchIndexing.class);
    static final int BATCH = 500;
    private static final int MAX_FAILURES = 10;
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,32}");
    private static final String REINDEX = "set search_vector = masthead_search_vector(a.title, "
            + "case when a.custom_excerpt then a.excerpt end, masthead_article_tags(a.id), a.plaintext)";

    private final DataSource dataSource;
    private final SearchConfig config;
    private final boolean postgres;
    private volatile boolean stopping;

    SearchIndexing(DataSource dataSource, SearchConfig config,
            @ConfigProperty(name = "quarkus.datasource.db-kind") String dbKind) {
        this.dataSource = dataSource;
        this.config = config;
        this.postgres = SearchIndexes.POSTGRESQL.equals(dbKind);
    }

    void onStart(@Observes StartupEvent event) {
        if (!postgres) {
            return;
        }
        boolean changed = useLanguage(config.language());
        Thread indexer = new Thread(() -> indexAll(changed), "search-indexing");
        indexer.setDaemon(true);
        indexer.start();
    }

    void onStop(@Observes ShutdownEvent event) {
        stopping = true;
    }

    /** Points the configuration at the language's stemmer; answers whether it had to move. */
    private boolean useLanguage(String language) {
        if (!LANGUAGE.matcher(language).matches()) {
            throw new IllegalStateException("masthead.search.language must be a PostgreSQL Snowball language such as "
                    + "english or german, not '" + language + "'");
        }
        String stemmer = language + "_stem";
        try (Connection connection = dataSource.getConnection()) {
            if (!exists(connection, "select 1 from pg_ts_dict where dictname = ?", stemmer)) {
                throw new IllegalStateException("masthead.search.language is '" + language + "', but PostgreSQL has "
                        + "no dictionary " + stemmer + " (see \\dFd in psql for the languages it stems)");
            }
            if (stemmer.equals(currentStemmer(connection))) {
                return false;
            }
            try (Statement alter = connection.createStatement()) {
                alter.execute("alter text search configuration " + PostgresSearch.CONFIGURATION
                        + " alter mapping for asciiword, asciihword, hword_asciipart with " + stemmer);
                alter.execute("alter text search configuration " + PostgresSearch.CONFIGURATION
                        + " alter mapping for word, hword, hword_part with unaccent, " + stemmer);
            }
            LOG.infof("Search now stems in %s; every article is indexed again in the background", language);
            return true;
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot set the search language", e);
        }
    }

    private static String currentStemmer(Connection connection) throws SQLException {
        String sql = "select d.dictname from pg_ts_config c join pg_ts_config_map m on m.mapcfg = c.oid "
                + "join pg_ts_dict d on d.oid = m.mapdict where c.cfgname = ? and m.maptokentype = "
                + "(select t.tokid from ts_token_type('default') t where t.alias = 'asciiword') order by m.mapseqno desc limit 1";
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            select.setString(1, PostgresSearch.CONFIGURATION);
            try (ResultSet result = select.executeQuery()) {
                return result.next() ? result.getString(1) : null;
            }
        }
    }

    /** Every article when the language changed, else those never indexed; batch by batch in id order. */
    void indexAll(boolean everyArticle) {
        UUID after = null;
        long indexed = 0;
        int failures = 0;
        while (!stopping) {
            UUID last;
            try {
                last = everyArticle ? reindexAfter(after) : indexUnindexed();
                failures = 0;
            } catch (RuntimeException e) {
                // A batch may lose a deadlock to a content write (a tag rename re-indexes its articles): wait, retry.
                if (stopping || ++failures > MAX_FAILURES) {
                    if (!stopping) {
                        LOG.errorf(e, "Search indexing stopped after %d failures; the next start goes on with it", failures - 1);
                    }
                    return;
                }
                LOG.warnf("Search indexing: a batch failed (%s); retrying", e.getMessage());
                pause(failures);
                continue;
            }
            if (last == null) {
                return;
            }
            after = last;
            indexed += BATCH;
            if (indexed % (BATCH * 200L) == 0) {
                LOG.infof("Search indexing: about %d articles done", indexed);
            }
        }
    }

    private static void pause(int failures) {
        try {
            Thread.sleep(200L * failures);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Indexes the next batch after {@code after}; answers its last id, null when none was left. */
    private UUID reindexAfter(UUID after) {
        return lastOf("select b.id from article b" + (after == null ? "" : " where b.id > ?")
                + " order by b.id limit " + BATCH, after);
    }

    private UUID indexUnindexed() {
        return lastOf("select b.id from article b where b.search_vector is null order by b.id limit " + BATCH, null);
    }

    /** Indexes the articles {@code batch} selects; answers the last of them in PostgreSQL's id order. */
    private UUID lastOf(String batch, UUID after) {
        String sql = "with batch as (" + batch + "), done as (update article a " + REINDEX
                + " from batch where a.id = batch.id) select id from batch order by id desc limit 1";
        try (Connection connection = dataSource.getConnection();
                PreparedStatement update = connection.prepareStatement(sql)) {
            if (after != null) {
                update.setObject(1, after);
            }
            try (ResultSet result = update.executeQuery()) {
                return result.next() ? result.getObject(1, UUID.class) : null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot index articles for search", e);
        }
    }

    private static boolean exists(Connection connection, String sql, String value) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            select.setString(1, value);
            try (ResultSet result = select.executeQuery()) {
                return result.next();
            }
        }
    }
}
