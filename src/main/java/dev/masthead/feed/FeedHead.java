package dev.masthead.feed;

import java.util.List;

/**
 * What a feed says about itself, whatever its format: the site's, one tag's
 * or one author's name, page and description, and where the feed is served.
 * All text is already as XML can carry it (({@link dev.masthead.text.XmlText}).
 *
 * @param base the absolute URL the feed's file names follow, e.g. {@code https://news.example.com/feeds/tags/climate}
 * @param hubUrl the WebSub hub, or null
 * @param surrogateKeys what the feed depends on beyond its entries, e.g. {@code list:articles tag:climate}
 */
record FeedHead(String title, String homeUrl, String description, String language, String base, String hubUrl,
        List<String> surrogateKeys) {

    String self(String fileName) {
        return base + "/" + fileName;
    }
}
