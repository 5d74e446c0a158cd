package dev.masthead.tag;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One tag, as the Management API shows it. */
@Schema(name = "TagAdminItem")
public record TagAdminItem(@Schema(required = true) TagAdminView data) {
}
