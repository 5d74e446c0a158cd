package dev.masthead.article;

import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

import jakarta.enterprise.context.ApplicationScoped;

import dev.masthead.delivery.CursorSeal;
import dev.masthead.web.PageMeta;

/**
 * The Delivery side of articles: what the public may read, and only that.
 * Every answer comes from {@link PublishedArticleReads}, which sees published
 * articles alone; the Management side ({@link ArticleService}) never serves
 * the public, so a draft cannot leave through here by accident.
 */
@ApplicationScoped
public class PublishedArticleService {

    private final PublishedArticleReads published;
    private final CursorSeal seal;
    private final FeedReads feeds;
    private final SitemapReads sitemaps;
    private final RelatedArticleReads related;

    PublishedArticleService(PublishedArticleReads published, CursorSeal seal, FeedReads feeds, SitemapReads sitemaps,
            RelatedArticleReads related) {
        this.published = published;
        this.related = related;
        this.seal = seal;
        this.feeds = feeds;
        this.sitemaps = sitemaps;
    }

    /** Checks a list request's parameters, its cursor's seal included, before anything is read. */
    public ArticleQuery query(ArticleListParameters parameters, boolean cursorRequested) {
        return ArticleQuery.of(parameters, cursorRequested, seal);
    }

    public ArticlePage list(ArticleQuery query) {
        PublishedArticleReads.Listed listed = published.list(query);
        List<ArticleSummary> rows = listed.summaries();
        if (query.cursorMode()) {
            boolean more = rows.size() > query.pageSize();
            List<ArticleSummary> page = more ? rows.subList(0, query.pageSize()) : rows;
            String next = more ? cursorAfter(page, query.sort()) : null;
            return new ArticlePage(page, PageMeta.uncounted(query.pageSize(), next));
        }
        long total = listed.total();
        boolean more = (long) query.page() * query.pageSize() < total;
        String next = more && query.sort().allowsCursor() && !rows.isEmpty() ? cursorAfter(rows, query.sort()) : null;
        return new ArticlePage(rows, PageMeta.counted(query.page(), query.pageSize(), total, next));
    }

    /** The article published under this slug, or where it moved; a former slug of an unpublished one is a 404. */
    public PublishedArticle bySlug(String slug) {
        return published.bySlug(slug).<PublishedArticle>map(found -> found)
                .or(() -> published.movedFrom(slug).map(PublishedArticle.Moved::new))
                .orElseThrow(() -> new ArticleNotFoundException("published with slug '" + slug + "'"));
    }

    public RecentPosts recent(int limit) {
        return new RecentPosts(published.recent(limit));
    }

    private String cursorAfter(List<ArticleSummary> page, ArticleSort sort) {
        ArticleSummary last = page.get(page.size() - 1);
        return new ArticleCursor(last.publishedAt(), last.id(), sort).encode(seal);
    }

    // --- Sitemaps: the whole archive in chunks, and the last days for Google News ---------

    /** The number of published articles, as kept by every article write: one row, never a count. */
    public long publishedCount() {
        return sitemaps.count();
    }

    /** When a published article last changed; null when none is published. */
    public Instant newestPublishedChange() {
        return sitemaps.newestChange();
    }

    /**
     * Hands the published articles at positions [first, first + size) of
     * publication order (oldest first) to {@code entry} as they are read,
     * leaving out those whose canonical URL is off the website. False when
     * there is no such chunk: {@code first} is past the last article and
     * not 0.
     */
    public boolean sitemapChunk(long first, int size, Consumer<SitemapArticle> entry) {
        return sitemaps.chunk(first, size, entry);
    }

    /** Articles published after {@code since}, newest first, at most {@code limit}; none with a foreign canonical URL. */
    public List<NewsArticle> publishedSince(Instant since, int limit) {
        return sitemaps.news(since, limit);
    }

    /** When the newest article published at or before {@code cutoff} was published; null when none was. */
    public Instant newestPublishedUpTo(Instant cutoff) {
        return sitemaps.newestPublishedUpTo(cutoff);
    }

