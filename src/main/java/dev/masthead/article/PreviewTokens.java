package dev.masthead.article;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import dev.masthead.auth.SigningKey;

/**
 * Signs and checks draft preview tokens: {@code mhp_<payload>.<mac>}, where
 * the payload names one article and an expiry and the MAC is HMAC-SHA256
 * under a key derived for previews alone. A token opens the preview of its
 * own article until it expires, and nothing else: it is no JWT and has no
 * {@code mh_} key prefix, so the Management API's bearer check refuses it,
 * and its key is never the Management tokens' key (always derived, with a
 * purpose of its own), so neither kind of token can be forged from the other.
 */
@Singleton
class PreviewTokens {

    static final String PREFIX = "mhp_";

    private static final Logger LOG = Logger.getLogger(PreviewTokens.class);
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();
    private static final String PURPOSE = "masthead draft preview token v1";
    /** "article:<uuid>:<epoch seconds>"; no token we issue comes near this, longer text is refused unread. */
    private static final int MAX_LENGTH = 256;

    private final SigningKey key;
    private final Clock clock;

    @Inject
    PreviewTokens(PreviewConfig config, @ConfigProperty(name = "masthead.auth.token-secret") Optional<String> tokenSecret,
            Clock clock) {
        this(config.secret().or(() -> tokenSecret).map(s -> s.getBytes(StandardCharsets.UTF_8))
                .orElseGet(PreviewTokens::randomSecret), clock);
    }

    /** Tokens over this secret; the key is derived from it, so a shared secret is never used as is. */
    PreviewTokens(byte[] secret, Clock clock) {
        this.key = new SigningKey(secret, PURPOSE);
        this.clock = clock;
    }

    Issued issue(UUID article, Duration ttl) {
        Instant expiresAt = clock.instant().plus(ttl).truncatedTo(ChronoUnit.SECONDS);
        byte[] payload = ("article:" + article + ":" + expiresAt.getEpochSecond()).getBytes(StandardCharsets.UTF_8);
        return new Issued(PREFIX + ENCODER.encodeToString(payload) + "." + ENCODER.encodeToString(key.sign(payload)),
                expiresAt);
    }

    /** Whether this is a token we signed, for this article, not yet expired. */
    boolean opens(String token, UUID article) {
        if (token == null || token.length() > MAX_LENGTH || !token.startsWith(PREFIX)) {
            return false;
        }
        int dot = token.indexOf('.');
        if (dot < 0) {
            return false;
        }
        try {
            byte[] payload = DECODER.decode(token.substring(PREFIX.length(), dot));
            byte[] given = DECODER.decode(token.substring(dot + 1));
            if (!MessageDigest.isEqual(given, key.sign(payload))) {
                return false;
            }
            String[] fields = new String(payload, StandardCharsets.UTF_8).split(":");
            return fields.length == 3 && fields[0].equals("article") && fields[1].equals(article.toString())
                    && clock.instant().isBefore(Instant.ofEpochSecond(Long.parseLong(fields[2])));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static byte[] randomSecret() {
        LOG.warn("Neither masthead.preview.secret nor masthead.auth.token-secret is set: preview tokens are signed "
                + "with a random key and work only on this replica until it restarts");
        return SigningKey.randomSecret();
    }

    record Issued(String token, Instant expiresAt) {
    }
}
