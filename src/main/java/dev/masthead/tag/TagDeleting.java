package dev.masthead.tag;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Fired, inside the deleting transaction, just before a tag is removed.
 * Observers that change articles because of it name them in {@link #refiled},
 * so the content log records those changes too.
 */
public record TagDeleting(Tag tag, List<UUID> refiled) {

    public TagDeleting(Tag tag) {
        this(tag, new ArrayList<>());
    }
}
