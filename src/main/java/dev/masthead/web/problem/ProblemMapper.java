package dev.masthead.web.problem;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

import dev.masthead.web.AllowedMethods;
import dev.masthead.web.RequestIds;
import io.quarkus.hibernate.validator.runtime.jaxrs.ResteasyReactiveViolationException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import org.hibernate.StaleStateException;
import org.hibernate.exception.DataException;
import org.hibernate.exception.JDBCConnectionException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The one place where exceptions become HTTP answers: typed service
 * exceptions, framework errors and anything unexpected all leave as
 * problem+json, never with a stack trace or a class name.
 */
public class ProblemMapper {

    private static final Logger LOG = Logger.getLogger(ProblemMapper.class);

    @Inject
    CurrentVertxRequest request;

    @Inject
    AllowedMethods allowedMethods;

    @ServerExceptionMapper
    public Response typed(ProblemException e) {
        Response response = respond(e.type(), e.getMessage(), e.errors());
        return e.retryAfterSeconds() == null ? response
                : Response.fromResponse(response).header("Retry-After", e.retryAfterSeconds()).build();
    }

    @ServerExceptionMapper
    public Response violation(ResteasyReactiveViolationException e) {
        if (e.getConstraintViolations().stream().anyMatch(v -> kindOf(v.getPropertyPath(), ElementKind.RETURN_VALUE))) {
            return unexpected(e);
        }
        return violations(e);
    }

    /**
     * Constraint violations of a request body name its fields; a violation on
     * the body parameter itself means there was no body.
     */
    @ServerExceptionMapper
    public Response violations(ConstraintViolationException e) {
        if (e.getConstraintViolations().stream().anyMatch(v -> !hasProperty(v.getPropertyPath()))) {
            return respond(ProblemType.MALFORMED_JSON, "This endpoint needs a JSON object as request body", List.of());
        }
        List<Problem.FieldError> errors = new ArrayList<>();
        for (ConstraintViolation<?> violation : e.getConstraintViolations()) {
            errors.add(new Problem.FieldError(fieldOf(violation.getPropertyPath()), violation.getMessage()));
        }
        errors.sort(Comparator.comparing(Problem.FieldError::field).thenComparing(Problem.FieldError::message));
        return respond(ProblemType.VALIDATION_FAILED, "The request body has invalid fields", errors);
    }

    @ServerExceptionMapper
    public Response unknownProperty(UnrecognizedPropertyException e) {
        String field = JsonPaths.of(e);
        return respond(ProblemType.VALIDATION_FAILED, "Unknown property '" + field + "' in the request body",
                List.of(new Problem.FieldError(field, "unknown property")));
    }

    @ServerExceptionMapper
    public Response invalidFormat(InvalidFormatException e) {
        return wrongType(e);
    }

    @ServerExceptionMapper
    public Response mismatchedInput(MismatchedInputException e) {
        return wrongType(e);
    }

    @ServerExceptionMapper
    public Response mapping(JsonMappingException e) {
        return wrongType(e);
    }

    @ServerExceptionMapper
    public Response malformed(JsonParseException e) {
        return respond(ProblemType.MALFORMED_JSON, "The request body is not valid JSON", List.of());
    }

    @ServerExceptionMapper
    public Response json(JsonProcessingException e) {
        return malformed(null);
    }

    @ServerExceptionMapper
    public Response notFound(NotFoundException e) {
        return respond(ProblemType.NOT_FOUND, "There is nothing at this path", List.of());
    }

    @ServerExceptionMapper
    public Response notAllowed(NotAllowedException e) {
        Response response = respond(ProblemType.METHOD_NOT_ALLOWED,
                "This path does not support the " + request.getCurrent().request().method().name() + " method",
                List.of());
        String allow = allowedMethods.allowFor(request.getCurrent().request().path());
        return allow.isEmpty() ? response : Response.fromResponse(response).header(HttpHeaders.ALLOW, allow).build();
    }

    @ServerExceptionMapper
    public Response unsupported(NotSupportedException e) {
        return respond(ProblemType.UNSUPPORTED_MEDIA_TYPE,
                "This endpoint does not accept the request's Content-Type", List.of());
    }

    @ServerExceptionMapper
    public Response notAcceptable(NotAcceptableException e) {
        return respond(ProblemType.NOT_ACCEPTABLE,
                "This endpoint cannot answer in any media type the Accept header allows", List.of());
    }

