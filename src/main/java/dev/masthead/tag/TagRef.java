package dev.masthead.tag;

import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A tag as shown inside an article. */
@Schema(name = "TagRef")
public record TagRef(
        @Schema(required = true) UUID id,
        @Schema(required = true, examples = "economy") String slug,
        @Schema(required = true, examples = "Economy") String name,
        @Schema(format = "uri", description = "Its page on the newsroom's website; in Delivery answers only") String url) {

    public static TagRef of(Tag tag) {
        return new TagRef(tag.id(), tag.slug(), tag.name(), null);
    }
}
