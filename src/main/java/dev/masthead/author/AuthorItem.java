package dev.masthead.author;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One author profile, as the Delivery API shows it. */
@Schema(name = "AuthorItem")
public record AuthorItem(@Schema(required = true) AuthorView data) {
}
