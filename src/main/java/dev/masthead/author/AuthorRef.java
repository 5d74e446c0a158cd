package dev.masthead.author;

import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An author as credited inside an article. */
@Schema(name = "AuthorRef")
public record AuthorRef(
        @Schema(required = true) UUID id,
        @Schema(required = true, examples = "amara-okafor") String slug,
        @Schema(required = true, examples = "Amara Okafor") String name,
        @Schema(format = "uri") String avatarUrl,
        @Schema(format = "uri", description = "Its page on the newsroom's website; in Delivery answers only") String url) {

    public static AuthorRef of(Author author) {
        return new AuthorRef(author.id(), author.slug(), author.name(), author.avatarUrl(), null);
    }
}
