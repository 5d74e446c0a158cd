package dev.masthead.tag;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.masthead.web.PageMeta;

/** A page of tags, as the Management API lists them. */
@Schema(name = "TagAdminPage")
public record TagAdminPage(@Schema(required = true) List<TagAdminView> data, @Schema(required = true) PageMeta meta) {
}
