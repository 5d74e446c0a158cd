package dev.masthead.author;

/**
 * Fired, inside the deleting transaction, just before an author profile is
 * removed; an observer may veto by throwing (an author still credited on
 * articles cannot go: their byline would be lost).
 */
public record AuthorDeleting(Author author) {
}
