package dev.masthead.sitemap;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;

import dev.masthead.article.NewsArticle;
import dev.masthead.article.PublishedArticleService;
import dev.masthead.author.AuthorService;
import dev.masthead.content.PublishedItem;
import dev.masthead.site.Permalinks;
import dev.masthead.tag.TagService;
import io.quarkus.runtime.Startup;

/**
 * Renders the sitemaps of published content: an index naming every chunk,
 * the archive of articles, tags and authors in chunks of
 * {@code masthead.sitemaps.chunk-size} URLs, and the Google News sitemap of
 * the last 48 hours. Each document is written while its rows are read, so
 * one holds at most a chunk's XML. The index never reads the article table:
 * its chunk count comes from the kept total of published articles. Article
 * chunk 1 always exists (empty when nothing is published), so the index
 * always names a sitemap.
 */
@Startup
@ApplicationScoped
public class SitemapService {

    static final int MAX_CHUNK_SIZE = 50_000;
    /** Google News takes articles of the last two days, at most 1,000 a sitemap. */
    static final Duration NEWS_WINDOW = Duration.ofHours(48);
    static final int NEWS_LIMIT = 1000;
    /** A chunk number as a path gives it: 1, 2, ... with no sign, zero or padding; ten digits at most. */
    private static final Pattern CHUNK = Pattern.compile("[1-9][0-9]{0,9}");

    private final PublishedArticleService articles;
    private final TagService tags;
    private final AuthorService authors;
    private final Permalinks permalinks;
    private final int chunkSize;

    SitemapService(PublishedArticleService articles, TagService tags, AuthorService authors, Permalinks permalinks,
            SitemapConfig config) {
        this.articles = articles;
        this.tags = tags;
        this.authors = authors;
        this.permalinks = permalinks;
        this.chunkSize = config.chunkSize();
        if (chunkSize < 1 || chunkSize > MAX_CHUNK_SIZE) {
            throw new IllegalStateException("masthead.sitemaps.chunk-size must be between 1 and " + MAX_CHUNK_SIZE
                    + " (URLs per sitemap); got " + chunkSize);
        }
    }

    /**
     * {@code /sitemap.xml}: every article chunk, then the tag and author
     * chunks (only items with published articles). No lastmod per child: a
     * chunk's newest change would take reading the chunk.
     */
    public SitemapDocument index() {
        long articleChunks = Math.max(1, chunks(articles.publishedCount()));
        long tagChunks = chunks(tags.countWithPublishedArticles());
        long authorChunks = chunks(authors.countWithPublishedArticles());
        SitemapXml xml = SitemapXml.index();
        for (long n = 1; n <= articleChunks; n++) {
            xml.sitemap(permalinks.served("/sitemaps/articles-" + n + ".xml"));
        }
        for (long n = 1; n <= tagChunks; n++) {
            xml.sitemap(permalinks.served("/sitemaps/tags-" + n + ".xml"));
        }
        for (long n = 1; n <= authorChunks; n++) {
            xml.sitemap(permalinks.served("/sitemaps/authors-" + n + ".xml"));
        }
        return new SitemapDocument(xml.finish(), articles.newestPublishedChange(), null);
    }

    /** Article chunk {@code number}: positions [(n-1)*size, n*size) of publication order, oldest first. */
    public SitemapDocument articles(String number) {
        String name = "articles-" + number + ".xml";
        long first = (chunkNumber(number, name) - 1) * chunkSize;
        SitemapXml xml = SitemapXml.urlsWithImages();
        if (!articles.sitemapChunk(first, chunkSize, entry -> xml.url(entry.url(), entry.updatedAt(), entry.imageUrl()))) {
            throw new SitemapNotFoundException(name);
        }
        return new SitemapDocument(xml.finish(), xml.newest(), null);
    }

    /** Tag chunk {@code number}: tags with published articles in slug order. */
    public SitemapDocument tags(String number) {
        String name = "tags-" + number + ".xml";
        return items(name, number, tags::withPublishedArticles, permalinks::tag);
    }

    /** Author chunk {@code number}: authors with published articles in slug order. */
    public SitemapDocument authors(String number) {
        String name = "authors-" + number + ".xml";
        return items(name, number, authors::withPublishedArticles, permalinks::author);
    }

    /**
     * {@code /sitemap-news.xml}: articles published in the last 48 hours,
     * newest first. It goes stale by itself when its oldest article leaves
     * the window.
     */
    public SitemapDocument news() {
        Instant since = Instant.now().minus(NEWS_WINDOW);
        List<NewsArticle> recent = articles.publishedSince(since, NEWS_LIMIT);
        SitemapXml xml = SitemapXml.news();
        String language = newsLanguage(permalinks.language());
        for (NewsArticle article : recent) {
            xml.newsArticle(article.url(), permalinks.siteName(), language, article.publishedAt(), article.title(),
                    article.updatedAt());
        }
        Instant expires = recent.isEmpty() ? null : recent.get(recent.size() - 1).publishedAt().plus(NEWS_WINDOW);
        // The window changes the document without a write when an article leaves it: that is a change too.
        Instant left = articles.newestPublishedUpTo(since);
        Instant lastModified = xml.newest();
        if (left != null && (lastModified == null || left.plus(NEWS_WINDOW).isAfter(lastModified))) {
            lastModified = left.plus(NEWS_WINDOW);
        }
        return new SitemapDocument(xml.finish(), lastModified, expires);
    }

    private SitemapDocument items(String name, String number, BiFunction<Long, Integer, List<PublishedItem>> read, Function<String, String> page) {
        long first = (chunkNumber(number, name) - 1) * chunkSize;
        List<PublishedItem> items = read.apply(first, chunkSize);
        if (items.isEmpty() && first > 0) {
            throw new SitemapNotFoundException(name);
        }
        SitemapXml xml = SitemapXml.urls();
        items.forEach(item -> xml.url(page.apply(item.slug()), item.changedAt(), null));
        return new SitemapDocument(xml.finish(), xml.newest(), null);
    }

    private long chunks(long entries) {
        return (entries + chunkSize - 1) / chunkSize;
    }

    private static long chunkNumber(String number, String name) {
        if (number == null || !CHUNK.matcher(number).matches()) {
            throw new SitemapNotFoundException(name);
        }
        return Long.parseLong(number);
    }

    /**
     * Google News names a language by its ISO 639 code alone, except Chinese:
     * zh-cn (simplified) and zh-tw (traditional).
     */
    static String newsLanguage(String languageTag) {
        Locale locale = Locale.forLanguageTag(languageTag);
        if (!locale.getLanguage().equals("zh")) {
            return locale.getLanguage();
        }
        boolean traditional = locale.getScript().equals("Hant")
                || (locale.getScript().isEmpty() && List.of("TW", "HK", "MO").contains(locale.getCountry()));
        return traditional ? "zh-tw" : "zh-cn";
    }
}
