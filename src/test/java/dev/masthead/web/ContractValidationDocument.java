package dev.masthead.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/**
 * The committed contract as the validator needs to read it, with what the
 * contract says in prose spelled out as operations, so that no answer goes
 * unchecked:
 * <ul>
 * <li>HEAD on a path with a GET is that GET without bodies (RFC 9110 9.3.2):
 * same statuses, same headers, and a body would be an error;</li>
 * <li>every other method a path does not list answers the shared
 * {@code MethodNotAllowed} (405 with Allow);</li>
 * <li>{@link #NO_SUCH_PATH} stands for every path the contract does not have:
 * it answers the shared {@code NotFound}.</li>
 * </ul>
 */
final class ContractValidationDocument {

    /** Where answers to paths the contract does not have are checked; no real path looks like it. */
    static final String NO_SUCH_PATH = "/-no-such-path-";

    private static final List<String> METHODS = List.of("get", "head", "put", "post", "delete", "patch");
    private static final String RESPONSES = "#/components/responses/";
    private static final Pattern PATH_PARAMETER = Pattern.compile("\\{([^}]+)}");

    private ContractValidationDocument() {
    }

    static String of(String contract) throws IOException {
        ObjectMapper json = new ObjectMapper();
        ObjectNode tree = (ObjectNode) new ObjectMapper(new YAMLFactory()).readTree(contract);
        asOpenApi30(tree);
        JsonNode components = tree.path("components").path("responses");
        ObjectNode paths = (ObjectNode) tree.get("paths");
        for (Map.Entry<String, JsonNode> path : paths.properties()) {
            ObjectNode item = (ObjectNode) path.getValue();
            if (item.has("get") && !item.has("head")) {
                item.set("head", withoutBodies(item.get("get").deepCopy(), components));
            }
            for (String method : METHODS) {
                if (!item.has(method)) {
                    item.set(method, answering(json, path.getKey(), "405", ApiContract.METHOD_NOT_ALLOWED));
                }
            }
        }
        ObjectNode nowhere = paths.putObject(NO_SUCH_PATH);
        for (String method : METHODS) {
            nowhere.set(method, answering(json, NO_SUCH_PATH, "404", ApiContract.NOT_FOUND));
        }
        return json.writeValueAsString(tree);
    }

    /**
     * This validator checks schema types only in OpenAPI 3.0 documents (it reads
     * 3.1 types into a field its checks ignore). Our generated contract uses
     * one 3.1-only form, schema {@code examples} arrays, so the validator gets
     * the same contract with those as 3.0 {@code example} values.
     */
    private static void asOpenApi30(ObjectNode tree) {
        tree.put("openapi", "3.0.3");
        examplesToExample(tree);
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
        node.forEach(ContractValidationDocument::examplesToExample);
    }

    /** The GET's responses, shared ones resolved, each without content: a HEAD answer has no body. */
    private static ObjectNode withoutBodies(ObjectNode operation, JsonNode components) {
        operation.remove("operationId");
        ObjectNode responses = (ObjectNode) operation.get("responses");
        List<String> statuses = new ArrayList<>();
        responses.fieldNames().forEachRemaining(statuses::add);
        for (String status : statuses) {
            ObjectNode resolved = responses.get(status).deepCopy();
            String ref = resolved.path("$ref").asText("");
            if (ref.startsWith(RESPONSES)) {
                resolved = components.get(ref.substring(RESPONSES.length())).deepCopy();
            }
            resolved.remove("content");
            responses.set(status, resolved);
        }
        return operation;
    }

    /** An operation that only answers {@code status}; the parser wants each {parameter} of its path declared. */
    private static ObjectNode answering(ObjectMapper json, String path, String status, String component) {
        ObjectNode operation = json.createObjectNode();
        Matcher parameter = PATH_PARAMETER.matcher(path);
        while (parameter.find()) {
            ObjectNode declared = operation.withArray("parameters").addObject();
            declared.put("name", parameter.group(1)).put("in", "path").put("required", true);
            declared.putObject("schema").put("type", "string");
        }
        operation.putArray("security");
        operation.putObject("responses").putObject(status).put("$ref", RESPONSES + component);
        return operation;
    }
}
