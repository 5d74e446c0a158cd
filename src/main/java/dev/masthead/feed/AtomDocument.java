package dev.masthead.feed;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import com.rometools.rome.feed.atom.Category;
import com.rometools.rome.feed.atom.Content;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.feed.atom.Person;
import com.rometools.rome.feed.synd.SyndPerson;

import dev.masthead.article.FeedEntry;
import dev.masthead.article.FeedPage;
import dev.masthead.text.XmlText;

/**
 * An Atom 1.0 feed. Its id is its own self URL, stable while the site's
 * address is; an entry's id is {@code urn:uuid:<article id>}, stable across
 * slug changes. The feed's updated is the newest change among its entries
 * (the epoch when it has none), never "now", so the same content always
 * gives the same bytes.
 */
final class AtomDocument {

    static final String FILE = "atom.xml";

    private AtomDocument() {
    }

    static byte[] of(FeedHead head, FeedPage page) {
        Feed feed = new Feed("atom_1.0");
        feed.setEncoding("UTF-8");
        String self = head.self(FILE);
        feed.setId(self);
        feed.setTitleEx(text(head.title()));
        feed.setSubtitle(text(head.description()));
        feed.setUpdated(date(page.newestChange() == null ? Instant.EPOCH : page.newestChange()));
        feed.setAlternateLinks(List.of(link("alternate", head.homeUrl(), "text/html")));
        List<Link> others = new ArrayList<>();
        others.add(link("self", self, FeedResource.ATOM_TYPE));
        if (head.hubUrl() != null) {
            others.add(link("hub", head.hubUrl(), null));
        }
        feed.setOtherLinks(others);
        feed.setEntries(page.entries().stream().map(AtomDocument::entry).toList());
        return XmlDocuments.bytes(feed, List.of(), head.language());
    }

    private static Entry entry(FeedEntry article) {
        Entry entry = new Entry();
        entry.setId("urn:uuid:" + article.id());
        entry.setTitleEx(text(article.title()));
        entry.setPublished(date(article.publishedAt()));
        entry.setUpdated(date(article.updatedAt()));
        entry.setAlternateLinks(List.of(link("alternate", article.url(), "text/html")));
        entry.setAuthors(article.authors().stream().<SyndPerson>map(author -> {
            Person person = new Person();
            person.setName(XmlText.of(author.name()));
            person.setUri(XmlText.of(author.url()));
            return person;
        }).toList());
        entry.setCategories(article.tags().stream().map(tag -> {
            Category category = new Category();
            category.setTerm(XmlText.of(tag.slug()));
            category.setLabel(XmlText.of(tag.name()));
            return category;
        }).toList());
        entry.setSummary(text(article.excerpt()));
        if (article.html() != null) {
            Content content = new Content();
            content.setType(Content.HTML);
            content.setValue(XmlText.of(article.html()));
            entry.setContents(List.of(content));
        }
        return entry;
    }

    private static Content text(String value) {
        Content content = new Content();
        content.setType(Content.TEXT);
        content.setValue(XmlText.of(value));
        return content;
    }

    private static Link link(String rel, String href, String type) {
        Link link = new Link();
        link.setRel(rel);
        link.setHref(XmlText.of(href));
        link.setType(type);
        return link;
    }

    private static Date date(Instant instant) {
        return Date.from(instant);
    }
}
