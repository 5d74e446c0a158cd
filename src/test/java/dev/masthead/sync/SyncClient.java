package dev.masthead.sync;

import static io.restassured.RestAssured.given;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;

/**
 * A client that keeps a copy of the published content as the README tells it
 * to: initial sync, then deltas; upserts replace, tombstones drop.
 */
final class SyncClient {

    /** No sync in these tests comes near this many pages; more means a cursor that does not move. */
    private static final int MAX_PAGES = 20_000;

    final Map<String, Map<String, Object>> articles = new HashMap<>();
    final Map<String, Map<String, Object>> tags = new HashMap<>();
    final Map<String, Map<String, Object>> authors = new HashMap<>();
    /** Every item received, in order. */
    final List<Map<String, Object>> received = new ArrayList<>();
    /** The items the last {@link #sync()} received, in order. */
    List<Map<String, Object>> last = List.of();
    /** The items of each page received. */
    final List<List<Map<String, Object>>> pages = new ArrayList<>();
    private final int limit;
    private final String types;
    String cursor;

    SyncClient(int limit, String types) {
        this.limit = limit;
        this.types = types;
    }

    /** Follows pages from the stored cursor (none: an initial sync) until a page carries nextSyncCursor. */
    List<Map<String, Object>> sync() {
        List<Map<String, Object>> items = new ArrayList<>();
        String next = cursor;
        for (int page = 0; page < MAX_PAGES; page++) {
            JsonPath body = page(next);
            List<Map<String, Object>> got = body.getList("items");
            pages.add(got);
            got.forEach(this::apply);
            items.addAll(got);
            if (body.getString("nextSyncCursor") != null) {
                if (body.getString("nextPageCursor") != null) {
                    throw new AssertionError("both cursors on one page");
                }
                cursor = body.getString("nextSyncCursor");
                last = items;
                return items;
            }
            next = body.getString("nextPageCursor");
            if (next == null) {
                throw new AssertionError("a page with neither cursor");
            }
        }
        throw new AssertionError("no end after " + MAX_PAGES + " pages");
    }

    private JsonPath page(String from) {
        RequestSpecification request = given().queryParam("limit", limit);
        if (types != null) {
            request.queryParam("types", types);
        }
        if (from != null) {
            request.queryParam("cursor", from);
        }
        return request.get("/api/v1/sync").then().statusCode(200).extract().jsonPath();
    }

    @SuppressWarnings("unchecked")
    private void apply(Map<String, Object> item) {
        received.add(item);
        String type = (String) item.get("type");
        switch (type) {
            case "article" -> put(articles, (Map<String, Object>) item.get("article"));
            case "tag" -> put(tags, (Map<String, Object>) item.get("tag"));
            case "author" -> put(authors, (Map<String, Object>) item.get("author"));
            case "article.deleted", "article.unpublished" -> articles.remove((String) item.get("id"));
            case "tag.deleted" -> tags.remove((String) item.get("id"));
            case "author.deleted" -> authors.remove((String) item.get("id"));
            default -> throw new AssertionError("unknown item type " + type);
        }
    }

    private static void put(Map<String, Map<String, Object>> copy, Map<String, Object> item) {
        copy.put((String) item.get("id"), item);
    }

    /** The items the last sync received for this id, in order. */
    List<Map<String, Object>> itemsFor(String id) {
        return last.stream().filter(item -> id.equals(idOf(item))).toList();
    }

    @SuppressWarnings("unchecked")
    static String idOf(Map<String, Object> item) {
        for (String kind : List.of("article", "tag", "author")) {
            if (item.get(kind) instanceof Map<?, ?> inner) {
                return (String) ((Map<String, Object>) inner).get("id");
            }
        }
        return (String) item.get("id");
    }
}
