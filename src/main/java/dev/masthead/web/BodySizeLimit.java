package dev.masthead.web;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.masthead.web.problem.Problem;
import dev.masthead.web.problem.ProblemResponses;
import dev.masthead.web.problem.ProblemType;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.ext.web.RoutingContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refuses a body announced larger than quarkus.http.limits.max-body-size
 * before reading it, with a problem+json 413 rather than the server's bare
 * one. A chunked body (no Content-Length) over the limit still gets the
 * server's own 413, without a problem body.
 */
@ApplicationScoped
public class BodySizeLimit {

    private final ObjectMapper mapper;
    private final long limit;

    BodySizeLimit(ObjectMapper mapper, @ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize limit) {
        this.mapper = mapper;
        this.limit = limit.asLongValue();
    }

    void register(@Observes Filters filters) {
        filters.register(this::check, FilterOrder.BODY_SIZE_LIMIT);
    }

    private void check(RoutingContext context) {
        String length = context.request().getHeader("Content-Length");
        if (length != null && exceeds(length)) {
            refuse(context);
            return;
        }
        context.next();
    }

    private void refuse(RoutingContext context) {
        Problem problem = ProblemResponses.problem(ProblemType.PAYLOAD_TOO_LARGE,
                "The request body is larger than " + limit + " bytes", List.of(), context);
        try {
            context.response().setStatusCode(413)
                    .putHeader("Content-Type", Problem.MEDIA_TYPE)
                    .putHeader("Connection", "close")
                    .end(mapper.writeValueAsString(problem));
        } catch (JsonProcessingException e) {
            context.fail(413);
        }
    }

    private boolean exceeds(String length) {
        try {
            return Long.parseLong(length.trim()) > limit;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
