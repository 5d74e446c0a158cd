package dev.masthead.web;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;

/**
 * Which methods a path answers, for the {@code Allow} header of a 405 (the
 * framework's own 405 does not carry one). Built once from the resources'
 * annotations, on the first 405.
 */
@ApplicationScoped
public class AllowedMethods {

    private final BeanManager beans;
    private volatile List<Route> routes;

    AllowedMethods(BeanManager beans) {
        this.beans = beans;
    }

    public String allowFor(String path) {
        Set<String> methods = new TreeSet<>();
        for (Route route : routes()) {
            if (route.pattern().matcher(path).matches()) {
                methods.add(route.method());
            }
        }
        if (methods.contains("GET")) {
            methods.add("HEAD");
        }
        if (!methods.isEmpty()) {
            methods.add("OPTIONS");
        }
        return String.join(", ", methods);
    }

    private List<Route> routes() {
        if (routes == null) {
            List<Route> found = new ArrayList<>();
            for (Bean<?> bean : beans.getBeans(Object.class, Any.Literal.INSTANCE)) {
                Path classPath = bean.getBeanClass().getAnnotation(Path.class);
                if (classPath != null) {
                    addRoutes(bean.getBeanClass(), classPath.value(), found);
                }
            }
            routes = List.copyOf(found);
        }
        return routes;
    }

    private static void addRoutes(Class<?> resource, String base, List<Route> found) {
        for (Method method : resource.getMethods()) {
            for (var annotation : method.getAnnotations()) {
                HttpMethod http = annotation.annotationType().getAnnotation(HttpMethod.class);
                if (http != null) {
                    Path sub = method.getAnnotation(Path.class);
                    found.add(new Route(template(base + (sub == null ? "" : "/" + sub.value())), http.value()));
                }
            }
        }
    }

    /** {@code /api/v1/articles/{slug}} as a regex matching one segment per parameter. */
    private static Pattern template(String path) {
        String normalized = ("/" + path).replaceAll("/+", "/").replaceAll("(.)/$", "$1");
        StringBuilder regex = new StringBuilder();
        for (String part : normalized.split("(?=\\{)|(?<=})")) {
            regex.append(part.startsWith("{") ? "[^/]+" : Pattern.quote(part));
        }
        return Pattern.compile(regex.toString());
    }

    private record Route(Pattern pattern, String method) {
    }
}
