package dev.masthead.feed;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import javax.xml.XMLConstants;
import javax.xml.namespace.NamespaceContext;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;

import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/**
 * A feed parsed back by the JDK's own namespace-aware XML parser (no
 * DOCTYPE allowed), queried with XPath: {@code atom:}, {@code content:},
 * {@code dc:} and {@code media:} name the feeds' namespaces. Parsing fails
 * the test on anything that is not well-formed XML.
 */
final class FeedXml {

    static final String ATOM = "http://www.w3.org/2005/Atom";
    static final String CONTENT = "http://purl.org/rss/1.0/modules/content/";
    static final String DC = "http://purl.org/dc/elements/1.1/";
    static final String MEDIA = "http://search.yahoo.com/mrss/";
    private static final Map<String, String> PREFIXES = Map.of("atom", ATOM, "content", CONTENT, "dc", DC, "media", MEDIA,
            "xml", XMLConstants.XML_NS_URI);

    private final Document document;
    private final XPath xpath;

    private FeedXml(Document document) {
        this.document = document;
        this.xpath = XPathFactory.newInstance().newXPath();
        xpath.setNamespaceContext(new NamespaceContext() {
            @Override
            public String getNamespaceURI(String prefix) {
                return PREFIXES.getOrDefault(prefix, XMLConstants.NULL_NS_URI);
            }

            @Override
            public String getPrefix(String uri) {
                return null;
            }

            @Override
            public Iterator<String> getPrefixes(String uri) {
                return null;
            }
        });
    }

    static FeedXml parse(byte[] bytes) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return new FeedXml(factory.newDocumentBuilder().parse(new ByteArrayInputStream(bytes)));
        } catch (Exception e) {
            throw new AssertionError("Not well-formed XML: " + e.getMessage(), e);
        }
    }

    /** The text of the first node the expression selects, "" when none. */
    String text(String expression) {
        try {
            return (String) xpath.evaluate(expression, document, XPathConstants.STRING);
        } catch (Exception e) {
            throw new IllegalArgumentException(expression, e);
        }
    }

    /** The text of every node the expression selects, in document order. */
    List<String> texts(String expression) {
        try {
            NodeList nodes = (NodeList) xpath.evaluate(expression, document, XPathConstants.NODESET);
            List<String> texts = new ArrayList<>();
            for (int i = 0; i < nodes.getLength(); i++) {
                texts.add(nodes.item(i).getTextContent());
            }
            return texts;
        } catch (Exception e) {
            throw new IllegalArgumentException(expression, e);
        }
    }

    int count(String expression) {
        return texts(expression).size();
    }

    /** The namespace the root element declares for this prefix, or null. */
    String declared(String prefix) {
        String uri = document.getDocumentElement().getAttributeNS(XMLConstants.XMLNS_ATTRIBUTE_NS_URI, prefix);
        return uri.isEmpty() ? null : uri;
    }
}
