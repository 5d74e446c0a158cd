package dev.masthead.delivery;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import dev.masthead.auth.SigningKey;

/**
 * Makes paging cursors tamper-evident: a cursor is its payload plus an HMAC
 * of it, so one a client made up or altered is refused before any of it
 * reaches a query. Cursors are still opaque, not secret: the payload only
 * names a position in public content.
 */
@Singleton
public class CursorSeal {

    private static final Logger LOG = Logger.getLogger(CursorSeal.class);
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();
    /** 128 bits of the MAC: forging one is out of reach, and cursors stay short. */
    private static final int MAC_BYTES = 16;
    /** No cursor we issue comes near this; longer text is refused before decoding. */
    private static final int MAX_LENGTH = 512;
    private static final String PURPOSE = "masthead paging cursor v1";

    private final SigningKey key;

    @Inject
    CursorSeal(DeliveryConfig config, @ConfigProperty(name = "masthead.auth.token-secret") Optional<String> tokenSecret) {
        this(config.cursorSecret().or(() -> tokenSecret).map(s -> s.getBytes(StandardCharsets.UTF_8))
                .orElseGet(CursorSeal::randomSecret));
    }

    /** A seal over this secret; the key is derived from it, so a shared secret is never used as is. */
    public CursorSeal(byte[] secret) {
        this.key = new SigningKey(secret, PURPOSE);
    }

    public String seal(String payload) {
        byte[] bytes = payload.getBytes(StandardCharsets.UTF_8);
        return ENCODER.encodeToString(bytes) + "." + ENCODER.encodeToString(Arrays.copyOf(key.sign(bytes), MAC_BYTES));
    }

    /** The payload of a cursor this service sealed, or empty for anything else. */
    public Optional<String> open(String cursor) {
        int dot = cursor.indexOf('.');
        if (cursor.length() > MAX_LENGTH || dot < 0) {
            return Optional.empty();
        }
        try {
            byte[] payload = DECODER.decode(cursor.substring(0, dot));
            byte[] given = DECODER.decode(cursor.substring(dot + 1));
            byte[] expected = Arrays.copyOf(key.sign(payload), MAC_BYTES);
            return MessageDigest.isEqual(given, expected) ? Optional.of(new String(payload, StandardCharsets.UTF_8))
                    : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static byte[] randomSecret() {
        LOG.warn("Neither masthead.delivery.cursor-secret nor masthead.auth.token-secret is set: paging cursors "
                + "are sealed with a random key and work only on this replica until it restarts");
        return SigningKey.randomSecret();
    }
}
