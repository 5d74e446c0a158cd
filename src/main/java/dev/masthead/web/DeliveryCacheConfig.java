package dev.masthead.web;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How long CDNs and browsers may keep Delivery responses. */
@ConfigMapping(prefix = "masthead.delivery")
public interface DeliveryCacheConfig {

    /** Seconds a response is fresh ({@code max-age}). */
    @WithDefault("60")
    int maxAge();

    /** Seconds a stale response may still be served while it is refetched. */
    @WithDefault("300")
    int staleWhileRevalidate();
}
