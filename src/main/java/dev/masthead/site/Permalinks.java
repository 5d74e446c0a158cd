package dev.masthead.site;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.util.IllformedLocaleException;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.runtime.Startup;

/**
 * The public addresses of what Masthead serves: an article's, a tag's or an
 * author's page on the newsroom's website, and where the feeds and sitemaps
 * are reached. Built from {@link SiteConfig}, which is checked here at start:
 * a bad site URL, language or template stops the service with a message
 * naming the setting, rather than putting broken links into every feed.
 */
@Startup
@ApplicationScoped
public class Permalinks {

    private final String site;
    private final String feeds;
    private final String name;
    private final String language;
    private final String description;
    private final PermalinkTemplate article;
    private final PermalinkTemplate tag;
    private final PermalinkTemplate author;

    Permalinks(SiteConfig config) {
        site = origin("masthead.site.url", config.url());
        feeds = config.feedsUrl().map(url -> origin("masthead.site.feeds-url", url)).orElse(site);
        name = config.name().strip();
        if (name.isEmpty()) {
            throw new IllegalStateException("masthead.site.name must name the publication");
        }
        language = languageTag(config.language());
        description = config.description().map(String::strip).filter(d -> !d.isEmpty()).orElse(name);
        article = template("masthead.site.permalink.article", config.permalink().article(),
                Set.of("slug", "id", "year", "month", "day"));
        tag = template("masthead.site.permalink.tag", config.permalink().tag(), Set.of("slug"));
        author = template("masthead.site.permalink.author", config.permalink().author(), Set.of("slug"));
    }

    /** The website's home page, e.g. {@code https://news.example.com/}. */
    public String home() {
        return site + "/";
    }

    /** The page of a published article. */
    public String article(String slug, UUID id, Instant publishedAt) {
        return site + article.fill(slug, id, publishedAt);
    }

    public String tag(String slug) {
        return site + tag.fill(slug, null, null);
    }

    public String author(String slug) {
        return site + author.fill(slug, null, null);
    }

    /** Where a feed or sitemap of this service is reached: {@code path} starts with '/'. */
    public String served(String path) {
        return feeds + path;
    }

    /**
     * Whether {@code url} is on the website (same scheme, host and port, under
     * its path), e.g. a canonical URL that does not send readers elsewhere.
     */
    public boolean onSite(String url) {
        return url != null && (url.equals(site) || url.startsWith(site + "/"));
    }

    public String siteName() {
        return name;
    }

    public String siteDescription() {
        return description;
    }

    /** The BCP 47 tag, as configured in its canonical case (e.g. {@code pt-BR}). */
    public String language() {
        return language;
    }

    /** An http(s) URL without query, fragment or trailing slash. */
    private static String origin(String setting, String value) {
        try {
            URI uri = new URI(value.strip());
            String scheme = uri.getScheme();
            if (!("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme)) || uri.getHost() == null
                    || uri.getRawQuery() != null || uri.getRawFragment() != null || uri.getRawUserInfo() != null) {
                throw new IllegalStateException(setting + " must be an http or https URL without user, query or "
                        + "fragment, such as https://news.example.com; got '" + value + "'");
            }
            String text = uri.toString();
            return text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
        } catch (URISyntaxException e) {
            throw new IllegalStateException(setting + " is not a URL: '" + value + "'", e);
        }
    }

    private static String languageTag(String value) {
        try {
            Locale locale = new Locale.Builder().setLanguageTag(value.strip()).build();
            if (locale.getLanguage().isEmpty()) {
                throw new IllformedLocaleException("no language");
            }
            return locale.toLanguageTag();
        } catch (IllformedLocaleException e) {
            throw new IllegalStateException("masthead.site.language must be a BCP 47 language tag such as en or "
                    + "pt-BR; got '" + value + "'", e);
        }
    }

    private static PermalinkTemplate template(String setting, String value, Set<String> placeholders) {
        try {
            return PermalinkTemplate.parse(value, placeholders);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(setting + ": " + e.getMessage(), e);
        }
    }
}
