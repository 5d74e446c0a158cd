package dev.masthead.tag;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.masthead.web.PageMeta;

/** A page of tags, as the Delivery API lists them. */
@Schema(name = "TagPage")
public record TagPage(@Schema(required = true) List<TagView> data, @Schema(required = true) PageMeta meta) {
}
