package dev.masthead.author;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.masthead.web.PageMeta;

/** A page of author profiles, as the Delivery API lists them. */
@Schema(name = "AuthorPage")
public record AuthorPage(@Schema(required = true) List<AuthorView> data, @Schema(required = true) PageMeta meta) {
}
