package dev.masthead.auth;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Token")
public record TokenView(
        @Schema(required = true, description = "Send as Authorization: Bearer <token>") String token,
        @Schema(required = true) Instant expiresAt) {
}
