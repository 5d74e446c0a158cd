package dev.masthead.delivery;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.core.HttpHeaders;

import dev.masthead.web.FilterOrder;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.smallrye.common.vertx.ContextLocals;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;

/**
 * Answers a Delivery GET that {@link DeliveryCache} holds, on the I/O thread,
 * before the request is routed to a resource: no worker hand-off, no database,
 * no serialization. It runs after the other filters (request id, browser
 * policy), so the answer carries the same headers as one from the resource.
 * <p>
 * Only exact repeats qualify: the key is the raw path and query a resource
 * answered before, after its parameters were checked; anything else, a HEAD,
 * or an Accept header that needs negotiating (anything but none, {@code *}{@code /*}
 * or exactly the cached media type) goes the usual way.
 */
@ApplicationScoped
public class DeliveryFastPath {

    /** Where Delivery responses live: the JSON API, the feeds and the sitemaps. */
    private static final List<String> DELIVERY = List.of("/api/v1/", "/feeds/", "/sitemaps/", "/sitemap.xml",
            "/sitemap-news.xml");

    private final DeliveryCache cache;
    private final DeliveryResponses responses;

    DeliveryFastPath(DeliveryCache cache, DeliveryResponses responses) {
        this.cache = cache;
        this.responses = responses;
    }

    void register(@Observes Filters filters) {
        filters.register(this::answer, FilterOrder.DELIVERY_FAST_PATH);
    }

    private void answer(RoutingContext context) {
        HttpServerRequest request = context.request();
        CachedResponse cached = request.method() == HttpMethod.GET && delivery(request.path())
                ? cache.get(DeliveryResponses.keyOf(request.path(), request.query()))
                : null;
        if (cached == null || !DeliveryResponses.acceptsExactly(request.getHeader(HttpHeaders.ACCEPT), cached.mediaType())) {
            context.next();
            return;
        }
        if (cached.routeTemplate() != null) {
            ContextLocals.put(DeliveryResponses.ROUTE_TEMPLATE, cached.routeTemplate());
        }
        HttpServerResponse response = context.response();
        responses.headers(cached, response::putHeader);
        if (DeliveryResponses.notModified(request.getHeader(HttpHeaders.IF_NONE_MATCH),
                request.getHeader(HttpHeaders.IF_MODIFIED_SINCE), cached.etag(), cached.lastModified())) {
            response.setStatusCode(304).end();
        } else {
            response.putHeader(HttpHeaders.CONTENT_TYPE, cached.mediaType()).end(Buffer.buffer(cached.body()));
        }
    }

    private static boolean delivery(String path) {
        for (String prefix : DELIVERY) {
            if (path.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }
}
