package dev.masthead.webhook;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One attempt to deliver: when, what came back and how long it took. */
@Schema(name = "WebhookAttempt")
public record WebhookAttemptView(
        @Schema(required = true, description = "1 for the first attempt") int number,
        @Schema(required = true) Instant attemptedAt,
        @Schema(description = "The HTTP status answered; absent when no answer came (refused, timed out)")
        Integer statusCode,
        @Schema(required = true) int durationMs,
        @Schema(description = "The first 1 KB of the response body") String response,
        @Schema(description = "Why no answer came, or why it was not taken") String error) {
}
