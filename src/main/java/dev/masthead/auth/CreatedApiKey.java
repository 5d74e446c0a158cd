package dev.masthead.auth;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A new API key with its secret: the only time the secret is ever shown. */
@Schema(name = "CreatedApiKey")
public record CreatedApiKey(
        @Schema(required = true) UUID id,
        @Schema(required = true) String name,
        @Schema(required = true) String prefix,
        @Schema(required = true) Set<Scope> scopes,
        @Schema(required = true) Instant createdAt,
        @Schema(required = true, description = "Send as Authorization: Bearer <secret>. Shown once; store it now.")
        String secret) {
}
