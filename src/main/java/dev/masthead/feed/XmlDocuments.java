package dev.masthead.feed;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;

import org.jdom2.Document;
import org.jdom2.Namespace;
import org.jdom2.output.Format;
import org.jdom2.output.XMLOutputter;

import com.rometools.rome.feed.WireFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.WireFeedOutput;

/**
 * Writes a ROME feed as UTF-8 bytes in JDOM's raw format: text exactly as
 * given (the default pretty format trims it), no timestamps of its own, so
 * the same feed always gives the same bytes and so the same ETag.
 */
final class XmlDocuments {

    private XmlDocuments() {
    }

    /**
     * The feed, with {@code namespaces} declared on the root whether or not an
     * element uses them, and {@code xml:lang} on it when {@code language} is
     * given (ROME's Atom output leaves the feed's language out).
     */
    static byte[] bytes(WireFeed feed, List<Namespace> namespaces, String language) {
        try {
            Document document = new WireFeedOutput().outputJDom(feed);
            namespaces.forEach(document.getRootElement()::addNamespaceDeclaration);
            if (language != null) {
                document.getRootElement().setAttribute("lang", language, Namespace.XML_NAMESPACE);
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            new XMLOutputter(Format.getRawFormat().setEncoding("UTF-8").setLineSeparator("\n")).output(document, bytes);
            return bytes.toByteArray();
        } catch (FeedException | IOException e) {
            // The text was made XML-safe before (XmlText), so this is a bug, not bad content.
            throw new IllegalStateException("Cannot write a " + feed.getFeedType() + " feed", e);
        }
    }
}
