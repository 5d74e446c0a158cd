package dev.masthead.sync;

import java.time.Duration;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How long the content log keeps events for delta sync, and how much one sync page may carry. */
@ConfigMapping(prefix = "masthead.sync")
public interface SyncConfig {

    /**
     * How long an event stays in the content log. A client that has not
     * synced for longer holds a cursor the log no longer covers: it is
     * answered 410 and syncs again from the start.
     */
    @WithDefault("P90D")
    Duration retention();

    /** How often each replica trims the log to {@link #retention()} (the job reads it as masthead.sync.trim-interval). */
    @WithDefault("PT1H")
    Duration trimInterval();

    /**
     * The most article body (HTML and plaintext, in characters) one sync page
     * carries; a page ends early rather than pass it, but always carries at
     * least one article.
     */
    @WithDefault("2M")
    MemorySize maxContentSize();
}