    @ServerExceptionMapper
    public Response unauthenticated(UnauthorizedException e) {
        return unauthorized();
    }

    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e) {
        return unauthorized();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e) {
        return respond(ProblemType.FORBIDDEN, "Your account may not do this", List.of());
    }

    @ServerExceptionMapper
    public Response optimisticLock(OptimisticLockException e) {
        return stale();
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        if (status == 413) {
            return respond(ProblemType.PAYLOAD_TOO_LARGE, "The request body exceeds the size limit", List.of());
        }
        if (status >= 400 && status < 500) {
            for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
                if (cause instanceof JsonMappingException mapping) {
                    return wrongType(mapping);
                }
                if (cause instanceof JsonProcessingException) {
                    return malformed(null);
                }
            }
            return respond(ProblemType.BAD_REQUEST, "The request could not be understood", List.of());
        }
        return unexpected(e);
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof OptimisticLockException || cause instanceof StaleStateException) {
                return stale();
            }
            if (cause instanceof DataException) {
                return respond(ProblemType.BAD_REQUEST, "The request holds a value that cannot be stored", List.of());
            }
            if (cause instanceof org.hibernate.exception.ConstraintViolationException) {
                // A concurrent write took the same unique value (a slug) between our check and our insert.
                return respond(ProblemType.CONFLICT, "Another write took the same value meanwhile; try again", List.of());
            }
            if (cause instanceof JDBCConnectionException || unreachable(cause)) {
                LOG.warnf("Database unavailable [requestId=%s]: %s", requestId(), cause.getMessage());
                return Response.fromResponse(respond(ProblemType.SERVICE_UNAVAILABLE,
                        "The database is unavailable; retry shortly", List.of())).header("Retry-After", "5").build();
            }
        }
        LOG.errorf(e, "Unexpected error [requestId=%s]", requestId());
        return respond(ProblemType.INTERNAL_ERROR,
                "Something went wrong on our side; quote the request id when you report it", List.of());
    }

    private Response wrongType(JsonMappingException e) {
        String field = JsonPaths.of(e);
        if (causedBy(e, JsonParseException.class)) {
            return malformed(null);
        }
        if (field.isEmpty()) {
            return respond(ProblemType.MALFORMED_JSON, "The request body does not have the expected JSON shape",
                    List.of());
        }
        return respond(ProblemType.VALIDATION_FAILED, "Property '" + field + "' has the wrong type or format",
                List.of(new Problem.FieldError(field, "wrong type or format")));
    }

    private Response unauthorized() {
        return Response.fromResponse(respond(ProblemType.UNAUTHORIZED,
                "Send a valid bearer token in the Authorization header", List.of()))
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").build();
    }

    private Response stale() {
        return respond(ProblemType.STALE_VERSION,
                "Someone else changed this item meanwhile; fetch it again and reapply your change", List.of());
    }

    private Response respond(ProblemType type, String detail, List<Problem.FieldError> errors) {
        return ProblemResponses.response(type, detail, errors, request.getCurrent());
    }

    private String requestId() {
        return RequestIds.of(request.getCurrent());
    }

    /** {@code create.request.title} becomes {@code title}; a bare parameter keeps its own name. */
    private static String fieldOf(Path path) {
        StringBuilder field = new StringBuilder();
        String parameter = null;
        for (Path.Node node : path) {
            switch (node.getKind()) {
                case PARAMETER -> parameter = node.getName();
                case PROPERTY, CONTAINER_ELEMENT -> {
                    if (node.getName() == null || node.getName().startsWith("<")) {
                        break;
                    }
                    if (!field.isEmpty()) {
                        field.append('.');
                    }
                    field.append(node.getName());
                    if (node.getIndex() != null) {
                        field.append('[').append(node.getIndex()).append(']');
                    }
                }
                default -> {
                }
            }
        }
        if (!field.isEmpty()) {
            return field.toString();
        }
        return parameter == null ? "" : parameter;
    }

    /**
     * The database is gone: a connection-class SQLState (08), the server
     * shutting down or starting (57P), or the pool giving up waiting.
     */
    private static boolean unreachable(Throwable cause) {
        if (cause instanceof java.sql.SQLException sql) {
            String state = sql.getSQLState();
            String message = String.valueOf(sql.getMessage());
            return (state != null && (state.startsWith("08") || state.startsWith("57P")))
                    || message.toLowerCase(Locale.ROOT).contains("acquisition timeout");
        }
        return false;
    }

    private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasProperty(Path path) {
        return kindOf(path, ElementKind.PROPERTY);
    }

    private static boolean kindOf(Path path, ElementKind kind) {
        for (Path.Node node : path) {
            if (node.getKind() == kind) {
                return true;
            }
        }
        return false;
    }
}
