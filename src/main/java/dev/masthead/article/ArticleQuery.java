package dev.masthead.article;

import java.time.Instant;
import java.util.List;

import dev.masthead.delivery.CursorSeal;
import dev.masthead.web.problem.InvalidParameterException;

/**
 * A Delivery article list request, parsed and allow-listed. Either page mode
 * ({@code page}, counted) or cursor mode ({@code cursor}, uncounted).
 */
record ArticleQuery(
        int page,
        int pageSize,
        ArticleCursor cursor,
        boolean cursorMode,
        List<String> tags,
        String author,
        Boolean featured,
        Instant publishedAfter,
        Instant publishedBefore,
        ArticleSort sort) {

    /**
     * @param cursorRequested whether the request named {@code cursor} at all:
     *                        an empty one starts cursor mode at the first page
     */
    static ArticleQuery of(ArticleListParameters p, boolean cursorRequested, CursorSeal seal) {
        ArticleSort sort = ArticleSort.parse(p.sort);
        boolean cursorMode = cursorRequested || p.cursor != null;
        if (cursorMode && p.pageGiven()) {
            throw new InvalidParameterException("cursor", "cannot be combined with page");
        }
        if (cursorMode && !sort.allowsCursor()) {
            throw new InvalidParameterException("cursor", "works with sort -publishedAt or publishedAt only");
        }
        ArticleCursor cursor = p.cursor != null && !p.cursor.isEmpty() ? ArticleCursor.decode(p.cursor, sort, seal) : null;
        return new ArticleQuery(p.page(), p.pageSize(), cursor, cursorMode, p.tags(), p.author(), p.featured(),
                p.publishedAfter(), p.publishedBefore(), sort);
    }
}
