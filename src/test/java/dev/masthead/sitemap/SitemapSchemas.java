package dev.masthead.sitemap;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URL;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;

import org.w3c.dom.Document;
import org.xml.sax.SAXException;

/**
 * The sitemaps.org 0.9 schemas (urlset and sitemapindex) with Google's image
 * and news extensions, as one schema (src/test/resources/xsd/sitemap-combined.xsd
 * includes and imports the four published files). sitemap.xsd admits extension
 * elements with processContents="strict", so an image or news entry is
 * checked against its own schema, and an element no schema declares fails.
 * Nothing is fetched: schemas come from local files only, DTDs never.
 */
final class SitemapSchemas {

    private static final Schema SCHEMA = load();

    private SitemapSchemas() {
    }

    /** Throws (with the validator's message) unless the bytes are a valid sitemap or sitemap index. */
    static void validate(byte[] xml) {
        try {
            Validator validator = SCHEMA.newValidator();
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            validator.validate(new StreamSource(new ByteArrayInputStream(xml)));
        } catch (SAXException | IOException e) {
            throw new AssertionError("Not a valid sitemap: " + e.getMessage() + "\n"
                    + new String(xml, 0, Math.min(xml.length, 2000), java.nio.charset.StandardCharsets.UTF_8), e);
        }
    }

    /** Parses with a namespace-aware parser that takes no DTD. */
    static Document parse(byte[] xml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
        } catch (ParserConfigurationException | SAXException | IOException e) {
            throw new AssertionError("Not well-formed XML: " + e.getMessage(), e);
        }
    }

    private static Schema load() {
        try {
            SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file");
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            URL combined = SitemapSchemas.class.getResource("/xsd/sitemap-combined.xsd");
            if (combined == null || !combined.getProtocol().equals("file")) {
                throw new IllegalStateException("The sitemap schemas must be local files: " + combined);
            }
            return factory.newSchema(new StreamSource(combined.toExternalForm()));
        } catch (SAXException e) {
            throw new IllegalStateException("Cannot load the sitemap schemas", e);
        }
    }
}
