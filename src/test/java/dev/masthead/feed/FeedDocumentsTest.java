package dev.masthead.feed;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import dev.masthead.article.FeatureImage;
import dev.masthead.article.FeedEntry;
import dev.masthead.article.FeedPage;
import dev.masthead.author.AuthorRef;
import dev.masthead.tag.TagRef;
import dev.masthead.text.XmlText;

/**
 * The XML documents on their own, with text the Management API would
 * refuse (half surrogate pairs) but older rows or imports may hold: it is
 * dropped, everything else comes back as it went in.
 */
class FeedDocumentsTest {

    private static final String HOSTILE = "a\u0001b\u000B ]]> <script>alert(1)</script> \uD800 x\uDC00 📰👍🏽 "
            + "\u202Eevil\u202C שלום \uFFFE\uFFFF &amp; & end";
    private static final String KEPT = XmlText.of(HOSTILE);
    private static final FeedHead HEAD = new FeedHead(XmlText.of(HOSTILE), "https://news.example.com/", KEPT, "en",
            "https://news.example.com/feeds", null, List.of("list:articles"));
    private static final Instant AT = Instant.parse("2024-05-01T10:00:00Z");

    private static FeedPage page(String html) {
        FeedEntry entry = new FeedEntry(UUID.fromString("2f1e7c3a-0000-4000-8000-000000000001"), "slug",
                "https://news.example.com/slug", HOSTILE, HOSTILE, html,
                new FeatureImage("https://images.example.com/a.jpg", null, null), AT, AT.plusSeconds(60),
                AT.plusSeconds(60),
                List.of(new AuthorRef(UUID.randomUUID(), "au", HOSTILE, null, "https://news.example.com/author/au")),
                List.of(new TagRef(UUID.randomUUID(), "tg", HOSTILE, "https://news.example.com/tag/tg")));
        return new FeedPage(List.of(entry), null, AT.plusSeconds(60));
    }

    @Test
    void rssCarriesHostileTextMinusWhatXmlCannot() {
        FeedXml rss = FeedXml.parse(RssDocument.of(HEAD, page("<p>" + HOSTILE + "</p>")));

        assertEquals(KEPT, rss.text("/rss/channel/title"));
        assertEquals(KEPT, rss.text("/rss/channel/item/title"));
        assertEquals(KEPT, rss.text("/rss/channel/item/description"));
        assertEquals(KEPT, rss.text("/rss/channel/item/dc:creator"));
        assertEquals(KEPT, rss.text("/rss/channel/item/category"));
        assertEquals("<p>" + KEPT.replace("]]>", "]]&gt;") + "</p>", rss.text("/rss/channel/item/content:encoded"));
    }

    @Test
    void atomCarriesHostileTextMinusWhatXmlCannot() {
        FeedXml atom = FeedXml.parse(AtomDocument.of(HEAD, page("<p>" + HOSTILE + "</p>")));

        assertEquals(KEPT, atom.text("/atom:feed/atom:title"));
        assertEquals("en", atom.text("/atom:feed/@xml:lang"));
        assertEquals(KEPT, atom.text("/atom:feed/atom:entry/atom:title"));
        assertEquals(KEPT, atom.text("/atom:feed/atom:entry/atom:summary"));
        assertEquals(KEPT, atom.text("/atom:feed/atom:entry/atom:author/atom:name"));
        assertEquals(KEPT, atom.text("/atom:feed/atom:entry/atom:category/@label"));
        assertEquals("<p>" + KEPT + "</p>", atom.text("/atom:feed/atom:entry/atom:content"));
    }

    @Test
    void anEntryWithoutItsBodyCarriesNoContentElement() {
        FeedXml rss = FeedXml.parse(RssDocument.of(HEAD, page(null)));
        FeedXml atom = FeedXml.parse(AtomDocument.of(HEAD, page(null)));

        assertEquals(0, rss.count("//content:encoded"));
        assertEquals(KEPT, rss.text("/rss/channel/item/description"));
        assertEquals(0, atom.count("//atom:content"));
        assertEquals(KEPT, atom.text("/atom:feed/atom:entry/atom:summary"));
        assertEquals(null, JsonFeedDocument.of(HEAD, page(null), 30).items().get(0).contentHtml());
    }

    @Test
    void theSameFeedGivesTheSameBytes() throws InterruptedException {
        byte[] rss = RssDocument.of(HEAD, page("<p>x</p>"));
        byte[] atom = AtomDocument.of(HEAD, page("<p>x</p>"));
        Thread.sleep(1100);

        assertArrayEquals(rss, RssDocument.of(HEAD, page("<p>x</p>")));
        assertArrayEquals(atom, AtomDocument.of(HEAD, page("<p>x</p>")));
    }
}
