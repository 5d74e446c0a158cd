package dev.masthead.webhook;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A webhook as the Management API shows it: never its secret. */
@Schema(name = "Webhook")
public record WebhookView(
        @Schema(required = true) UUID id,
        @Schema(required = true) String url,
        @Schema(required = true) List<String> events,
        String description,
        @Schema(required = true) boolean active,
        @Schema(description = "Why the sender disabled the endpoint (it kept failing, or answered 410 Gone)")
        String disabledReason,
        Instant disabledAt,
        @Schema(description = "While a rotation overlaps: until when the previous secret signs too")
        Instant previousSecretExpiresAt,
        @Schema(required = true) Instant createdAt,
        @Schema(required = true) Instant updatedAt,
        @Schema(required = true) long version) {

    static WebhookView of(Webhook webhook, Instant now) {
        return new WebhookView(webhook.id(), webhook.url(), webhook.events(), webhook.description(), webhook.active(),
                webhook.disabledReason(), webhook.disabledAt(),
                webhook.inRotation(now) ? webhook.previousSecretUntil() : null, webhook.createdAt(),
                webhook.updatedAt(), webhook.version());
    }
}
