package dev.masthead.auth;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.masthead.web.PageMeta;

@Schema(name = "UserPage")
public record UserPage(@Schema(required = true) List<UserView> data, @Schema(required = true) PageMeta meta) {
}
