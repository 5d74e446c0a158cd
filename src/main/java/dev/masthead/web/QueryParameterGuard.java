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

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import jakarta.inject.Inject;

/**
 * Refuses query parameters an endpoint does not declare. A typo such as
 * {@code ?pagesize=5} would otherwise be ignored silently and the client
 * would never learn why its page is 20 long.
 */
public class QueryParameterGuard {

    private final Map<Method, Set<String>> declared = new ConcurrentHashMap<>();

    @Inject
    CurrentVertxRequest request;

    @ServerRequestFilter
    public Response rejectUnknown(ContainerRequestContext context, ResourceInfo resource) {
        Method method = resource.getResourceMethod();
        if (method == null) {
            return null;
        }
        Set<String> allowed = declared.computeIfAbsent(method, QueryParameterGuard::queryParametersOf);
        Set<String> unknown = new TreeSet<>(context.getUriInfo().getQueryParameters().keySet());
        unknown.removeAll(allowed);
        if (unknown.isEmpty()) {
            return null;
        }
        String name = unknown.iterator().next();
        String detail = allowed.isEmpty()
                ? "This endpoint takes no query parameters, but got '" + name + "'"
                : "Unknown query parameter '" + name + "'; this endpoint takes " + String.join(", ", new TreeSet<>(allowed));
        List<Problem.FieldError> errors = unknown.stream().map(n -> new Problem.FieldError(n, "unknown parameter")).toList();
        return ProblemResponses.response(ProblemType.UNKNOWN_PARAMETER, detail, errors, request.getCurrent());
    }

    private static Set<String> queryParametersOf(Method method) {
        Set<String> names = new HashSet<>();
        for (Parameter parameter : method.getParameters()) {
            QueryParam query = parameter.getAnnotation(QueryParam.class);
            if (query != null) {
                names.add(query.value());
            }
            if (parameter.isAnnotationPresent(BeanParam.class)) {
                for (Class<?> type = parameter.getType(); type != null && type != Object.class; type = type.getSuperclass()) {
                    for (Field field : type.getDeclaredFields()) {
                        QueryParam fieldQuery = field.getAnnotation(QueryParam.class);
                        if (fieldQuery != null) {
                            names.add(fieldQuery.value());
                        }
                    }
                }
            }
        }
        return Set.copyOf(names);
    }
}
