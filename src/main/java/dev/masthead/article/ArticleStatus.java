package dev.masthead.article;

/** Where an article stands. Only PUBLISHED is ever visible in the Delivery API. */
public enum ArticleStatus {
    DRAFT,
    PUBLISHED
}
