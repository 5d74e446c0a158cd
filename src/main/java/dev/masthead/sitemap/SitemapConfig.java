package dev.masthead.sitemap;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How the sitemaps split the archive; {@link SitemapService} checks the value at start. */
@ConfigMapping(prefix = "masthead.sitemaps")
public interface SitemapConfig {

    /**
     * URLs per article, tag or author sitemap, 1 to 50,000 (the sitemaps.org
     * limit). The default keeps a cold chunk near 2.5 MB of XML: a 50,000-URL
     * chunk is about 12 MB, too much to build beside other work in a 96 MB heap.
     */
    @WithDefault("10000")
    int chunkSize();
}
