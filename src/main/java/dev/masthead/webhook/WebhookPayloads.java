package dev.masthead.webhook;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.masthead.article.ArticleFiling;
import dev.masthead.article.ArticleView;
import dev.masthead.article.PublishedArticleService;
import dev.masthead.author.AuthorRef;
import dev.masthead.author.AuthorService;
import dev.masthead.author.AuthorView;
import dev.masthead.site.Permalinks;
import dev.masthead.tag.TagRef;
import dev.masthead.tag.TagService;
import dev.masthead.tag.TagView;

/**
 * What a content event says to a webhook, in the Standard Webhooks shape
 * {@code {type, timestamp, data}}, and which feeds it changed for WebSub.
 * The item is read as it is now: when it is no longer public by the time
 * the event is fanned out, its data carries the tombstone instead, so a
 * payload never shows what the public can no longer see.
 */
@ApplicationScoped
class WebhookPayloads {

    private static final List<String> FEED_FILES = List.of("rss.xml", "atom.xml", "feed.json");

    private final ObjectMapper mapper;
    private final PublishedArticleService articles;
    private final TagService tags;
    private final AuthorService authors;
    private final Permalinks permalinks;

    WebhookPayloads(ObjectMapper mapper, PublishedArticleService articles, TagService tags, AuthorService authors,
            Permalinks permalinks) {
        this.mapper = mapper;
        this.articles = articles;
        this.tags = tags;
        this.authors = authors;
        this.permalinks = permalinks;
    }

    /** The exact JSON to sign and send for this event of this type. */
    String payload(LoggedEvent event, String type) {
        Map<String, Object> data = switch (event.type()) {
            case ARTICLE -> article(event, type);
            case TAG -> tag(event, type);
            case AUTHOR -> author(event, type);
        };
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("type", type);
        payload.put("timestamp", event.occurredAt());
        payload.put("data", data);
        try {
            return mapper.writeValueAsString(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write the payload of event " + event.seq(), e);
        }
    }

    private Map<String, Object> article(LoggedEvent event, String type) {
        Map<String, Object> data = start(event);
        List<String> keys = new ArrayList<>();
        keys.add("article:" + event.id());
        if (type.equals(WebhookEvents.ARTICLE_SCHEDULED)) {
            Optional<Instant> at = articles.scheduledAt(event.id());
            at.ifPresent(publishAt -> {
                data.put("url", permalinks.article(event.slug(), event.id(), publishAt));
                data.put("publishAt", publishAt);
            });
            data.put("surrogateKeys", List.of());
            return data;
        }
        Optional<ArticleView> view = type.equals(WebhookEvents.ARTICLE_DELETED) ? Optional.empty()
                : articles.byId(event.id());
        if (view.isPresent()) {
            ArticleView article = view.get();
            data.put("slug", article.slug());
            data.put("url", article.url());
            data.put("article", article);
            article.tags().forEach(tag -> keys.add("tag:" + tag.slug()));
            article.authors().forEach(author -> keys.add("author:" + author.slug()));
        } else {
            // An article's page address may depend on its publication date, which a tombstone no longer knows.
            String gone = type.equals(WebhookEvents.ARTICLE_DELETED) ? WebhookEvents.ARTICLE_DELETED
                    : WebhookEvents.ARTICLE_UNPUBLISHED;
            data.put("tombstone", tombstone(gone, event));
            ArticleFiling filing = articles.filing(event.id());
            filing.tags().forEach(tag -> keys.add("tag:" + tag.slug()));
            filing.authors().forEach(author -> keys.add("author:" + author.slug()));
        }
        keys.add("list:articles");
        data.put("surrogateKeys", keys);
        return data;
    }

    private Map<String, Object> tag(LoggedEvent event, String type) {
        Map<String, Object> data = start(event);
        Optional<TagView> view = type.equals(WebhookEvents.TAG_DELETED) ? Optional.empty() : tags.publicById(event.id());
        String slug = view.map(TagView::slug).orElse(event.slug());
        data.put("slug", slug);
        data.put("url", permalinks.tag(slug));
        view.ifPresentOrElse(tag -> data.put("tag", tag),
                () -> data.put("tombstone", tombstone(WebhookEvents.TAG_DELETED, event)));
        data.put("surrogateKeys", List.of("tag:" + slug, "list:tags"));
        return data;
    }

    private Map<String, Object> author(LoggedEvent event, String type) {
        Map<String, Object> data = start(event);
        Optional<AuthorView> view = type.equals(WebhookEvents.AUTHOR_DELETED) ? Optional.empty()
                : authors.publicById(event.id());
        String slug = view.map(AuthorView::slug).orElse(event.slug());
        data.put("slug", slug);
        data.put("url", permalinks.author(slug));
        view.ifPresentOrElse(author -> data.put("author", author),
                () -> data.put("tombstone", tombstone(WebhookEvents.AUTHOR_DELETED, event)));
        data.put("surrogateKeys", List.of("author:" + slug, "list:authors"));
        return data;
    }

    private static Map<String, Object> start(LoggedEvent event) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("id", event.id());
        data.put("slug", event.slug());
        return data;
    }

    private static Map<String, Object> tombstone(String type, LoggedEvent event) {
        Map<String, Object> tombstone = new LinkedHashMap<>();
        tombstone.put("type", type);
        tombstone.put("id", event.id());
        tombstone.put("slug", event.slug());
        tombstone.put("at", event.occurredAt());
        return tombstone;
    }

    // --- WebSub -------------------------------------------------------------------

    /**
     * The feeds (as their self links name them) whose content this event
     * changed: the site's feeds, and the feeds of the tags and authors the
     * article is filed under now (a deleted article's links are gone with it,
     * so only the site's), or of the tag or author that changed.
     */
    List<String> topics(LoggedEvent event, String type) {
        List<String> topics = new ArrayList<>();
        switch (type) {
            case WebhookEvents.ARTICLE_PUBLISHED, WebhookEvents.ARTICLE_UPDATED, WebhookEvents.ARTICLE_UNPUBLISHED -> {
                feeds(topics, "/feeds");
                ArticleFiling filing = articles.filing(event.id());
                for (TagRef tag : filing.tags()) {
                    feeds(topics, "/feeds/tags/" + tag.slug());
                }
                for (AuthorRef author : filing.authors()) {
                    feeds(topics, "/feeds/authors/" + author.slug());
                }
            }
            case WebhookEvents.ARTICLE_DELETED -> feeds(topics, "/feeds");
            case WebhookEvents.TAG_UPDATED, WebhookEvents.TAG_DELETED -> {
                feeds(topics, "/feeds");
                feeds(topics, "/feeds/tags/" + event.slug());
            }
            case WebhookEvents.AUTHOR_UPDATED, WebhookEvents.AUTHOR_DELETED -> {
                feeds(topics, "/feeds");
                feeds(topics, "/feeds/authors/" + event.slug());
            }
            default -> {
                // Scheduling and a new tag or author change no feed.
            }
        }
        return topics;
    }

    private void feeds(List<String> topics, String base) {
        for (String file : FEED_FILES) {
            topics.add(permalinks.served(base + "/" + file));
        }
    }

    /** The form a WebSub hub takes to hear that {@code topic} changed. */
    static String publish(String topic) {
        return "hub.mode=publish&hub.url=" + URLEncoder.encode(topic, StandardCharsets.UTF_8);
    }
}
