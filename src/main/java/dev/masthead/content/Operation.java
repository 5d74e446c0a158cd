package dev.masthead.content;

/** What happened to the entity. */
public enum Operation {
    CREATED, UPDATED, DELETED, PUBLISHED, UNPUBLISHED
}
