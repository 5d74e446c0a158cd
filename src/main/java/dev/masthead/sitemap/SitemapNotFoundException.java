package dev.masthead.sitemap;

import dev.masthead.web.problem.ItemNotFoundException;

/** A sitemap chunk number that is not a positive number, or past the last chunk. */
class SitemapNotFoundException extends ItemNotFoundException {

    SitemapNotFoundException(String name) {
        super("No sitemap " + name + ": see /sitemap.xml for the sitemaps there are");
    }
}
