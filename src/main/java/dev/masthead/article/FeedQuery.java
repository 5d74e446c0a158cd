package dev.masthead.article;

/**
 * What one feed request reads: the newest published articles of the site,
 * of one tag or of one author, at most {@code limit} of them, after the
 * sealed cursor when one was sent, with at most {@code contentBudget}
 * characters of HTML in all (see {@link PublishedArticleService#feed}).
 * Made by {@link PublishedArticleService#feedQuery}, which checks the cursor.
 */
public record FeedQuery(Scope scope, String slug, int limit, ArticleCursor after, long contentBudget) {

    public enum Scope {
        SITE, TAG, AUTHOR
    }
}
