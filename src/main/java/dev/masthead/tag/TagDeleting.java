package dev.masthead.tag;

/** Fired, inside the deleting transaction, just before a tag is removed. */
public record TagDeleting(Tag tag) {
}
