package dev.masthead.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.restassured.RestAssuredRequest;
import com.atlassian.oai.validator.restassured.RestAssuredResponse;

import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;

/**
 * Holds every API call a test makes to the committed contract,
 * {@code openapi/openapi.yaml}: each response must be one the contract
 * documents for its operation and status, and a request the service accepted
 * (below 400) must be one the contract allows. Requests a test sends to be
 * refused are not held to the request schema, only their answers are.
 * HEAD, methods a path does not list and paths the contract does not have are
 * held to what the contract says of them (see {@link ContractValidationDocument}).
 * <p>
 * Two kinds of call are not checked, because the contract does not describe
 * them: Quarkus's own endpoints under {@code /q/} (the contract document, Swagger
 * UI, health, metrics: OpenApiContractTest and OperationsTest check those), and
 * OPTIONS, which is a browser's CORS preflight answered by BrowserPolicy before
 * any resource (BrowserPolicyTest checks those) or the framework's automatic
 * answer; no typed client calls it.
 */
public final class ContractValidation implements Filter {

    static final Path CONTRACT = Path.of("openapi", "openapi.yaml");

    private static final String MISSING_PATH = "validation.request.path.missing";
    private static final Pattern ESCAPE = Pattern.compile("%([0-9A-Fa-f]{2})");

    private static final ContractValidation INSTANCE = new ContractValidation();

    private final OpenApiInteractionValidator validator;

    private ContractValidation() {
        // The parser finds its extensions through the context class loader; a Quarkus test may have set
        // its own there, whose copies of those classes would not fit ours.
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(ContractValidation.class.getClassLoader());
        try {
            validator = OpenApiInteractionValidator
                    .createForInlineApiSpecification(ContractValidationDocument.of(Files.readString(CONTRACT)))
                    // Every finding is an error; the builder's default would let unknown query parameters pass.
                    .withLevelResolver(LevelResolver.create().build())
                    .build();
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read the contract " + CONTRACT.toAbsolutePath(), e);
        } catch (OpenApiInteractionValidator.ApiLoadException e) {
            throw new IllegalStateException("The contract does not parse: " + e.getParseMessages(), e);
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    public static ContractValidation filter() {
        return INSTANCE;
    }

    @Override
    public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification expectations,
            FilterContext context) {
        Response response = context.next(request, expectations);
        ValidationReport report = validate(RestAssuredRequest.of(request), RestAssuredResponse.of(response));
        if (report.hasErrors()) {
            throw new AssertionError("Breaks openapi/openapi.yaml: " + request.getMethod() + " " + request.getURI()
                    + " -> " + response.statusCode() + "\n" + report + "\nBody: " + abbreviate(response.asString()));
        }
        return response;
    }

    /** What the contract says of this exchange; empty for the two kinds it does not describe. */
    ValidationReport validate(Request sent, com.atlassian.oai.validator.model.Response answer) {
        Request call = asRouted(sent);
        if (call.getPath().startsWith("/q/") || call.getMethod() == Request.Method.OPTIONS) {
            return ValidationReport.empty();
        }
        ValidationReport report = answer.getStatus() < 400
                ? validator.validate(call, answer)
                : validator.validateResponse(call.getPath(), call.getMethod(), answer);
        if (report.getMessages().stream().anyMatch(m -> MISSING_PATH.equals(m.getKey()))) {
            return validator.validateResponse(ContractValidationDocument.NO_SUCH_PATH, call.getMethod(), answer);
        }
        return report;
    }

    /**
     * The request with its path as the router matches it: a percent-encoded
     * unreserved character is that character (RFC 3986 6.2.2.2), so
     * {@code /api/v1/%61dmin/articles} is the admin list and is held to it.
     */
    private static Request asRouted(Request call) {
        Matcher escape = ESCAPE.matcher(call.getPath());
        StringBuilder path = new StringBuilder();
        while (escape.find()) {
            char decoded = (char) Integer.parseInt(escape.group(1), 16);
            escape.appendReplacement(path, Matcher.quoteReplacement(unreserved(decoded) ? String.valueOf(decoded) : escape.group()));
        }
        escape.appendTail(path);
        if (path.toString().equals(call.getPath())) {
            return call;
        }
        SimpleRequest.Builder routed = new SimpleRequest.Builder(call.getMethod(), path.toString());
        call.getHeaders().forEach((name, values) -> routed.withHeader(name, List.copyOf(values)));
        call.getQueryParameters().forEach(name -> routed.withQueryParam(name, List.copyOf(call.getQueryParameterValues(name))));
        call.getRequestBody().ifPresent(routed::withBody);
        return routed.build();
    }

    private static boolean unreserved(char c) {
        return c < 128 && (Character.isLetterOrDigit(c) || "-._~".indexOf(c) >= 0);
    }

    private static String abbreviate(String body) {
        return body.length() > 2000 ? body.substring(0, 2000) + "..." : body;
    }
}
