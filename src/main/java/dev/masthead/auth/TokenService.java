package dev.masthead.auth;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;
import org.jose4j.jwa.AlgorithmConstraints;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.MalformedClaimException;
import org.jose4j.jwt.NumericDate;
import org.jose4j.jwt.consumer.InvalidJwtException;
import org.jose4j.jwt.consumer.JwtConsumer;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.jose4j.keys.HmacKey;
import org.jose4j.lang.JoseException;

import io.quarkus.runtime.Startup;
import io.quarkus.security.AuthenticationFailedException;

/**
 * Issues and checks the bearer tokens of the Management API: HS256 JWTs that
 * name the account and its role, and nothing secret.
 */
@ApplicationScoped
@Startup
public class TokenService {

    private static final Logger LOG = Logger.getLogger(TokenService.class);
    private static final String ISSUER = "masthead";
    private static final int MIN_SECRET_BYTES = 32;

    private final HmacKey key;
    private final AuthConfig config;
    private final JwtConsumer consumer;

    TokenService(AuthConfig config) {
        this.config = config;
        this.key = new HmacKey(secret(config));
        this.consumer = new JwtConsumerBuilder()
                .setRequireExpirationTime()
                .setRequireSubject()
                .setAllowedClockSkewInSeconds(30)
                .setExpectedIssuer(ISSUER)
                .setVerificationKey(key)
                .setJwsAlgorithmConstraints(AlgorithmConstraints.ConstraintType.PERMIT,
                        AlgorithmIdentifiers.HMAC_SHA256)
                .build();
    }

    public IssuedToken issue(Account account) {
        Instant expiresAt = Instant.now().plus(config.tokenTtl()).truncatedTo(ChronoUnit.SECONDS);
        JwtClaims claims = new JwtClaims();
        claims.setIssuer(ISSUER);
        claims.setSubject(account.id().toString());
        claims.setClaim("role", account.role().name());
        claims.setIssuedAtToNow();
        claims.setExpirationTime(NumericDate.fromSeconds(expiresAt.getEpochSecond()));
        claims.setGeneratedJwtId();
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(claims.toJson());
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.HMAC_SHA256);
        jws.setKey(key);
        try {
            return new IssuedToken(jws.getCompactSerialization(), expiresAt);
        } catch (JoseException e) {
            throw new IllegalStateException("Cannot sign a token", e);
        }
    }

    /** @return the account id the token was issued to */
    public UUID verify(String token) {
        try {
            return UUID.fromString(consumer.processToClaims(token).getSubject());
        } catch (InvalidJwtException | MalformedClaimException | IllegalArgumentException e) {
            throw new AuthenticationFailedException("invalid token");
        }
    }

    private static byte[] secret(AuthConfig config) {
        if (config.tokenSecret().isEmpty()) {
            LOG.warn("masthead.auth.token-secret (MASTHEAD_AUTH_TOKEN_SECRET) is not set: using a random secret, "
                    + "so tokens end with this process and are not valid on other replicas");
            byte[] random = new byte[MIN_SECRET_BYTES];
            new SecureRandom().nextBytes(random);
            return random;
        }
        byte[] secret = config.tokenSecret().get().getBytes(StandardCharsets.UTF_8);
        if (secret.length < MIN_SECRET_BYTES) {
            throw new IllegalStateException("masthead.auth.token-secret must be at least " + MIN_SECRET_BYTES + " bytes");
        }
        return secret;
    }

    public record IssuedToken(String token, Instant expiresAt) {
    }
}
