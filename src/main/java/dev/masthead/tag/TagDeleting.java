package dev.masthead.tag;

import java.util.ArrayList;
import java.util.List;

import dev.masthead.content.Change;

/**
 * Fired, inside the deleting transaction, just before a tag is removed.
 * Observers that change articles because of it name them in {@link #refiled},
 * so the content log records those changes too.
 */
public record TagDeleting(Tag tag, List<Change> refiled) {

    public TagDeleting(Tag tag) {
        this(tag, new ArrayList<>());
    }
}
