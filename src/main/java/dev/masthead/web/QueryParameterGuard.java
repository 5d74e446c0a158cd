package dev.masthead.web;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import dev.masthead.web.problem.Problem;
import dev.masthead.web.problem.ProblemResponses;
import dev.masthead.web.problem.ProblemType;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Refuses query parameters an endpoint does not declare, and empty values
 * unless a parameter allows one ({@code @Parameter(allowEmptyValue = true)}).
 * A typo such as {@code ?pagesize=5} would otherwise be ignored silently and
 * the client would never learn why its page is 20 long.
 */
public class QueryParameterGuard {

    /** The contract's parameter annotation: its allowEmptyValue decides here too. */
    private static final Class<org.eclipse.microprofile.openapi.annotations.parameters.Parameter> DOCUMENTED =
            org.eclipse.microprofile.openapi.annotations.parameters.Parameter.class;

    private final Map<Method, Declared> declared = new ConcurrentHashMap<>();

    @Inject
    CurrentVertxRequest request;

    @ServerRequestFilter
    public Response rejectUnknown(ContainerRequestContext context, ResourceInfo resource) {
        Method method = resource.getResourceMethod();
        if (method == null) {
            return null;
        }
        Declared parameters = declared.computeIfAbsent(method, QueryParameterGuard::queryParametersOf);
        Set<String> allowed = parameters.names();
        var query = context.getUriInfo().getQueryParameters();
        Set<String> unknown = new TreeSet<>(query.keySet());
        unknown.removeAll(allowed);
        if (unknown.isEmpty()) {
            return rejectEmpty(query, parameters.emptyAllowed());
        }
        String name = unknown.iterator().next();
        String detail = allowed.isEmpty()
                ? "This endpoint takes no query parameters, but got '" + name + "'"
                : "Unknown query parameter '" + name + "'; this endpoint takes " + String.join(", ", new TreeSet<>(allowed));
        List<Problem.FieldError> errors = unknown.stream().map(n -> new Problem.FieldError(n, "unknown parameter")).toList();
        return ProblemResponses.response(ProblemType.UNKNOWN_PARAMETER, detail, errors, request.getCurrent());
    }

    private Response rejectEmpty(MultivaluedMap<String, String> query, Set<String> emptyAllowed) {
        for (Map.Entry<String, List<String>> parameter : query.entrySet()) {
            if (!emptyAllowed.contains(parameter.getKey())
                    && parameter.getValue().stream().anyMatch(value -> value == null || value.isEmpty())) {
                String name = parameter.getKey();
                return ProblemResponses.response(ProblemType.INVALID_PARAMETER,
                        "Query parameter '" + name + "' has no value; leave it out for the default",
                        List.of(new Problem.FieldError(name, "must not be empty")), request.getCurrent());
            }
        }
        return null;
    }

    private static Declared queryParametersOf(Method method) {
        Set<String> names = new HashSet<>();
        Set<String> emptyAllowed = new HashSet<>();
        for (Parameter parameter : method.getParameters()) {
            declare(parameter.getAnnotation(QueryParam.class), parameter.getAnnotation(DOCUMENTED),
                    names, emptyAllowed);
            if (parameter.isAnnotationPresent(BeanParam.class)) {
                for (Class<?> type = parameter.getType(); type != null && type != Object.class; type = type.getSuperclass()) {
                    for (Field field : type.getDeclaredFields()) {
                        declare(field.getAnnotation(QueryParam.class), field.getAnnotation(DOCUMENTED),
                                names, emptyAllowed);
                    }
                }
            }
        }
        return new Declared(Set.copyOf(names), Set.copyOf(emptyAllowed));
    }

    private static void declare(QueryParam query, org.eclipse.microprofile.openapi.annotations.parameters.Parameter documented, Set<String> names,
            Set<String> emptyAllowed) {
        if (query != null) {
            names.add(query.value());
            if (documented != null && documented.allowEmptyValue()) {
                emptyAllowed.add(query.value());
            }
        }
    }

    private record Declared(Set<String> names, Set<String> emptyAllowed) {
    }
}
