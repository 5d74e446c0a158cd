package dev.masthead.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * The answers an operation gives because of what it is, not what it does,
 * added to every operation of the generated contract (mp.openapi.filter):
 * <ul>
 * <li>every operation: 400 (bad input, unknown query parameters), 406, 500 and 503;</li>
 * <li>a path with a parameter ({id}, {slug}): 404;</li>
 * <li>a request body: 413 and 415;</li>
 * <li>an If-Match header: 412, and 428 on PUT, PATCH and DELETE, which need a version
 * (publish and unpublish check one only when sent);</li>
 * <li>an operation with a security requirement: 401, and in the Management API 403 and 429
 * (the request cap);</li>
 * <li>a Delivery GET: 304, and on its 200 ETag, Cache-Control and Surrogate-Key, plus
 * Link when it pages; not a draft preview, which is never cached.</li>
 * </ul>
 * A resource documents its success answers and what only it answers (a 409 for a
 * taken slug, a 301 for a moved article, the sign-in's 401 and 429). What a
 * resource states is kept; a rule only adds what is missing or replaces the
 * generator's bare guess, so running the filter again changes nothing.
 */
public class ContractRules implements OASFilter {

    private static final String MANAGEMENT = "/api/v1/admin/";
    private static final String PREVIEW = "/api/v1/preview/";
    private static final Set<PathItem.HttpMethod> NEED_VERSION = Set.of(PathItem.HttpMethod.PUT,
            PathItem.HttpMethod.PATCH, PathItem.HttpMethod.DELETE);
    private static final String IF_MATCH_ANY = "`*` matches any version: the change applies to whatever is current, "
            + "unchecked.";
    private static final String IF_MATCH_ANY_BODY = " A version in the body is then not checked either.";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().forEach((path, item) -> item.getOperations()
                .forEach((method, operation) -> apply(path, method, operation)));
    }

    private static void apply(String path, PathItem.HttpMethod method, Operation operation) {
        APIResponses responses = operation.getResponses();
        add(responses, "400", ApiContract.BAD_REQUEST);
        add(responses, "406", ApiContract.NOT_ACCEPTABLE);
        add(responses, "500", ApiContract.INTERNAL_ERROR);
        add(responses, "503", ApiContract.SERVICE_UNAVAILABLE);
        if (path.contains("{")) {
            add(responses, "404", ApiContract.NOT_FOUND);
        }
        if (operation.getRequestBody() != null) {
            add(responses, "413", ApiContract.PAYLOAD_TOO_LARGE);
            add(responses, "415", ApiContract.UNSUPPORTED_MEDIA_TYPE);
        }
        Parameter ifMatch = header(operation, "If-Match");
        if (ifMatch != null) {
            add(responses, "412", ApiContract.PRECONDITION_FAILED);
            if (NEED_VERSION.contains(method)) {
                add(responses, "428", ApiContract.PRECONDITION_REQUIRED);
            }
            describeWildcard(ifMatch, operation.getRequestBody() != null && NEED_VERSION.contains(method));
        }
        if (operation.getSecurity() != null && !operation.getSecurity().isEmpty()) {
            add(responses, "401", ApiContract.UNAUTHORIZED);
            if (path.startsWith(MANAGEMENT)) {
                add(responses, "403", ApiContract.FORBIDDEN);
                add(responses, "429", ApiContract.TOO_MANY_REQUESTS);
            }
        }
        if (method == PathItem.HttpMethod.GET && !path.startsWith(MANAGEMENT) && !path.startsWith(PREVIEW)) {
            add(responses, "304", ApiContract.NOT_MODIFIED);
            APIResponse ok = responses.getAPIResponse("200");
            if (ok != null) {
                ok.setHeaders(cachingHeaders(ok.getHeaders(), query(operation, "page") != null));
            }
        }
        responses.setAPIResponses(new TreeMap<>(responses.getAPIResponses()));
    }

    private static void add(APIResponses responses, String status, String component) {
        APIResponse stated = responses.getAPIResponse(status);
        if (stated == null || placeholder(stated)) {
            responses.addAPIResponse(status, OASFactory.createAPIResponse().ref(component));
        }
    }

    /**
     * The generator's guess for an operation with input (a 400) or a secured one
     * (401, 403): a description and nothing else. A resource that means its own
     * answer for one of these statuses gives it content or headers.
     */
    private static boolean placeholder(APIResponse response) {
        return response.getRef() == null && response.getContent() == null && response.getHeaders() == null;
    }

    /** A Delivery item names its validator, its freshness and what a CDN purges it by; a page links its neighbours. */
    private static Map<String, Header> cachingHeaders(Map<String, Header> stated, boolean pages) {
        Map<String, Header> headers = new LinkedHashMap<>();
        headers.put("ETag", headerRef("ETag"));
        headers.put("Cache-Control", headerRef("Cache-Control"));
        if (stated != null) {
            headers.putAll(stated);
        }
        if (pages) {
            headers.putIfAbsent("Link", headerRef("Link"));
        }
        headers.putIfAbsent("Surrogate-Key", headerRef("Surrogate-Key"));
        return headers;
    }

    private static Header headerRef(String name) {
        return OASFactory.createHeader().ref(name);
    }

    /** {@code If-Match: *} is the documented way to overwrite on purpose (see ExpectedVersion). */
    private static void describeWildcard(Parameter ifMatch, boolean bodyMayNameVersion) {
        String description = ifMatch.getDescription();
        if (description != null && description.contains(IF_MATCH_ANY)) {
            return;
        }
        String wildcard = IF_MATCH_ANY + (bodyMayNameVersion ? IF_MATCH_ANY_BODY : "");
        ifMatch.setDescription(description == null || description.isBlank() ? wildcard : description + ". " + wildcard);
    }

    private static Parameter header(Operation operation, String name) {
        return parameter(operation, Parameter.In.HEADER, name);
    }

    private static Parameter query(Operation operation, String name) {
        return parameter(operation, Parameter.In.QUERY, name);
    }

    private static Parameter parameter(Operation operation, Parameter.In in, String name) {
        List<Parameter> parameters = operation.getParameters();
        if (parameters == null) {
            return null;
        }
        return parameters.stream().filter(p -> p.getIn() == in && name.equalsIgnoreCase(p.getName())).findFirst()
                .orElse(null);
    }
}
