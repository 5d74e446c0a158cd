package dev.masthead.auth;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An API key as listed: never its secret, only the prefix that identifies it. */
@Schema(name = "ApiKey")
public record ApiKeyView(
        @Schema(required = true) UUID id,
        @Schema(required = true) String name,
        @Schema(required = true, description = "The first characters of the secret, to tell keys apart") String prefix,
        @Schema(required = true) Set<Scope> scopes,
        @Schema(required = true) Instant createdAt,
        Instant lastUsedAt) {

    static ApiKeyView of(ApiKey key) {
        return new ApiKeyView(key.id(), key.name(), key.prefix(), key.scopes(), key.createdAt(), key.lastUsedAt());
    }
}
