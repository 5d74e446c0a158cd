package dev.masthead.sitemap;

import static io.restassured.RestAssured.given;

import java.util.ArrayList;
import java.util.List;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Fetching sitemaps over HTTP and reading their entries, for the sitemap tests. */
final class SitemapPages {

    static final String SITE = "https://news.example.com";
    static final String XML = "application/xml;charset=UTF-8";

    private SitemapPages() {
    }

    /** The bytes of a 200 answer in the sitemaps' media type. */
    static byte[] bytes(String path) {
        return given().get(path).then().statusCode(200).contentType(XML).extract().asByteArray();
    }

    static Document get(String path) {
        return SitemapSchemas.parse(bytes(path));
    }

    /** Every {@code <loc>} of a urlset or index, in order; image locations are another namespace. */
    static List<String> locs(Document document) {
        NodeList locs = document.getElementsByTagNameNS(SitemapXml.SITEMAP, "loc");
        List<String> values = new ArrayList<>();
        for (int i = 0; i < locs.getLength(); i++) {
            values.add(locs.item(i).getTextContent());
        }
        return values;
    }

    static List<String> locs(byte[] xml) {
        return locs(SitemapSchemas.parse(xml));
    }

    /** The {@code <url>} whose loc is {@code loc}, or null. */
    static Element entry(Document document, String loc) {
        NodeList urls = document.getElementsByTagNameNS(SitemapXml.SITEMAP, "url");
        for (int i = 0; i < urls.getLength(); i++) {
            Element url = (Element) urls.item(i);
            if (loc.equals(child(url, SitemapXml.SITEMAP, "loc"))) {
                return url;
            }
        }
        return null;
    }

    /** The text of the first {@code name} element under {@code parent}, or null. */
    static String child(Element parent, String namespace, String name) {
        NodeList children = parent.getElementsByTagNameNS(namespace, name);
        return children.getLength() == 0 ? null : children.item(0).getTextContent();
    }

    /** A field of a news entry's {@code <news:news>}. */
    static String news(Element url, String name) {
        return child((Element) url.getElementsByTagNameNS(SitemapXml.NEWS, "news").item(0), SitemapXml.NEWS, name);
    }
}
