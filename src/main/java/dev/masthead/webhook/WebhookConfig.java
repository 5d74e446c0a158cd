package dev.masthead.webhook;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How webhooks are fanned out, sent and retried ({@code masthead.webhooks.*}). */
@ConfigMapping(prefix = "masthead.webhooks")
public interface WebhookConfig {

    /**
     * The wait before each attempt, the first one included (the Standard
     * Webhooks schedule: immediately, 5 s, 5 min, 30 min, 2 h, 5 h, 10 h,
     * 10 h). After the last a delivery has failed; tests use seconds.
     */
    @WithDefault("PT0S,PT5S,PT5M,PT30M,PT2H,PT5H,PT10H,PT10H")
    List<Duration> retrySchedule();

    /** Each wait is moved by up to this fraction either way, so retries of many deliveries spread out. */
    @WithDefault("0.1")
    double retryJitter();

    /** How long a request may take, connect to last byte read. */
    @WithDefault("PT10S")
    Duration timeout();

    /** How long the previous secret keeps signing after a rotation. */
    @WithDefault("PT24H")
    Duration rotationOverlap();

    /** How often each replica looks for new content events and due deliveries. */
    @WithDefault("PT1S")
    Duration pollInterval();

    /** How long delivered and failed deliveries (and their attempts) stay in the delivery log. */
    @WithDefault("P30D")
    Duration deliveryRetention();

    /** What signing secrets are sealed under (read by {@link WebhookSecrets}); the token secret when absent. */
    Optional<String> encryptionKey();

    /** Whether webhook URLs may resolve to loopback, private, link-local or metadata addresses (tests only). */
    @WithDefault("false")
    boolean allowPrivateTargets();
}
