package dev.masthead.tag;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One tag, as the Delivery API shows it. */
@Schema(name = "TagItem")
public record TagItem(@Schema(required = true) TagView data) {
}
