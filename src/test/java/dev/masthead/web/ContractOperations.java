package dev.masthead.web;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/**
 * The operations of the committed contract ({@code openapi/openapi.yaml}),
 * with parameters and request body schemas resolved, for tests that walk
 * every operation.
 */
final class ContractOperations {

    /**
     * The contract types merge patches as a generic {@code MergePatch}; the
     * members a patch may carry are those of the item's request body, which is
     * the PUT's on the same path, or this schema where there is no PUT.
     */
    private static final Map<String, String> PATCH_WITHOUT_PUT = Map.of("changeUser", "UserChange");

    private ContractOperations() {
    }

    record Parameter(String name, String in, JsonNode schema) {
    }

    record Operation(String method, String path, String operationId, boolean secured, List<Parameter> parameters,
            String bodyMediaType, JsonNode bodySchema) {

        boolean management() {
            return path.startsWith("/api/v1/admin/");
        }

        boolean hasBody() {
            return bodySchema != null;
        }

        List<Parameter> in(String where) {
            return parameters.stream().filter(p -> p.in().equals(where)).toList();
        }

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    static List<Operation> read() throws IOException {
        JsonNode contract = new ObjectMapper(new YAMLFactory()).readTree(Files.readString(ContractValidation.CONTRACT));
        List<Operation> operations = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = contract.path("paths").fields(); paths.hasNext();) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext();) {
                Map.Entry<String, JsonNode> op = ops.next();
                operations.add(operation(contract, path.getKey(), op.getKey().toUpperCase(Locale.ROOT), op.getValue(),
                        path.getValue()));
            }
        }
        return operations;
    }

    private static Operation operation(JsonNode contract, String path, String method, JsonNode op, JsonNode siblings) {
        List<Parameter> parameters = new ArrayList<>();
        for (JsonNode parameter : op.path("parameters")) {
            parameters.add(new Parameter(parameter.path("name").asText(), parameter.path("in").asText(),
                    resolve(contract, parameter.path("schema"))));
        }
        String mediaType = null;
        JsonNode schema = null;
        Iterator<Map.Entry<String, JsonNode>> content = op.path("requestBody").path("content").fields();
        if (content.hasNext()) {
            Map.Entry<String, JsonNode> first = content.next();
            mediaType = first.getKey();
            schema = resolve(contract, first.getValue().path("schema"));
            if (schema.path("properties").isEmpty()) {
                schema = patchable(contract, op.path("operationId").asText(), siblings);
            }
        }
        boolean secured = op.path("security").size() > 0;
        return new Operation(method, path, op.path("operationId").asText(), secured, List.copyOf(parameters), mediaType,
                schema);
    }

    private static JsonNode patchable(JsonNode contract, String operationId, JsonNode siblings) {
        JsonNode put = siblings.path("put").path("requestBody").path("content");
        if (put.fields().hasNext()) {
            return resolve(contract, put.fields().next().getValue().path("schema"));
        }
        String name = PATCH_WITHOUT_PUT.get(operationId);
        if (name == null) {
            throw new IllegalStateException(operationId + " takes a merge patch of what? Add it to PATCH_WITHOUT_PUT");
        }
        return resolve(contract, contract.path("components").path("schemas").path(name));
    }

    /** A copy of the schema with every {@code $ref} replaced by what it names (siblings of a $ref are kept). */
    static JsonNode resolve(JsonNode contract, JsonNode schema) {
        if (schema.isObject()) {
            ObjectNode resolved = ((ObjectNode) schema).objectNode();
            JsonNode ref = schema.get("$ref");
            if (ref != null) {
                String name = ref.asText().substring("#/components/schemas/".length());
                resolved.setAll((ObjectNode) resolve(contract, contract.path("components").path("schemas").path(name)));
            }
            for (Iterator<Map.Entry<String, JsonNode>> fields = schema.fields(); fields.hasNext();) {
                Map.Entry<String, JsonNode> field = fields.next();
                if (!field.getKey().equals("$ref")) {
                    resolved.set(field.getKey(), resolve(contract, field.getValue()));
                }
            }
            return resolved;
        }
        if (schema.isArray()) {
            var resolved = new ObjectMapper().createArrayNode();
            schema.forEach(item -> resolved.add(resolve(contract, item)));
            return resolved;
        }
        return schema;
    }
}
