package dev.masthead.webhook;

import java.time.Instant;
import java.util.UUID;

/**
 * A delivery this replica holds the lease of, with all its attempt needs:
 * where to, the sealed secrets, the message and how far its schedule is.
 */
record Claim(UUID delivery, UUID webhook, boolean hub, String url, String secret, String previousSecret,
        Instant previousSecretUntil, UUID message, String payload, int attempts, int scheduleFrom, Instant createdAt) {
}
