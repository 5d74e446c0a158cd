package dev.masthead.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class PermalinksTest {

    private static final UUID ID = UUID.fromString("0b0c5d5e-8f3a-4b8e-9d51-4c1f2a3b4c5d");
    private static final Instant PUBLISHED = Instant.parse("2024-03-07T23:30:00Z");

    @Test
    void theDefaultsPutPagesAtTheSiteRoot() {
        Permalinks links = new Permalinks(site("https://news.example.com/"));

        assertEquals("https://news.example.com/", links.home());
        assertEquals("https://news.example.com/budget-vote", links.article("budget-vote", ID, PUBLISHED));
        assertEquals("https://news.example.com/tag/economy", links.tag("economy"));
        assertEquals("https://news.example.com/author/amara-okafor", links.author("amara-okafor"));
        assertEquals("https://news.example.com/feeds/rss.xml", links.served("/feeds/rss.xml"));
    }

    @Test
    void anArticleTemplateMayUseItsIdAndPublicationDate() {
        Permalinks links = new Permalinks(site("https://example.org/news", "/{year}/{month}/{day}/{slug}-{id}",
                "/topics/{slug}/", "/people/{slug}", Optional.of("https://cms.example.org")));

        assertEquals("https://example.org/news/2024/03/07/budget-vote-" + ID, links.article("budget-vote", ID, PUBLISHED));
        assertEquals("https://example.org/news/topics/economy/", links.tag("economy"));
        assertEquals("https://example.org/news/people/zoe", links.author("zoe"));
        assertEquals("https://cms.example.org/sitemap.xml", links.served("/sitemap.xml"));
    }

    @Test
    void onlyAddressesOnTheSiteAreOnIt() {
        Permalinks links = new Permalinks(site("https://news.example.com"));

        assertTrue(links.onSite("https://news.example.com/budget-vote"));
        assertTrue(links.onSite("https://news.example.com"));
        assertFalse(links.onSite("https://news.example.com.evil.org/budget-vote"));
        assertFalse(links.onSite("http://news.example.com/budget-vote"));
        assertFalse(links.onSite("https://wire.example.org/budget-vote"));
        assertFalse(links.onSite(null));
    }

    @Test
    void aBadSettingStopsTheStartNamingIt() {
        refused(() -> new Permalinks(site("news.example.com")), "masthead.site.url");
        refused(() -> new Permalinks(site("ftp://news.example.com")), "masthead.site.url");
        refused(() -> new Permalinks(site("https://news.example.com/?edition=1")), "masthead.site.url");
        refused(() -> new Permalinks(site("https://news.example.com", "/{title}", "/tag/{slug}",
                "/author/{slug}", Optional.empty())), "masthead.site.permalink.article", "{title}");
        refused(() -> new Permalinks(site("https://news.example.com", "/{slug}", "/tag/{id}",
                "/author/{slug}", Optional.empty())), "masthead.site.permalink.tag");
        refused(() -> new Permalinks(site("https://news.example.com", "/{slug}", "/tag/{slug}",
                "author/{slug}", Optional.empty())), "must start with '/'");
        refused(() -> new Permalinks(site("https://news.example.com", "/articles/{id}", "/tag/{slug}",
                "/author/{slug}", Optional.empty())), "must contain {slug}");
        refused(() -> new Permalinks(site("https://news.example.com", "/a b/{slug}", "/tag/{slug}",
                "/author/{slug}", Optional.empty())), "characters a URL path cannot");
    }

    @Test
    void theLanguageIsABcp47Tag() {
        assertEquals("pt-BR", new Permalinks(site("https://news.example.com", "pt-br")).language());
        refused(() -> new Permalinks(site("https://news.example.com", "english!")), "masthead.site.language");
    }

    private static void refused(Runnable start, String... said) {
        String message = assertThrows(IllegalStateException.class, start::run).getMessage();
        for (String part : said) {
            assertTrue(message.contains(part), message);
        }
    }

    private static SiteConfig site(String url) {
        return site(url, "/{slug}", "/tag/{slug}", "/author/{slug}", Optional.empty());
    }

    private static SiteConfig site(String url, String language) {
        return new Site(url, language, "/{slug}", "/tag/{slug}", "/author/{slug}", Optional.empty());
    }

    private static SiteConfig site(String url, String article, String tag, String author, Optional<String> feeds) {
        return new Site(url, "en", article, tag, author, feeds);
    }

    private record Site(String url, String language, String articlePath, String tagPath, String authorPath,
            Optional<String> feedsUrl) implements SiteConfig {

        @Override
        public String name() {
            return "The Example Times";
        }

        @Override
        public Optional<String> description() {
            return Optional.empty();
        }

        @Override
        public Permalink permalink() {
            return new Permalink() {
                @Override
                public String article() {
                    return articlePath;
                }

                @Override
                public String tag() {
                    return tagPath;
                }

                @Override
                public String author() {
                    return authorPath;
                }
            };
        }
    }
}
