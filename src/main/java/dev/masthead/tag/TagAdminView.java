package dev.masthead.tag;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A tag as the Management API shows it, with its version for concurrent edits. */
@Schema(name = "TagAdmin")
public record TagAdminView(
        @Schema(required = true) UUID id,
        @Schema(required = true) String slug,
        @Schema(required = true) String name,
        String description,
        @Schema(required = true) long articleCount,
        @Schema(required = true) Instant createdAt,
        @Schema(required = true) Instant updatedAt,
        @Schema(required = true) long version) {

    static TagAdminView of(Tag tag, long articleCount) {
        return new TagAdminView(tag.id(), tag.slug(), tag.name(), tag.description(), articleCount,
                tag.createdAt(), tag.updatedAt(), tag.version());
    }
}
