package dev.masthead.search;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Snippets as HTML: the text escaped, every matched word in {@code <mark>}. */
@Schema(name = "SearchHighlights")
public record SearchHighlights(
        @Schema(required = true, description = "The title, escaped, matches in <mark>", examples = "Port of Halden: <mark>record</mark> volumes")
        String title,
        @Schema(required = true, description = "A short passage of the body around the first match (the "
                + "body's start when only the title matched), escaped, matches in <mark>")
        String body) {
}
