package dev.masthead.site;

import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * The newsroom's website, which feeds, sitemaps and every Delivery item's
 * {@code url} point to: Masthead serves the content, the website shows it.
 * {@link Permalinks} checks these values at start.
 */
@ConfigMapping(prefix = "masthead.site")
public interface SiteConfig {

    /** The website's address, e.g. {@code https://news.example.com}; an http or https URL with no query. */
    String url();

    /** The publication's name: feed titles and the Google News sitemap's {@code news:name}. */
    String name();

    /** BCP 47 language tag of the content, e.g. {@code en} or {@code pt-BR}. */
    @WithDefault("en")
    String language();

    /** One sentence about the publication, for feed descriptions; the name when absent. */
    Optional<String> description();

    /**
     * Where this service's feeds and sitemaps are reached from outside, for
     * their self links and the sitemap index. Defaults to {@link #url()}: the
     * website proxies {@code /feeds/}, {@code /sitemap.xml},
     * {@code /sitemap-news.xml} and {@code /sitemaps/} to Masthead, which is
     * what search engines expect (a sitemap lists URLs of its own host).
     */
    Optional<String> feedsUrl();

    Permalink permalink();

    /**
     * Path templates of the website's pages, appended to {@link #url()}.
     * Each must start with {@code /} and contain {@code {slug}}; an article's
     * may also use {@code {id}}, {@code {year}}, {@code {month}} and
     * {@code {day}} (of its publication, UTC).
     */
    interface Permalink {

        @WithDefault("/{slug}")
        String article();

        @WithDefault("/tag/{slug}")
        String tag();

        @WithDefault("/author/{slug}")
        String author();
    }
}
