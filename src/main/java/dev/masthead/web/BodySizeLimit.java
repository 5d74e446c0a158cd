package dev.masthead.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import com.fasterxml.jackson.databind.ObjectMapper;

import dev.masthead.web.problem.ProblemResponses;
import dev.masthead.web.problem.ProblemType;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpVersion;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Holds request bodies to quarkus.http.limits.max-body-size with a
 * problem+json 413. A body whose Content-Length says too much is refused
 * before anything reads it. A chunked body has no length to check, and
 * Quarkus would cut it off from inside RESTEasy's stream with a bare 413; so
 * this filter reads it first, into memory and never past the limit, and
 * {@link RoutingFailures} answers the router's 413 when it goes over. (An
 * HTTP/2 body without a length is left to Quarkus: RESTEasy fails on an
 * HTTP/2 request whose body was read before it.)
 */
@ApplicationScoped
public class BodySizeLimit {

    private final ObjectMapper mapper;
    private final long limit;
    private final BodyHandler chunked;

    BodySizeLimit(ObjectMapper mapper, @ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize limit) {
        this.mapper = mapper;
        this.limit = limit.asLongValue();
        // JSON only: no file uploads, and form fields must not turn into query parameters.
        this.chunked = BodyHandler.create(false).setBodyLimit(this.limit).setMergeFormAttributes(false);
    }

    void register(@Observes Filters filters) {
        filters.register(this::check, FilterOrder.BODY_SIZE_LIMIT);
    }

    private void check(RoutingContext context) {
        HttpServerRequest request = context.request();
        String length = request.getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length != null) {
            if (exceeds(length)) {
                refuse(context);
                return;
            }
            context.next();
        } else if (request.headers().contains(HttpHeaders.TRANSFER_ENCODING)) {
            // Goes on with context.next() once the whole body is in, or fails the route with 413.
            chunked.handle(context);
        } else {
            context.next();
        }
    }

    /**
     * Answers 413 and stops the rest of the body: over HTTP/1 with
     * {@code Connection: close}, after which the server closes the connection
     * once the answer is written (closing it at once, while the client is still
     * sending, makes most clients fail on a broken pipe before they read the
     * answer); over HTTP/2, which has no Connection header and shares the
     * connection among streams, the answer ends this stream alone.
     */
    void refuse(RoutingContext context) {
        if (context.request().version() != HttpVersion.HTTP_2) {
            context.response().putHeader(HttpHeaders.CONNECTION, "close");
        }
        ProblemResponses.send(context, mapper, ProblemType.PAYLOAD_TOO_LARGE,
                "The request body is larger than " + limit + " bytes");
    }

    private boolean exceeds(String length) {
        try {
            return Long.parseLong(length.trim()) > limit;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
