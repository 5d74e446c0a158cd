package dev.masthead.author;

import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An author profile as the Delivery API shows it. */
@Schema(name = "Author")
public record AuthorView(
        @Schema(required = true) UUID id,
        @Schema(required = true, examples = "zoe-lindqvist") String slug,
        @Schema(required = true, format = "uri", description = "Its page on the newsroom's website") String url,
        @Schema(required = true, examples = "Zoë Lindqvist") String name,
        String bio,
        @Schema(format = "uri") String avatarUrl,
        @Schema(format = "uri") String website,
        @Schema(required = true, description = "Number of published articles credited to this author") long articleCount) {

    static AuthorView of(Author author, long articleCount, String url) {
        return new AuthorView(author.id(), author.slug(), url, author.name(), author.bio(), author.avatarUrl(),
                author.website(), articleCount);
    }
}
