package dev.masthead.article;

import java.util.Map;
import java.util.UUID;

/**
 * Whole published articles read for a list of ids under a body budget.
 *
 * @param published the published ones read, by id
 * @param covered how many of the ids, from the first, this batch answers for: among those, an id missing
 *        from {@code published} is not published (a draft, taken down or gone); the ids from {@code covered}
 *        on were not read because the budget ran out
 */
public record ArticleBatch(Map<UUID, ArticleView> published, int covered) {
}
