package dev.masthead.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import javax.sql.DataSource;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Picks the search index for the database in use: PostgreSQL's own, or the plain fallback. */
@ApplicationScoped
class SearchIndexes {

    static final String POSTGRESQL = "postgresql";

    @Produces
    @ApplicationScoped
    SearchIndex index(DataSource dataSource, SearchConfig config,
            @ConfigProperty(name = "quarkus.datasource.db-kind") String dbKind) {
        return POSTGRESQL.equals(dbKind) ? new PostgresSearch(dataSource, config.maxMatches())
                : new PlainSearch(dataSource, config.maxMatches());
    }
}
