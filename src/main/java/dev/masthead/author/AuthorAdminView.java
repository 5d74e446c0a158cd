package dev.masthead.author;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An author profile as the Management API shows it, with its version for concurrent edits. */
@Schema(name = "AuthorAdmin")
public record AuthorAdminView(
        @Schema(required = true) UUID id,
        @Schema(required = true) String slug,
        @Schema(required = true) String name,
        String bio,
        @Schema(format = "uri") String avatarUrl,
        @Schema(format = "uri") String website,
        @Schema(required = true) long articleCount,
        @Schema(required = true) Instant createdAt,
        @Schema(required = true) Instant updatedAt,
        @Schema(required = true) long version) {

    static AuthorAdminView of(Author author, long articleCount) {
        return new AuthorAdminView(author.id(), author.slug(), author.name(), author.bio(), author.avatarUrl(),
                author.website(), articleCount, author.createdAt(), author.updatedAt(), author.version());
    }
}
