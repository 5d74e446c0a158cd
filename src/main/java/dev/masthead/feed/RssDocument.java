package dev.masthead.feed;

import java.net.URISyntaxException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;

import org.jdom2.Namespace;

import com.rometools.modules.atom.modules.AtomLinkModuleImpl;
import com.rometools.modules.content.ContentModuleImpl;
import com.rometools.modules.mediarss.MediaEntryModuleImpl;
import com.rometools.modules.mediarss.types.MediaContent;
import com.rometools.modules.mediarss.types.UrlReference;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.feed.module.DCModuleImpl;
import com.rometools.rome.feed.module.Module;
import com.rometools.rome.feed.rss.Category;
import com.rometools.rome.feed.rss.Channel;
import com.rometools.rome.feed.rss.Description;
import com.rometools.rome.feed.rss.Guid;
import com.rometools.rome.feed.rss.Item;

import dev.masthead.article.FeedEntry;
import dev.masthead.article.FeedPage;
import dev.masthead.text.XmlText;

/**
 * An RSS 2.0 channel: each item's guid is the article id (not a permalink,
 * so it survives a slug change), its authors are dc:creator, its body
 * content:encoded and its feature image media:content. The channel's
 * lastBuildDate is the newest change among its items, so the same content
 * always gives the same bytes; an empty channel has none.
 */
final class RssDocument {

    static final String FILE = "rss.xml";
    private static final List<Namespace> NAMESPACES = List.of(
            Namespace.getNamespace("atom", "http://www.w3.org/2005/Atom"),
            Namespace.getNamespace("content", "http://purl.org/rss/1.0/modules/content/"),
            Namespace.getNamespace("dc", "http://purl.org/dc/elements/1.1/"),
            Namespace.getNamespace("media", "http://search.yahoo.com/mrss/"));

    private RssDocument() {
    }

    static byte[] of(FeedHead head, FeedPage page) {
        Channel channel = new Channel("rss_2.0");
        channel.setEncoding("UTF-8");
        channel.setTitle(head.title());
        channel.setLink(head.homeUrl());
        channel.setDescription(head.description());
        channel.setLanguage(head.language());
        if (page.newestChange() != null) {
            channel.setLastBuildDate(date(page.newestChange()));
        }
        List<Link> links = new ArrayList<>();
        links.add(link("self", head.self(FILE), FeedResource.RSS_TYPE));
        if (head.hubUrl() != null) {
            links.add(link("hub", head.hubUrl(), null));
        }
        AtomLinkModuleImpl atom = new AtomLinkModuleImpl();
        atom.setLinks(links);
        channel.setModules(modules(channel.getModules(), atom));
        channel.setItems(page.entries().stream().map(RssDocument::item).toList());
        return XmlDocuments.bytes(channel, NAMESPACES, null);
    }

    private static Item item(FeedEntry entry) {
        Item item = new Item();
        item.setTitle(XmlText.of(entry.title()));
        item.setLink(XmlText.of(entry.url()));
        Guid guid = new Guid();
        guid.setValue(entry.id().toString());
        guid.setPermaLink(false);
        item.setGuid(guid);
        item.setPubDate(date(entry.publishedAt()));
        Description description = new Description();
        description.setValue(XmlText.of(entry.excerpt()));
        item.setDescription(description);
        item.setCategories(entry.tags().stream().map(tag -> {
            Category category = new Category();
            category.setValue(XmlText.of(tag.name()));
            return category;
        }).toList());
        List<Module> modules = new ArrayList<>();
        DCModuleImpl dc = new DCModuleImpl();
        dc.setCreators(entry.authors().stream().map(author -> XmlText.of(author.name())).toList());
        modules.add(dc);
        if (entry.html() != null) {
            ContentModuleImpl content = new ContentModuleImpl();
            content.setEncodeds(List.of(XmlText.cdata(entry.html())));
            modules.add(content);
        }
        if (entry.featureImage() != null) {
            image(entry.featureImage().url()).ifPresent(modules::add);
        }
        item.setModules(modules);
        return item;
    }

    /** media:content for the feature image; a URL that is not a URI (never stored, but old rows) is left out. */
    private static Optional<Module> image(String url) {
        try {
            MediaContent content = new MediaContent(new UrlReference(XmlText.of(url)));
            content.setMedium("image");
            MediaEntryModuleImpl media = new MediaEntryModuleImpl();
            media.setMediaContents(new MediaContent[] { content });
            return Optional.of(media);
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    private static Link link(String rel, String href, String type) {
        Link link = new Link();
        link.setRel(rel);
        link.setHref(XmlText.of(href));
        link.setType(type);
        return link;
    }

    private static List<Module> modules(List<Module> existing, Module added) {
        List<Module> modules = new ArrayList<>(existing == null ? List.of() : existing);
        modules.add(added);
        return modules;
    }

    private static Date date(Instant instant) {
        return Date.from(instant);
    }
}
