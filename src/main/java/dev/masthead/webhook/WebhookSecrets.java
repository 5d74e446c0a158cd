package dev.masthead.webhook;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import dev.masthead.auth.SigningKey;

/**
 * Makes webhook signing secrets ({@code whsec_} and 32 random bytes, base64, as
 * the Standard Webhooks spec has them) and keeps them encrypted at rest:
 * AES-256-GCM under a key derived from {@code masthead.webhooks.encryption-key}
 * (else the token secret), with the webhook's id as associated data, so a
 * database dump alone cannot sign, and a sealed secret copied onto another
 * webhook's row does not open.
 */
@ApplicationScoped
public class WebhookSecrets {

    private static final Logger LOG = Logger.getLogger(WebhookSecrets.class);
    static final String PREFIX = "whsec_";
    private static final String SEALED_PREFIX = "v1:";
    private static final String PURPOSE = "masthead webhook secrets v1";
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final Base64.Encoder BASE64 = Base64.getEncoder();
    private static final Base64.Decoder BASE64_DECODER = Base64.getDecoder();

    private final SecureRandom random = new SecureRandom();
    private final SecretKeySpec key;

    @Inject
    WebhookSecrets(@ConfigProperty(name = "masthead.webhooks.encryption-key") Optional<String> encryptionKey,
            @ConfigProperty(name = "masthead.auth.token-secret") Optional<String> tokenSecret) {
        this(encryptionKey.or(() -> tokenSecret).map(s -> s.getBytes(StandardCharsets.UTF_8)).orElseGet(() -> {
            LOG.warn("No MASTHEAD_WEBHOOKS_ENCRYPTION_KEY (nor token secret): webhook secrets made now "
                    + "cannot be read after a restart or by another replica");
            return SigningKey.randomSecret();
        }));
    }

    WebhookSecrets(byte[] secret) {
        this.key = new SecretKeySpec(new SigningKey(secret, PURPOSE).sign("aes-256-gcm".getBytes(StandardCharsets.UTF_8)),
                "AES");
    }

    /** A new signing secret, shown to the admin once. */
    public String generate() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return PREFIX + BASE64.encodeToString(bytes);
    }

    /** The secret as stored on the webhook's row. */
    public String seal(UUID webhook, String secret) {
        byte[] iv = new byte[IV_BYTES];
        random.nextBytes(iv);
        try {
            Cipher cipher = cipher(Cipher.ENCRYPT_MODE, iv, webhook);
            byte[] sealed = cipher.doFinal(secret.getBytes(StandardCharsets.UTF_8));
            return SEALED_PREFIX + BASE64.encodeToString(ByteBuffer.allocate(iv.length + sealed.length).put(iv)
                    .put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every JDK", e);
        }
    }

    /** The secret sealed on this webhook's row; empty when this key did not seal it (another key, another row). */
    public Optional<String> open(UUID webhook, String sealed) {
        if (sealed == null || !sealed.startsWith(SEALED_PREFIX)) {
            return Optional.empty();
        }
        try {
            byte[] bytes = BASE64_DECODER.decode(sealed.substring(SEALED_PREFIX.length()));
            if (bytes.length <= IV_BYTES) {
                return Optional.empty();
            }
            byte[] iv = new byte[IV_BYTES];
            System.arraycopy(bytes, 0, iv, 0, IV_BYTES);
            Cipher cipher = cipher(Cipher.DECRYPT_MODE, iv, webhook);
            return Optional.of(new String(cipher.doFinal(bytes, IV_BYTES, bytes.length - IV_BYTES),
                    StandardCharsets.UTF_8));
        } catch (IllegalArgumentException | GeneralSecurityException e) {
            return Optional.empty();
        }
    }

    private Cipher cipher(int mode, byte[] iv, UUID webhook) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, iv));
        cipher.updateAAD(webhook.toString().getBytes(StandardCharsets.UTF_8));
        return cipher;
    }
}
