package dev.masthead.web.problem;

import java.util.List;

import jakarta.ws.rs.core.Response;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.masthead.web.RequestIds;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;

/** Builds problem+json responses; the only place that knows their shape. */
public final class ProblemResponses {

    private ProblemResponses() {
    }

    public static Problem problem(ProblemType type, String detail, List<Problem.FieldError> errors,
            RoutingContext context) {
        String instance = context == null ? null : context.request().path();
        return new Problem(type.uri().toString(), type.title(), type.status(), detail, instance, type.code(),
                RequestIds.of(context), errors == null || errors.isEmpty() ? null : errors);
    }

    public static Response response(ProblemType type, String detail, List<Problem.FieldError> errors,
            RoutingContext context) {
        return Response.status(type.status())
                .type(Problem.MEDIA_TYPE)
                .entity(problem(type, detail, errors, context))
                .build();
    }

    public static Response response(ProblemType type, String detail, RoutingContext context) {
        return response(type, detail, List.of(), context);
    }

    /**
     * Ends the Vert.x response with a problem, for the refusals made before
     * RESTEasy (and its exception mappers) get the request. Headers already
     * set on the response stay.
     */
    public static void send(RoutingContext context, ObjectMapper mapper, ProblemType type, String detail) {
        HttpServerResponse response = context.response().setStatusCode(type.status());
        try {
            response.putHeader("Content-Type", Problem.MEDIA_TYPE)
                    .end(mapper.writeValueAsString(problem(type, detail, List.of(), context)));
        } catch (JsonProcessingException e) {
            // A record of strings cannot fail to serialize; the status alone still says what happened.
            response.end();
        }
    }
}
