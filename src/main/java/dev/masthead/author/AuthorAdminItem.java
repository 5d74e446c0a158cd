package dev.masthead.author;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One author profile, as the Management API shows it. */
@Schema(name = "AuthorAdminItem")
public record AuthorAdminItem(@Schema(required = true) AuthorAdminView data) {
}
