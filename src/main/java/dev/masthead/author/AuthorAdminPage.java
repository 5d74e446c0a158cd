package dev.masthead.author;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.masthead.web.PageMeta;

/** A page of author profiles, as the Management API lists them. */
@Schema(name = "AuthorAdminPage")
public record AuthorAdminPage(@Schema(required = true) List<AuthorAdminView> data, @Schema(required = true) PageMeta meta) {
}
