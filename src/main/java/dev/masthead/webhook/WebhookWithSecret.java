package dev.masthead.webhook;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A webhook with its signing secret: the answer to creating it or rotating its secret, the only times it shows. */
@Schema(name = "WebhookWithSecret")
public record WebhookWithSecret(
        @Schema(required = true) UUID id,
        @Schema(required = true) String url,
        @Schema(required = true) List<String> events,
        String description,
        @Schema(required = true) boolean active,
        String disabledReason,
        Instant disabledAt,
        @Schema(description = "After a rotation: until when the previous secret signs too")
        Instant previousSecretExpiresAt,
        @Schema(required = true) Instant createdAt,
        @Schema(required = true) Instant updatedAt,
        @Schema(required = true) long version,
        @Schema(required = true, description = "The Standard Webhooks signing secret (whsec_...): verify "
                + "webhook-signature with it. Shown once; store it now.", examples = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw")
        String secret) {

    static WebhookWithSecret of(WebhookView view, String secret) {
        return new WebhookWithSecret(view.id(), view.url(), view.events(), view.description(), view.active(),
                view.disabledReason(), view.disabledAt(), view.previousSecretExpiresAt(), view.createdAt(),
                view.updatedAt(), view.version(), secret);
    }
}
