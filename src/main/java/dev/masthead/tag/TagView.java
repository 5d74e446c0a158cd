package dev.masthead.tag;

import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A tag as the Delivery API shows it. */
@Schema(name = "Tag")
public record TagView(
        @Schema(required = true) UUID id,
        @Schema(required = true, examples = "climate") String slug,
        @Schema(required = true, format = "uri", description = "Its page on the newsroom's website") String url,
        @Schema(required = true, examples = "Climate") String name,
        String description,
        @Schema(required = true, description = "Number of published articles with this tag") long articleCount) {

    static TagView of(Tag tag, long articleCount, String url) {
        return new TagView(tag.id(), tag.slug(), url, tag.name(), tag.description(), articleCount);
    }
}
