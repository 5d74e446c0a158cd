package dev.masthead.sitemap;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import dev.masthead.text.XmlText;

/**
 * One sitemap document being written, entry by entry, straight into its
 * bytes (sitemaps.org 0.9 with Google's image and news extensions). Every
 * text is first stripped of what XML 1.0 cannot carry (control characters
 * but tab, line feed and carriage return; U+FFFE, U+FFFF; unpaired
 * surrogates), then escaped by the StAX writer, so whatever a title or slug
 * holds the document stays well formed. It also notes the newest change of
 * its entries, for Last-Modified.
 */
final class SitemapXml {

    static final String SITEMAP = "http://www.sitemaps.org/schemas/sitemap/0.9";
    static final String IMAGE = "http://www.google.com/schemas/sitemap-image/1.1";
    static final String NEWS = "http://www.google.com/schemas/sitemap-news/0.9";
    /** The JDK's own StAX writer, whatever else is on the class path; it is thread-safe to share. */
    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newDefaultFactory();

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream(8192);
    private final XMLStreamWriter xml;
    private Instant newest;

    private SitemapXml(String root, String prefix, String namespace) {
        try {
            xml = FACTORY.createXMLStreamWriter(bytes, StandardCharsets.UTF_8.name());
            xml.writeStartDocument(StandardCharsets.UTF_8.name(), "1.0");
            xml.writeStartElement("", root, SITEMAP);
            xml.writeDefaultNamespace(SITEMAP);
            if (prefix != null) {
                xml.writeNamespace(prefix, namespace);
            }
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Cannot start a sitemap", e);
        }
    }

    /** A {@code <sitemapindex>}. */
    static SitemapXml index() {
        return new SitemapXml("sitemapindex", null, null);
    }

    /** A {@code <urlset>} whose entries may carry images. */
    static SitemapXml urlsWithImages() {
        return new SitemapXml("urlset", "image", IMAGE);
    }

    /** A {@code <urlset>} of pages alone. */
    static SitemapXml urls() {
        return new SitemapXml("urlset", null, null);
    }

    /** A {@code <urlset>} of Google News entries. */
    static SitemapXml news() {
        return new SitemapXml("urlset", "news", NEWS);
    }

    /** An index entry: a child sitemap's absolute URL. */
    void sitemap(String loc) {
        try {
            xml.writeStartElement("", "sitemap", SITEMAP);
            text("", SITEMAP, "loc", loc);
            xml.writeEndElement();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Cannot write a sitemap index entry", e);
        }
    }

    /** A page, when it last changed, and its image (null for none). */
    void url(String loc, Instant lastmod, String image) {
        noteChange(lastmod);
        try {
            xml.writeStartElement("", "url", SITEMAP);
            text("", SITEMAP, "loc", loc);
            if (lastmod != null) {
                text("", SITEMAP, "lastmod", w3c(lastmod));
            }
            if (image != null) {
                xml.writeStartElement("image", "image", IMAGE);
                text("image", IMAGE, "loc", image);
                xml.writeEndElement();
            }
            xml.writeEndElement();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Cannot write a sitemap entry", e);
        }
    }

    /** A Google News entry; {@code changedAt} only counts towards Last-Modified. */
    void newsArticle(String loc, String publication, String language, Instant publishedAt, String title,
            Instant changedAt) {
        noteChange(changedAt);
        try {
            xml.writeStartElement("", "url", SITEMAP);
            text("", SITEMAP, "loc", loc);
            xml.writeStartElement("news", "news", NEWS);
            xml.writeStartElement("news", "publication", NEWS);
            text("news", NEWS, "name", publication);
            text("news", NEWS, "language", language);
            xml.writeEndElement();
            text("news", NEWS, "publication_date", w3c(publishedAt));
            text("news", NEWS, "title", title);
            xml.writeEndElement();
            xml.writeEndElement();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Cannot write a news sitemap entry", e);
        }
    }

    /** The newest change among the entries written; null when none named one. */
    Instant newest() {
        return newest;
    }

    /** Closes the document and answers its bytes. */
    byte[] finish() {
        try {
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Cannot finish a sitemap", e);
        }
        return bytes.toByteArray();
    }

    /** W3C Datetime (the sitemaps' lastmod and publication_date), to the second, in UTC. */
    static String w3c(Instant instant) {
        return DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(ChronoUnit.SECONDS));
    }

    private void text(String prefix, String namespace, String name, String value) throws XMLStreamException {
        xml.writeStartElement(prefix, name, namespace);
        xml.writeCharacters(XmlText.of(value));
        xml.writeEndElement();
    }

    private void noteChange(Instant at) {
        if (at != null && (newest == null || at.isAfter(newest))) {
            newest = at;
        }
    }
}
