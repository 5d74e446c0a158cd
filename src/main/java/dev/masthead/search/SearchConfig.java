package dev.masthead.search;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "masthead.search")
public interface SearchConfig {

    /**
     * The language PostgreSQL stems in: the name of one of its Snowball
     * dictionaries without {@code _stem} (english, german, french, spanish, ...).
     * Changing it rebuilds the search index in the background at the next start.
     */
    @WithDefault("english")
    String language();

    /**
     * How many matches a search ranks, counts and takes facets from: the
     * newest ones. Bounds the work of a query that matches half the archive.
     */
    @WithDefault("1000")
    int maxMatches();
}
