package dev.masthead.auth;

import java.time.Duration;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "masthead.auth")
public interface AuthConfig {

    /**
     * HMAC secret signing Management API tokens, at least 32 bytes. Every
     * replica needs the same one. Without it a random one is made per start.
     */
    Optional<String> tokenSecret();

    /** How long a token stays valid. */
    @WithDefault("PT1H")
    Duration tokenTtl();

    /** Failed sign-ins for one account (four times as many for one client) before attempts are refused. */
    @WithDefault("5")
    int loginMaxFailures();

    /** Management API requests one credential may make per minute. */
    @WithDefault("1200")
    int requestsPerMinute();

    /** How long failed sign-ins count, and so how long a lockout lasts at most. */
    @WithDefault("PT15M")
    Duration loginLockout();
}
