package dev.masthead.content;

/** What happened to the entity. */
public enum Operation {
    CREATED, UPDATED, DELETED, PUBLISHED, UNPUBLISHED,
    /** A draft was queued to publish at a set time (or its time moved). */
    SCHEDULED
}
