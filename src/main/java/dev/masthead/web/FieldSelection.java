package dev.masthead.web;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The {@code fields} list parameter: a client names the item fields it needs
 * and the rest stay off the wire (small payloads for mobile lists).
 */
public final class FieldSelection {

    private FieldSelection() {
    }

    /** @return the chosen fields of {@code view}, or empty for all; a name {@code view} lacks is a 400 */
    public static Set<String> parse(String value, Class<? extends Record> view) {
        if (value == null || value.isBlank()) {
            return Set.of();
        }
        Set<String> known = new TreeSet<>(Arrays.stream(view.getRecordComponents()).map(RecordComponent::getName).toList());
        Set<String> chosen = new LinkedHashSet<>();
        for (String field : value.split(",")) {
            String name = field.strip();
            if (!known.contains(name)) {
                throw new InvalidParameterException("fields", "'" + name + "' is not a field; choose from " + String.join(", ", known));
            }
            chosen.add(name);
        }
        return chosen;
    }

    /** The list envelope with each item of {@code data} cut down to {@code fields}. */
    public static Object trim(ObjectMapper mapper, ListEnvelope<?> list, Set<String> fields) {
        if (fields.isEmpty()) {
            return list;
        }
        JsonNode tree = mapper.valueToTree(list);
        for (JsonNode item : tree.get("data")) {
            ((ObjectNode) item).retain(fields);
        }
        return tree;
    }
}
