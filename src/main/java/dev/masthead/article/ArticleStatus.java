package dev.masthead.article;

/**
 * Where an article stands. Only PUBLISHED is ever visible in the Delivery API;
 * a SCHEDULED article is a draft with a time to go out (see ArticleSchedule).
 */
public enum ArticleStatus {
    DRAFT,
    SCHEDULED,
    PUBLISHED
}
