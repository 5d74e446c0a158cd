package dev.masthead.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import dev.masthead.web.problem.ItemNotFoundException;
import dev.masthead.web.PageMeta;
import dev.masthead.web.PageParameters;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;

/**
 * API keys: random 32-byte secrets, shown once, stored as SHA-256 hashes (a
 * secret this long needs no slow hash; a lookup by hash leaks nothing).
 */
@ApplicationScoped
public class ApiKeyService {

    /** Every key starts with this, so a bearer credential is known to be a key. */
    static final String PREFIX = "mh_";
    private static final int SECRET_BYTES = 32;
    private static final int SHOWN_PREFIX = 10;
    /** lastUsedAt is a hint, not an audit log: at most one write a minute per key. */
    private static final Duration USE_RESOLUTION = Duration.ofMinutes(1);

    private final ApiKeyRepository keys;
    private final SecureRandom random = new SecureRandom();

    ApiKeyService(ApiKeyRepository keys) {
        this.keys = keys;
    }

    @Transactional
    public CreatedApiKey create(ApiKeyRequest request) {
        byte[] bytes = new byte[SECRET_BYTES];
        random.nextBytes(bytes);
        String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        ApiKey key = new ApiKey(request.name().strip(), secret.substring(0, SHOWN_PREFIX), hash(secret), request.scopes());
        keys.persist(key);
        return new CreatedApiKey(key.id(), key.name(), key.prefix(), key.scopes(), key.createdAt(), secret);
    }

    public ApiKeyPage list(PageParameters paging) {
        var query = keys.find("revokedAt is null", Sort.by("createdAt").and("id"))
                .page(Page.of(paging.page() - 1, paging.pageSize()));
        List<ApiKeyView> data = query.list().stream().map(ApiKeyView::of).toList();
        return new ApiKeyPage(data, PageMeta.counted(paging.page(), paging.pageSize(), query.count(), null));
    }

    public ApiKeyView get(UUID id) {
        return ApiKeyView.of(find(id));
    }

    /** Revoked at once: the key's next request is a 401. */
    @Transactional
    public void revoke(UUID id) {
        find(id).revoke();
    }

    /** The key's actor, or empty for an unknown or revoked secret. */
    @Transactional
    Optional<Actor> authenticate(String secret) {
        return keys.findActiveByHash(hash(secret)).map(key -> {
            Instant now = Instant.now();
            if (key.lastUsedAt() == null || key.lastUsedAt().isBefore(now.minus(USE_RESOLUTION))) {
                key.usedAt(now);
            }
            return Actor.apiKey(key.id(), key.scopes());
        });
    }

    private ApiKey find(UUID id) {
        return keys.findByIdOptional(id).filter(key -> !key.isRevoked())
                .orElseThrow(() -> new ApiKeyNotFoundException(id));
    }

    static String hash(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static class ApiKeyNotFoundException extends ItemNotFoundException {
        ApiKeyNotFoundException(UUID id) {
            super("No API key with id " + id);
        }
    }
}
