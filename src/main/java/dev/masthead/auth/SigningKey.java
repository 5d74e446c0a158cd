package dev.masthead.auth;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * An HMAC-SHA256 key for one purpose (paging cursors, preview tokens),
 * derived from a shared secret by MAC-ing the purpose's name with it, so one
 * configured secret never signs two kinds of thing with the same key, and
 * something signed for one purpose is refused by another.
 */
public final class SigningKey {

    private static final String ALGORITHM = "HmacSHA256";

    private final SecretKeySpec key;

    public SigningKey(byte[] secret, String purpose) {
        this.key = new SecretKeySpec(mac(new SecretKeySpec(secret, ALGORITHM), purpose.getBytes(StandardCharsets.UTF_8)),
                ALGORITHM);
    }

    /** The 32-byte HMAC of {@code data}; compare with MessageDigest.isEqual, never equals. */
    public byte[] sign(byte[] data) {
        return mac(key, data);
    }

    /** 32 random bytes, for a key that lives as long as this process when no secret is configured. */
    public static byte[] randomSecret() {
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        return secret;
    }

    private static byte[] mac(SecretKeySpec key, byte[] data) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return mac.doFinal(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
