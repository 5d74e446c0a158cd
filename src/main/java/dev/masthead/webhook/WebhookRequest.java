package dev.masthead.webhook;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Body of creating or replacing a webhook. The URL is checked against the
 * target policy ({@link WebhookTargets}); {@code version} (or If-Match) is
 * required to replace one.
 */
@Schema(name = "WebhookRequest")
public record WebhookRequest(
        @NotBlank @Size(max = WebhookTargets.MAX_URL_LENGTH)
        @Schema(required = true, description = "Absolute http or https URL, without user info; it may not resolve to a "
                + "loopback, private, link-local or metadata address", examples = "https://search.example.com/hooks/masthead")
        String url,
        @NotEmpty @Size(max = WebhookService.MAX_EVENTS)
        @Schema(required = true, description = "Event types to send: exact ones such as article.published, a family "
                + "(article.*, tag.*, author.*) or * for all", examples = "[\"article.published\", \"article.deleted\"]")
        List<@NotNull String> events,
        @Size(max = 500) String description,
        @Schema(description = "Whether events are sent (default true); true again re-enables an endpoint the sender "
                + "disabled and clears disabledReason")
        Boolean active,
        @Schema(description = "The version being replaced (or send If-Match); ignored on create") Long version) {

    boolean activeOrDefault() {
        return active == null || active;
    }
}
