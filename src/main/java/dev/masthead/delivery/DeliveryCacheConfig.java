package dev.masthead.delivery;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How long CDNs and browsers may keep Delivery responses, and this replica's own cache of them. */
@ConfigMapping(prefix = "masthead.delivery")
public interface DeliveryCacheConfig {

    /** Seconds a response is fresh ({@code max-age}). */
    @WithDefault("60")
    int maxAge();

    /** Seconds a stale response may still be served while it is refetched. */
    @WithDefault("300")
    int staleWhileRevalidate();

    Cache cache();

    interface Cache {

        /** Whether rendered responses are kept in memory; off, every GET reads the database. */
        @WithDefault("true")
        boolean enabled();

        /** The most response bytes (bodies plus keys) kept; the least used go first. */
        @WithDefault("32M")
        MemorySize maxSize();
    }
}
