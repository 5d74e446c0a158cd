package dev.masthead.webhook;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.masthead.web.PageMeta;

@Schema(name = "WebhookDeliveryPage")
public record WebhookDeliveryPage(@Schema(required = true) List<WebhookDeliveryView> data,
        @Schema(required = true) PageMeta meta) {
}
