package dev.masthead.web;

import java.net.URI;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

/** Management API answers: every item carries its version as ETag, for If-Match. */
public final class AdminResponses {

    private AdminResponses() {
    }

    public static Response ok(Object body, long version) {
        return Response.ok(body).header(HttpHeaders.ETAG, ExpectedVersion.etag(version))
                .header(HttpHeaders.CACHE_CONTROL, "no-store").build();
    }

    public static Response created(String location, Object body, long version) {
        return Response.created(URI.create(location)).entity(body)
                .header(HttpHeaders.ETAG, ExpectedVersion.etag(version))
                .header(HttpHeaders.CACHE_CONTROL, "no-store").build();
    }
}
