package dev.masthead.delivery;

import java.util.Optional;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * How long CDNs and browsers may keep Delivery responses, this replica's own
 * cache of them, and the key that seals paging cursors.
 */
@ConfigMapping(prefix = "masthead.delivery")
public interface DeliveryConfig {

    /** Seconds a response is fresh ({@code max-age}). */
    @WithDefault("60")
    int maxAge();

    /** Seconds a stale response may still be served while it is refetched. */
    @WithDefault("300")
    int staleWhileRevalidate();

    Cache cache();

    /**
     * Secret that seals keyset cursors (HMAC-SHA256), the same on every
     * replica so a cursor one issued works on another. Without it the
     * Management token secret is used (through a derived key), and without
     * that a random one per start.
     */
    Optional<String> cursorSecret();

    interface Cache {

        /** Whether rendered responses are kept in memory; off, every GET reads the database. */
        @WithDefault("true")
        boolean enabled();

        /** The most response bytes (bodies plus keys) kept; the least used go first. */
        @WithDefault("32M")
        MemorySize maxSize();
    }
}
