package dev.masthead.web;

import java.util.ArrayList;
import java.util.List;

import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;

/** The RFC 8288 Link header of a list: {@code next} and {@code prev}, relative to the host. */
public final class PageLinks {

    private PageLinks() {
    }

    public static String of(UriInfo uri, PageMeta meta) {
        List<String> links = new ArrayList<>();
        if (meta.page() != null) {
            if (meta.hasNextPage()) {
                links.add(link(uri, "page", String.valueOf(meta.page() + 1), "next"));
            }
            if (meta.page() > 1) {
                links.add(link(uri, "page", String.valueOf(Math.min(meta.page() - 1, meta.totalPages())), "prev"));
            }
        } else if (meta.nextCursor() != null) {
            links.add(link(uri, "cursor", meta.nextCursor(), "next"));
        }
        return links.isEmpty() ? null : String.join(", ", links);
    }

    private static String link(UriInfo uri, String parameter, String value, String rel) {
        UriBuilder builder = UriBuilder.fromUri(uri.getRequestUri()).replaceQueryParam(parameter, value);
        var target = builder.build();
        String query = target.getRawQuery();
        return "<" + target.getRawPath() + (query == null ? "" : "?" + query) + ">; rel=\"" + rel + "\"";
    }
}
