package dev.masthead.sitemap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import dev.masthead.text.XmlText;
import org.w3c.dom.Document;

/** The document writer alone: escaping, stripping, dates, and that the schemas really check the extensions. */
class SitemapXmlTest {

    private static final Instant AT = Instant.parse("2026-11-30T08:15:30.123456Z");
    private static final String HOSTILE = "A <b>&amp;</b> \"quoted\" 'x' ]]> \u0000\u0001\u0008\u000B\u000C\u001F"
            + "\uFFFE\uFFFF\uD800 lone \uDC00 tab\there \u202Eevil\u202C \u05E9\u05DC\u05D5\u05DD \uD83D\uDCF0 end";
    private static final String KEPT = "A <b>&amp;</b> \"quoted\" 'x' ]]>  lone  tab\there \u202Eevil\u202C "
            + "\u05E9\u05DC\u05D5\u05DD \uD83D\uDCF0 end";

    @Test
    void stripsWhatXmlCannotCarryAndKeepsTheRest() {
        assertEquals(KEPT, XmlText.of(HOSTILE));
        assertEquals("plain", XmlText.of("plain"));
        assertEquals("\uD83D\uDE00", XmlText.of("\uD83D\uDE00"));
    }

    @Test
    void aHostileTitleParsesBackAsItsCarriableText() {
        SitemapXml xml = SitemapXml.news();
        xml.newsArticle("https://news.example.com/a", "The <Gazette> & Co", "en", AT, HOSTILE, AT);
        byte[] bytes = xml.finish();
        SitemapSchemas.validate(bytes);
        Document document = SitemapSchemas.parse(bytes);
        assertEquals(KEPT, document.getElementsByTagNameNS(SitemapXml.NEWS, "title").item(0).getTextContent());
        assertEquals("The <Gazette> & Co",
                document.getElementsByTagNameNS(SitemapXml.NEWS, "name").item(0).getTextContent());
        assertTrue(new String(bytes, StandardCharsets.UTF_8).contains("]]&gt;"), "']]>' may not appear in text");
    }

    @Test
    void datesAreW3cDatetimesToTheSecondInUtc() {
        assertEquals("2026-11-30T08:15:30Z", SitemapXml.w3c(AT));
        SitemapXml xml = SitemapXml.urlsWithImages();
        xml.url("https://news.example.com/a", AT, "https://images.example.com/a.jpg");
        xml.url("https://news.example.com/b", AT.minusSeconds(60), null);
        byte[] bytes = xml.finish();
        SitemapSchemas.validate(bytes);
        assertEquals(AT, xml.newest());
        assertTrue(new String(bytes, StandardCharsets.UTF_8).contains(
                "<url><loc>https://news.example.com/a</loc><lastmod>2026-11-30T08:15:30Z</lastmod><image:image>"
                        + "<image:loc>https://images.example.com/a.jpg</image:loc></image:image></url>"));
    }

    @Test
    void anIndexValidates() {
        SitemapXml xml = SitemapXml.index();
        xml.sitemap("https://news.example.com/sitemaps/articles-1.xml");
        SitemapSchemas.validate(xml.finish());
    }

    /** Proof that validation would catch a broken extension entry, not just accept any foreign element. */
    @Test
    void theSchemasRefuseBrokenExtensionEntries() {
        String urlset = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><urlset xmlns=\"" + SitemapXml.SITEMAP
                + "\" xmlns:news=\"" + SitemapXml.NEWS + "\" xmlns:image=\"" + SitemapXml.IMAGE + "\" "
                + "xmlns:foo=\"urn:example:foo\"><url><loc>https://news.example.com/a</loc>%s</url></urlset>";
        String publication = "<news:publication><news:name>Gazette</news:name><news:language>%s</news:language>"
                + "</news:publication>";
        String[] broken = {
            "<news:news>" + publication.formatted("en") + "<news:publication_date>2026-11-30T08:15:30Z"
                    + "</news:publication_date></news:news>",
            "<news:news>" + publication.formatted("en-US") + "<news:publication_date>2026-11-30T08:15:30Z"
                    + "</news:publication_date><news:title>T</news:title></news:news>",
            "<news:news>" + publication.formatted("en") + "<news:publication_date>yesterday"
                    + "</news:publication_date><news:title>T</news:title></news:news>",
            "<image:image><image:caption>no loc</image:caption></image:image>",
            "<foo:bar>undeclared</foo:bar>",
        };
        for (String entry : broken) {
            byte[] bytes = urlset.formatted(entry).getBytes(StandardCharsets.UTF_8);
            assertThrows(AssertionError.class, () -> SitemapSchemas.validate(bytes), entry);
        }
        String valid = "<news:news>" + publication.formatted("en") + "<news:publication_date>2026-11-30T08:15:30Z"
                + "</news:publication_date><news:title>T</news:title></news:news>";
        SitemapSchemas.validate(urlset.formatted(valid).getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void googleNewsLanguagesAreIsoCodesButChinese() {
        assertEquals("en", SitemapService.newsLanguage("en"));
        assertEquals("pt", SitemapService.newsLanguage("pt-BR"));
        assertEquals("zh-cn", SitemapService.newsLanguage("zh-CN"));
        assertEquals("zh-cn", SitemapService.newsLanguage("zh-Hans"));
        assertEquals("zh-tw", SitemapService.newsLanguage("zh-TW"));
        assertEquals("zh-tw", SitemapService.newsLanguage("zh-Hant-HK"));
    }
}
