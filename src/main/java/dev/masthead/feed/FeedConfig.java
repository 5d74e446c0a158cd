package dev.masthead.feed;

import java.util.Optional;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** What the RSS, Atom and JSON feeds carry; checked at start by {@link FeedService}. */
@ConfigMapping(prefix = "masthead.feeds")
public interface FeedConfig {

    /** Entries in a feed when the request names no {@code limit}: 1 to 100. */
    @WithDefault("30")
    int items();

    /** Whether entries carry the article's HTML; off, a feed carries summaries only. */
    @WithDefault("true")
    boolean fullContent();

    /** A WebSub hub that feeds name, so readers can subscribe for pushes. */
    Optional<String> hubUrl();

    /**
     * The most HTML one feed carries, over all its entries (measured in
     * characters): entries get their bodies newest first while it lasts, the
     * rest their summary only, so a feed of huge articles stays small.
     */
    @WithDefault("2M")
    MemorySize maxContentSize();
}
