package dev.masthead.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.restassured.RestAssuredRequest;
import com.atlassian.oai.validator.restassured.RestAssuredResponse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;

/**
 * Holds every API call a test makes to the committed contract,
 * {@code openapi/openapi.yaml}: each response must be one the contract
 * documents for its operation and status, and a request the service accepted
 * (2xx) must be one the contract allows. Requests a test sends to be refused
 * are not held to the request schema, only their answers are.
 */
public final class ContractValidation implements Filter {

    static final Path CONTRACT = Path.of("openapi", "openapi.yaml");

    private static final ContractValidation INSTANCE = new ContractValidation();

    private final OpenApiInteractionValidator validator;

    private ContractValidation() {
        // The parser finds its extensions through the context class loader; a Quarkus test may have set
        // its own there, whose copies of those classes would not fit ours.
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(ContractValidation.class.getClassLoader());
        try {
            validator = OpenApiInteractionValidator.createForInlineApiSpecification(asOpenApi30(Files.readString(CONTRACT)))
                    .withLevelResolver(LevelResolver.create()
                            // Tests probe unknown paths and methods on purpose; their problem answers are
                            // checked by the tests themselves.
                            .withLevel("validation.request.path.missing", ValidationReport.Level.IGNORE)
                            .withLevel("validation.request.operation.notAllowed", ValidationReport.Level.IGNORE)
                            .build())
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
        var call = RestAssuredRequest.of(request);
        var answer = RestAssuredResponse.of(response);
        ValidationReport report = response.statusCode() < 300
                ? validator.validate(call, answer)
                : validator.validateResponse(call.getPath(), call.getMethod(), answer);
        if (report.hasErrors()) {
            throw new AssertionError("Breaks openapi/openapi.yaml: " + request.getMethod() + " " + request.getURI()
                    + " -> " + response.statusCode() + "\n" + report + "\nBody: " + abbreviate(response.asString()));
        }
        return response;
    }

    /**
     * This validator checks schema types only in OpenAPI 3.0 documents (it reads
     * 3.1 types into a field its checks ignore). Our generated contract uses
     * one 3.1-only form, schema {@code examples} arrays, so the validator gets
     * the same contract with those as 3.0 {@code example} values.
     */
    static String asOpenApi30(String contract) throws IOException {
        ObjectNode tree = (ObjectNode) new ObjectMapper(new YAMLFactory()).readTree(contract);
        tree.put("openapi", "3.0.3");
        examplesToExample(tree);
        return new ObjectMapper().writeValueAsString(tree);
    }

    private static void examplesToExample(JsonNode node) {
        if (node instanceof ObjectNode object) {
            JsonNode examples = object.get("examples");
            if (examples != null && examples.isArray()) {
                object.remove("examples");
                if (!examples.isEmpty()) {
                    object.set("example", examples.get(0));
                }
            }
        }
        node.forEach(ContractValidation::examplesToExample);
    }

    private static String abbreviate(String body) {
        return body.length() > 2000 ? body.substring(0, 2000) + "..." : body;
    }
}
