package dev.masthead.webhook;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.masthead.web.PageMeta;

@Schema(name = "WebhookPage")
public record WebhookPage(@Schema(required = true) List<WebhookView> data, @Schema(required = true) PageMeta meta) {
}
