package dev.masthead.web;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;

/**
 * What browsers are told: security headers on every response, and CORS. The
 * Delivery API and the feeds may be read from the configured origins (any by
 * default); the Management API only from origins configured for it.
 */
@ApplicationScoped
public class BrowserPolicy {

    private static final String MANAGEMENT = "/api/v1/admin/";
    /** A web app may read the JSON Feed (or RSS, Atom) like the Delivery API it is part of. */
    private static final String FEEDS = "/feeds/";
    private static final String DELIVERY_METHODS = "GET, HEAD, OPTIONS";
    private static final String MANAGEMENT_METHODS = "GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS";
    private static final String ALLOWED_HEADERS = "Authorization, Content-Type, If-Match, If-None-Match, If-Modified-Since, X-Request-Id";
    private static final String EXPOSED_HEADERS =
            "ETag, Link, Location, Last-Modified, Retry-After, RateLimit, RateLimit-Policy, X-Request-Id";
    /** JSON needs no resources at all; Swagger UI needs its own scripts and styles. */
    private static final String API_CSP = "default-src 'none'; frame-ancestors 'none'";
    private static final String UI_CSP = "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; frame-ancestors 'none'";

    private final List<String> deliveryOrigins;
    private final List<String> managementOrigins;

    BrowserPolicy(HttpPolicy policy) {
        this.deliveryOrigins = policy.deliveryOrigins();
        this.managementOrigins = policy.managementOrigins().orElse(List.of());
    }

    void register(@Observes Filters filters) {
        filters.register(this::apply, FilterOrder.BROWSER_POLICY);
    }

    private void apply(RoutingContext context) {
        // The path as the router matches it (percent-decoded, dot segments removed), so
        // /api/v1/%61dmin/... cannot pass for a Delivery path.
        String path = context.normalizedPath();
        HttpServerResponse response = context.response();
        securityHeaders(path, response);

        String origin = context.request().getHeader("Origin");
        boolean management = path.startsWith(MANAGEMENT);
        if (origin != null && (path.startsWith("/api/") || path.startsWith(FEEDS))) {
            List<String> allowed = management ? managementOrigins : deliveryOrigins;
            boolean any = allowed.contains("*");
            if (any || allowed.contains(origin)) {
                response.putHeader("Access-Control-Allow-Origin", any ? "*" : origin);
                response.putHeader("Access-Control-Expose-Headers", EXPOSED_HEADERS);
                if (!any) {
                    response.putHeader("Vary", "Origin");
                }
                if (context.request().method() == HttpMethod.OPTIONS
                        && context.request().getHeader("Access-Control-Request-Method") != null) {
                    response.putHeader("Access-Control-Allow-Methods", management ? MANAGEMENT_METHODS : DELIVERY_METHODS);
                    response.putHeader("Access-Control-Allow-Headers", ALLOWED_HEADERS);
                    response.putHeader("Access-Control-Max-Age", "600");
                    response.setStatusCode(204).end();
                    return;
                }
            }
        }
        context.next();
    }

    /** The security headers alone, for an answer the router gives before this filter ran. */
    static void securityHeaders(RoutingContext context) {
        String path = context.normalizedPath();
        securityHeaders(path == null ? "" : path, context.response());
    }

    private static void securityHeaders(String path, HttpServerResponse response) {
        response.putHeader("X-Content-Type-Options", "nosniff");
        response.putHeader("Referrer-Policy", "no-referrer");
        response.putHeader("X-Frame-Options", "DENY");
        response.putHeader("Content-Security-Policy", path.startsWith("/q/swagger-ui") || path.startsWith("/q/dev") ? UI_CSP : API_CSP);
    }
}
