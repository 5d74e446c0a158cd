package dev.masthead.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import com.fasterxml.jackson.databind.ObjectMapper;

import dev.masthead.web.problem.ProblemResponses;
import dev.masthead.web.problem.ProblemType;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.HttpException;
import org.jboss.logging.Logger;

/**
 * Answers what fails in the Vert.x router, outside RESTEasy and its exception
 * mappers, as problem+json: a request with no usable Host header, a request
 * target that is not a path, a chunked body over the limit
 * ({@link BodySizeLimit}), a filter that throws. Quarkus's own failure
 * handler would answer these with an empty or framework-shaped body. The
 * router may fail a request before any filter ran, so this gives it its
 * request id and security headers itself.
 */
@ApplicationScoped
public class RoutingFailures {

    private static final Logger LOG = Logger.getLogger(RoutingFailures.class);

    private final ObjectMapper mapper;
    private final BodySizeLimit bodySizeLimit;
    private final AllowedMethods allowedMethods;

    RoutingFailures(ObjectMapper mapper, BodySizeLimit bodySizeLimit, AllowedMethods allowedMethods) {
        this.mapper = mapper;
        this.bodySizeLimit = bodySizeLimit;
        this.allowedMethods = allowedMethods;
    }

    void register(@Observes Router router) {
        // The router tries failure handlers in route order; Quarkus adds its own last.
        router.route().order(Integer.MIN_VALUE).failureHandler(this::answer);
    }

    private void answer(RoutingContext context) {
        HttpServerResponse response = context.response();
        if (response.ended()) {
            return;
        }
        if (response.headWritten()) {
            // Part of an answer is out already; all that is left is to stop it.
            context.request().connection().close();
            return;
        }
        String requestId = RequestIds.ensure(context);
        BrowserPolicy.securityHeaders(context);
        int status = statusOf(context);
        if (status >= 500) {
            LOG.errorf(context.failure(), "Unexpected routing failure [requestId=%s]", requestId);
        } else {
            LOG.debugf(context.failure(), "Refused by the router with %d [requestId=%s]", status, requestId);
        }
        switch (status) {
            case 401 -> {
                response.putHeader("WWW-Authenticate", "Bearer");
                send(context, ProblemType.UNAUTHORIZED, "Send a valid bearer token in the Authorization header");
            }
            case 403 -> send(context, ProblemType.FORBIDDEN, "Your account may not do this");
            case 404 -> send(context, ProblemType.NOT_FOUND, "There is nothing at this path");
            case 405 -> {
                String allow = allowedMethods.allowFor(context.request().path());
                if (!allow.isEmpty()) {
                    response.putHeader(HttpHeaders.ALLOW, allow);
                }
                send(context, ProblemType.METHOD_NOT_ALLOWED,
                        "This path does not support the " + context.request().method().name() + " method");
            }
            case 413 -> bodySizeLimit.refuse(context);
            case 503 -> {
                response.putHeader("Retry-After", "5");
                send(context, ProblemType.SERVICE_UNAVAILABLE, "The service is unavailable; retry shortly");
            }
            default -> {
                if (status >= 500) {
                    send(context, ProblemType.INTERNAL_ERROR,
                            "Something went wrong on our side; quote the request id when you report it");
                } else {
                    send(context, ProblemType.BAD_REQUEST,
                            "The request could not be understood; check its target, its headers and its body");
                }
            }
        }
    }

    /** The status the failure asks for; security exceptions as the exception mapper answers them. */
    private static int statusOf(RoutingContext context) {
        Throwable failure = context.failure();
        if (failure instanceof HttpException http) {
            return http.getStatusCode();
        }
        if (failure instanceof UnauthorizedException || failure instanceof AuthenticationFailedException) {
            return 401;
        }
        if (failure instanceof ForbiddenException) {
            return 403;
        }
        return context.statusCode() == -1 ? 500 : context.statusCode();
    }

    private void send(RoutingContext context, ProblemType type, String detail) {
        ProblemResponses.send(context, mapper, type, detail);
    }
}
