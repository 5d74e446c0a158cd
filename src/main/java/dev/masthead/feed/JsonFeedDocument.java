package dev.masthead.feed;

import java.util.List;

import dev.masthead.article.FeedEntry;
import dev.masthead.article.FeedPage;

/** A feed page as JSON Feed 1.1: next_url carries the sealed cursor and the same limit. */
final class JsonFeedDocument {

    static final String FILE = "feed.json";

    private JsonFeedDocument() {
    }

    static JsonFeed of(FeedHead head, FeedPage page, int limit) {
        String self = head.self(FILE);
        String next = page.nextCursor() == null ? null : self + "?limit=" + limit + "&cursor=" + page.nextCursor();
        List<JsonFeed.Hub> hubs = head.hubUrl() == null ? null : List.of(new JsonFeed.Hub("WebSub", head.hubUrl()));
        return new JsonFeed(JsonFeed.VERSION, head.title(), head.homeUrl(), self, head.description(), head.language(),
                hubs, next, page.entries().stream().map(JsonFeedDocument::item).toList());
    }

    private static JsonFeedItem item(FeedEntry entry) {
        return new JsonFeedItem(entry.id().toString(), entry.url(), entry.title(), entry.excerpt(), entry.html(),
                entry.featureImage() == null ? null : entry.featureImage().url(), entry.publishedAt(),
                entry.updatedAt(),
                entry.authors().stream().map(a -> new JsonFeedItem.Author(a.name(), a.url(), a.avatarUrl())).toList(),
                entry.tags().stream().map(tag -> tag.name()).toList());
    }
}
