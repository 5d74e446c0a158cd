package dev.masthead.webhook;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One event to one endpoint, where its delivery stands, and its latest attempts. */
@Schema(name = "WebhookDelivery")
public record WebhookDeliveryView(
        @Schema(required = true) UUID id,
        @Schema(required = true, description = "The webhook-id header: the same on every retry and redelivery")
        UUID messageId,
        @Schema(required = true, examples = "article.published") String eventType,
        @Schema(required = true, type = SchemaType.STRING, enumeration = { "pending", "delivered", "failed" })
        String status,
        @Schema(required = true, description = "Attempts made so far, redeliveries included") int attemptCount,
        @Schema(required = true) Instant createdAt,
        @Schema(description = "When the next attempt is due; absent once delivered or failed") Instant nextAttemptAt,
        @Schema(required = true, description = "The latest attempts (at most " + DeliveryHistory.ATTEMPTS_SHOWN
                + "), oldest first") List<WebhookAttemptView> attempts) {
}
