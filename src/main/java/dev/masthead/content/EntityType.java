package dev.masthead.content;

/** What a content event is about. */
public enum EntityType {
    ARTICLE, TAG, AUTHOR
}
