package dev.masthead.tag;

import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A tag as shown inside an article. */
@Schema(name = "TagRef")
public record TagRef(
        @Schema(required = true) UUID id,
        @Schema(required = true, examples = "economy") String slug,
        @Schema(required = true, examples = "Economy") String name) {

    public static TagRef of(Tag tag) {
        return new TagRef(tag.id(), tag.slug(), tag.name());
    }
}
