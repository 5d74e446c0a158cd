package dev.masthead.feed;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import dev.masthead.article.FeedEntry;
import dev.masthead.article.FeedPage;
import dev.masthead.article.FeedQuery;
import dev.masthead.article.PublishedArticleService;
import dev.masthead.author.AuthorService;
import dev.masthead.author.AuthorView;
import dev.masthead.delivery.Representation;
import dev.masthead.site.Permalinks;
import dev.masthead.tag.TagService;
import dev.masthead.tag.TagView;
import dev.masthead.text.XmlText;
import io.quarkus.runtime.Startup;

/**
 * Renders the site's, a tag's or an author's feed in RSS, Atom or JSON
 * Feed from the newest published articles. {@link FeedConfig} is checked
 * here at start: a bad setting stops the service with a message naming it.
 * Last-Modified is the later of the newest change among the entries and the
 * newest content write anywhere, so a feed that lost an entry (unpublished,
 * deleted) never answers 304 to a date before that; the documents
 * themselves only date their entries, so equal content gives equal bytes.
 */
@Startup
@ApplicationScoped
public class FeedService {

    /** Entries beyond these get no article:<id> key: Surrogate-Key stays short, and list:articles covers them. */
    private static final int ITEM_KEYS = 20;

    private final FeedConfig config;
    private final PublishedArticleService articles;
    private final TagService tags;
    private final AuthorService authors;
    private final Permalinks permalinks;
    private final String hubUrl;

    FeedService(FeedConfig config, PublishedArticleService articles, TagService tags, AuthorService authors,
            Permalinks permalinks) {
        if (config.items() < 1 || config.items() > FeedParameters.MAX_LIMIT) {
            throw new IllegalStateException("masthead.feeds.items must be between 1 and " + FeedParameters.MAX_LIMIT
                    + "; got " + config.items());
        }
        if (config.maxContentSize().asLongValue() < 0) {
            throw new IllegalStateException("masthead.feeds.max-content-size must not be negative");
        }
        this.config = config;
        this.articles = articles;
        this.tags = tags;
        this.authors = authors;
        this.permalinks = permalinks;
        this.hubUrl = config.hubUrl().map(FeedService::hub).orElse(null);
    }

    /** Checks a request's parameters, the cursor's seal included, before anything is read. */
    FeedQuery query(FeedQuery.Scope scope, String slug, FeedParameters parameters, String cursor) {
        long budget = config.fullContent() ? config.maxContentSize().asLongValue() : 0;
        return articles.feedQuery(scope, slug, parameters.limit(config.items()), cursor, budget);
    }

    Representation rss(FeedQuery query) {
        FeedHead head = head(query);
        FeedPage page = articles.feed(query);
        return document(RssDocument.of(head, page), FeedResource.RSS, head, page);
    }

    Representation atom(FeedQuery query) {
        FeedHead head = head(query);
        FeedPage page = articles.feed(query);
        return document(AtomDocument.of(head, page), FeedResource.ATOM, head, page);
    }

    Representation json(FeedQuery query) {
        FeedHead head = head(query);
        FeedPage page = articles.feed(query);
        return document(JsonFeedDocument.of(head, page, query.limit()), FeedResource.JSON_FEED, head, page);
    }

    /** Who the feed is about; an unknown tag or author is a 404 before any article is read. */
    private FeedHead head(FeedQuery query) {
        String site = XmlText.of(permalinks.siteName());
        String siteDescription = XmlText.of(permalinks.siteDescription());
        return switch (query.scope()) {
            case SITE -> new FeedHead(site, permalinks.home(), siteDescription, permalinks.language(),
                    permalinks.served("/feeds"), hubUrl, List.of("list:articles"));
            case TAG -> {
                TagView tag = tags.publicBySlug(query.slug());
                yield new FeedHead(XmlText.of(tag.name()) + " — " + site, tag.url(),
                        described(tag.description(), siteDescription), permalinks.language(),
                        permalinks.served("/feeds/tags/" + tag.slug()), hubUrl,
                        List.of("list:articles", "tag:" + tag.slug()));
            }
            case AUTHOR -> {
                AuthorView author = authors.publicBySlug(query.slug());
                yield new FeedHead(XmlText.of(author.name()) + " — " + site, author.url(),
                        described(author.bio(), siteDescription), permalinks.language(),
                        permalinks.served("/feeds/authors/" + author.slug()), hubUrl,
                        List.of("list:articles", "author:" + author.slug()));
            }
        };
    }

    private static String described(String own, String site) {
        String text = XmlText.of(own);
        return text == null || text.isBlank() ? site : text.strip();
    }

    private static Representation document(Object body, String mediaType, FeedHead head, FeedPage page) {
        List<String> keys = new ArrayList<>(head.surrogateKeys());
        page.entries().stream().limit(ITEM_KEYS).map(FeedEntry::id).forEach(id -> keys.add("article:" + id));
        return Representation.document(body, mediaType, page.newestChange(), keys, null, null);
    }

    private static String hub(String url) {
        try {
            URI uri = new URI(url.strip());
            if (!"https".equalsIgnoreCase(uri.getScheme()) && !"http".equalsIgnoreCase(uri.getScheme())
                    || uri.getHost() == null) {
                throw new URISyntaxException(url, "not an http or https URL");
            }
            return uri.toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException("masthead.feeds.hub-url must be an http or https URL such as "
                    + "https://pubsubhubbub.appspot.com/; got '" + url + "'", e);
        }
    }
}