    // --- Feeds (RSS, Atom, JSON Feed) ---------------------------------------

    /**
     * Checks a feed request before anything is read: a cursor must be one
     * this API sealed, for the newest-first order feeds walk.
     */
    public FeedQuery feedQuery(FeedQuery.Scope scope, String slug, int limit, String cursor, long contentBudget) {
        ArticleCursor after = cursor == null || cursor.isEmpty() ? null
                : ArticleCursor.decode(cursor, ArticleSort.NEWEST, seal);
        return new FeedQuery(scope, slug, limit, after, contentBudget);
    }

    /** The newest published entries of a feed; bodies only while the query's content budget lasts. */
    public FeedPage feed(FeedQuery query) {
        List<FeedEntry> rows = feeds.read(query);
        boolean more = rows.size() > query.limit();
        List<FeedEntry> page = more ? rows.subList(0, query.limit()) : rows;
        String next = null;
        if (more) {
            FeedEntry last = page.get(page.size() - 1);
            next = new ArticleCursor(last.publishedAt(), last.id(), ArticleSort.NEWEST).encode(seal);
        }
        Instant newest = page.stream().map(FeedEntry::lastModified).max(Comparator.naturalOrder()).orElse(null);
        return new FeedPage(page, next, newest);
    }

    // --- Search hits and related articles -----------------------------------------

    /** The published articles among {@code ids} as list summaries, in that order; others are left out. */
    public List<ArticleSummary> summaries(List<UUID> ids) {
        return published.summaries(ids);
    }

    /**
     * The {@code limit} published articles most related to the one published
     * under this slug (see {@link RelatedArticleReads} for the score), or
     * where it moved; an unknown or unpublished slug is a 404 as for its page.
     */
    public RelatedLookup related(String slug, int limit) {
        Optional<RelatedArticleReads.Ranked> ranked = related.rank(slug, limit);
        if (ranked.isEmpty()) {
            return published.movedFrom(slug).<RelatedLookup>map(RelatedLookup.Moved::new)
                    .orElseThrow(() -> new ArticleNotFoundException("published with slug '" + slug + "'"));
        }
        RelatedArticleReads.Ranked found = ranked.get();
        Map<UUID, Double> scores = new HashMap<>();
        found.top().forEach(candidate -> scores.put(candidate.id(), candidate.score()));
        // Summaries keep the ranking's order and leave out one unpublished since.
        List<RelatedArticle> items = summaries(found.top().stream().map(RelatedArticleReads.Scored::id).toList())
                .stream().map(summary -> RelatedArticle.of(summary, scores.get(summary.id()))).toList();
        return new RelatedLookup.Found(found.article(), found.tagSlugs(), new RelatedArticles(items));
    }

    // --- Delta sync ---------------------------------------------------------------

    /** Published article ids after {@code after} (null: from the first) in id order, at most {@code limit}. */
    public List<UUID> publishedIdsAfter(UUID after, int limit) {
        return published.publishedIdsAfter(after, limit);
    }

    /**
     * The published articles among {@code ids}, whole and exactly as
     * {@code GET /api/v1/articles/{slug}} shows them, taken in the given
     * order while their HTML and plaintext fit {@code budget} characters
     * (the first published one always). See {@link ArticleBatch#covered()}.
     */
    public ArticleBatch wholeWithin(List<UUID> ids, long budget) {
        return published.wholeWithin(ids, budget);
    }

    // --- By id (webhooks) ------------------------------------------------------

    /** The published article with this id, as {@code GET /api/v1/articles/{slug}} shows it; empty when not published. */
    public Optional<ArticleView> byId(UUID id) {
        return published.byId(id);
    }

    /** The tags and authors an article is filed under, in any status: whose feeds its change touches. */
    public ArticleFiling filing(UUID id) {
        return published.filing(id);
    }

    /** When a scheduled article is due to go out; empty when it is not scheduled. */
    public Optional<Instant> scheduledAt(UUID id) {
        return published.publishAt(id);
    }
}
