package dev.masthead.auth;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.masthead.web.PageMeta;

@Schema(name = "ApiKeyPage")
public record ApiKeyPage(@Schema(required = true) List<ApiKeyView> data, @Schema(required = true) PageMeta meta) {
}
