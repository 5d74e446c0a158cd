package dev.masthead.web;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Request bodies for one body schema of the contract: a valid one, and that
 * one spoiled field by field (wrong JSON types, null, one past each limit,
 * hostile text, bad formats, unknown members), as JSON text.
 */
final class BodyMutations {

    record Body(String label, String json) {
    }

    /** One member a body may carry: its dotted path ({@code featureImage.url}, {@code tagIds[0]}) and schema. */
    private record Field(String path, JsonNode schema) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SLOT = "@@campaign-slot@@";
    private static final AtomicLong UNIQUE = new AtomicLong();
    private static final int HOSTILE_PER_FIELD = 3;

    private final JsonNode schema;
    private final Function<String, String> idFor;
    private final Random random;
    private final String run;

    /** @param idFor an existing id for a uuid member, by member name (authorIds, tagIds), or null */
    BodyMutations(JsonNode schema, Function<String, String> idFor, Random random, String run) {
        this.schema = schema;
        this.idFor = idFor;
        this.random = random;
        this.run = run;
    }

    /** A body the contract allows, with only the required members (as unique as a create needs). */
    ObjectNode valid() {
        ObjectNode body = JSON.createObjectNode();
        for (JsonNode required : schema.path("required")) {
            body.set(required.asText(), validValue(required.asText(), schema.path("properties").path(required.asText())));
        }
        return body;
    }

    List<Body> all() {
        List<Body> bodies = new ArrayList<>();
        bodies.add(new Body("valid", valid().toString()));
        List<Field> fields = fields("", schema, new ArrayList<>());
        for (Field field : fields) {
            for (String wrong : wrongTypes(field.schema())) {
                bodies.add(set(field, "wrong type " + abbreviate(wrong), wrong));
            }
            bodies.add(set(field, "null", "null"));
            bodies.addAll(limits(field));
            bodies.addAll(formats(field));
        }
        bodies.addAll(hostileText(fields));
        bodies.addAll(unknownMembers(fields));
        return bodies;
    }

    private List<Field> fields(String prefix, JsonNode object, List<Field> into) {
        for (Iterator<Map.Entry<String, JsonNode>> it = object.path("properties").fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> property = it.next();
            String path = prefix + property.getKey();
            JsonNode schema = property.getValue();
            into.add(new Field(path, schema));
            if (schema.path("type").asText().equals("object")) {
                fields(path + ".", schema, into);
            } else if (schema.path("type").asText().equals("array") && schema.path("items").path("type").asText().equals("string")) {
                into.add(new Field(path + "[0]", schema.path("items")));
            }
        }
        return into;
    }

    private static List<String> wrongTypes(JsonNode schema) {
        return switch (schema.path("type").asText()) {
            case "string" -> List.of("42", "true", "[]", "{}", "-1.5e308");
            case "integer" -> List.of("\"1\"", "1.5", "true", "1e400", "9223372036854775808", "-9223372036854775809", "[]",
                    "{}");
            case "boolean" -> List.of("\"true\"", "1", "[]", "{}");
            case "array" -> List.of("\"x\"", "{}", "42", "[null]", "[[]]", "[{}]", "[42]");
            case "object" -> List.of("\"x\"", "[]", "42", "true");
            default -> List.of("[]");
        };
    }

    private List<Body> limits(Field field) {
        List<Body> bodies = new ArrayList<>();
        JsonNode schema = field.schema();
        boolean slug = schema.path("pattern").asText().startsWith("^[a-z0-9]");
        String letter = slug ? "a" : "x";
        if (schema.has("maxLength")) {
            int max = schema.path("maxLength").asInt();
            bodies.add(set(field, "one past maxLength " + max, HostileValues.quote(letter.repeat(max + 1))));
            bodies.add(set(field, "at maxLength " + max, HostileValues.quote(letter.repeat(max))));
            if (!slug) {
                // Two UTF-16 units each: what Java counts is not what PostgreSQL counts.
                bodies.add(set(field, "maxLength of emoji", HostileValues.quote("🚢".repeat(max / 2))));
            }
        }
        if (schema.path("minLength").asInt() > 0) {
            bodies.add(set(field, "under minLength", HostileValues.quote("x".repeat(schema.path("minLength").asInt() - 1))));
        }
        if (schema.has("maxItems")) {
            ArrayNode items = JSON.createArrayNode();
            for (int i = 0; i <= schema.path("maxItems").asInt(); i++) {
                items.add(id().toString());
            }
            bodies.add(set(field, "one past maxItems", items.toString()));
        }
        if (schema.path("type").asText().equals("array")) {
            JsonNode item = validValue(field.path(), schema.path("items"));
            bodies.add(set(field, "duplicate items", "[" + item + "," + item + "]"));
            bodies.add(set(field, "empty array", "[]"));
        }
        if (schema.path("type").asText().equals("integer")) {
            for (String number : List.of("-1", "0", "9223372036854775807", "-9223372036854775808")) {
                bodies.add(set(field, "integer " + number, number));
            }
        }
        return bodies;
    }

    private List<Body> formats(Field field) {
        JsonNode schema = field.schema();
        List<Body> bodies = new ArrayList<>();
        switch (schema.path("format").asText()) {
            case "uri" -> {
                for (String uri : HostileValues.URIS) {
                    bodies.add(set(field, "uri " + abbreviate(uri), HostileValues.quote(uri)));
                }
            }
            case "date-time" -> {
                for (String date : HostileValues.DATES) {
                    bodies.add(set(field, "date " + date, HostileValues.quote(date)));
                }
            }
            case "uuid" -> {
                for (String id : List.of(id().toString(), new UUID(0, 0).toString(), "not-a-uuid",
                        id().toString().toUpperCase(), "{" + id() + "}", "1-1-1-1-1")) {
                    bodies.add(set(field, "id " + id, HostileValues.quote(id)));
                }
            }
            default -> {
            }
        }
        if (schema.has("enum")) {
            String first = schema.path("enum").path(0).asText();
            for (String value : List.of("bogus", first.toLowerCase(), first + " ", "", "SUPERUSER")) {
                bodies.add(set(field, "enum " + value, HostileValues.quote(value)));
            }
        }
        return bodies;
    }

    /** Every hostile string in some text member, and each text member a few of them, chosen by the seed. */
    private List<Body> hostileText(List<Field> fields) {
        List<Field> text = fields.stream().filter(f -> f.schema().path("type").asText().equals("string")).toList();
        List<Body> bodies = new ArrayList<>();
        if (text.isEmpty()) {
            return bodies;
        }
        for (String hostile : HostileValues.JSON_STRINGS) {
            Field field = text.get(random.nextInt(text.size()));
            bodies.add(set(field, "hostile " + abbreviate(hostile), hostile));
        }
        if (hashesAPassword()) {
            // Each such request costs the server a bcrypt round; every hostile string once is enough.
            return bodies;
        }
        for (Field field : text) {
            List<String> some = new ArrayList<>(HostileValues.JSON_STRINGS);
            Collections.shuffle(some, random);
            for (String hostile : some.subList(0, HOSTILE_PER_FIELD)) {
                bodies.add(set(field, "hostile " + abbreviate(hostile), hostile));
            }
        }
        return bodies;
    }

    private boolean hashesAPassword() {
        for (Iterator<String> names = schema.path("properties").fieldNames(); names.hasNext();) {
            if (names.next().toLowerCase().contains("password")) {
                return true;
            }
        }
        return false;
    }

    private List<Body> unknownMembers(List<Field> fields) {
        List<Body> bodies = new ArrayList<>();
        for (String member : List.of("unexpected", "__proto__", "constructor", "id", "createdAt", "status", "role",
                "passwordHash", "Title", "")) {
            if (!schema.path("properties").has(member)) {
                bodies.add(set(new Field(member, schema), "unknown member '" + member + "'", "{\"admin\":true}"));
            }
        }
        for (Field field : fields) {
            if (field.schema().path("type").asText().equals("object")) {
                bodies.add(set(new Field(field.path() + ".bogus", field.schema()), "unknown nested member", "1"));
            }
        }
        return bodies;
    }

    /** The valid body with the member at {@code path} set to the raw JSON {@code value}. */
    private Body set(Field field, String label, String value) {
        ObjectNode body = valid();
        String[] steps = field.path().split("\\.");
        ObjectNode parent = body;
        for (int i = 0; i < steps.length - 1; i++) {
            JsonNode next = parent.get(steps[i]);
            if (!(next instanceof ObjectNode)) {
                next = parent.putObject(steps[i]);
            }
            parent = (ObjectNode) next;
        }
        String last = steps.length == 0 ? "" : steps[steps.length - 1];
        if (last.endsWith("[0]")) {
            parent.putArray(last.substring(0, last.length() - 3)).add(SLOT);
        } else {
            parent.put(last, SLOT);
        }
        return new Body(field.path() + ": " + label, body.toString().replace("\"" + SLOT + "\"", value));
    }

    private JsonNode validValue(String name, JsonNode schema) {
        if (schema.has("enum")) {
            return schema.path("enum").path(0);
        }
        return switch (schema.path("type").asText()) {
            case "integer" -> JSON.getNodeFactory().numberNode(1);
            case "boolean" -> JSON.getNodeFactory().booleanNode(name.equals("active"));
            case "array" -> {
                ArrayNode items = JSON.createArrayNode();
                if (schema.path("minItems").asInt() > 0 || idFor.apply(name) != null) {
                    items.add(validValue(name, schema.path("items")));
                }
                yield items;
            }
            case "object" -> {
                ObjectNode object = JSON.createObjectNode();
                for (JsonNode required : schema.path("required")) {
                    object.set(required.asText(), validValue(required.asText(), schema.path("properties").path(required.asText())));
                }
                yield object;
            }
            default -> JSON.getNodeFactory().textNode(validText(name, schema));
        };
    }

    private String validText(String name, JsonNode schema) {
        long n = UNIQUE.incrementAndGet();
        String format = schema.path("format").asText();
        if (format.equals("uri")) {
            return "https://example.org/campaign/" + n;
        }
        if (format.equals("date-time")) {
            return "2024-01-01T00:00:00Z";
        }
        if (format.equals("uuid")) {
            String id = idFor.apply(name);
            return id == null ? id().toString() : id;
        }
        if (schema.path("pattern").asText().startsWith("^[a-z0-9]")) {
            return "campaign-" + run + "-" + n;
        }
        if (name.equals("email")) {
            // Never an existing account: failed sign-ins must not lock anyone out.
            return "campaign-" + run + "-" + n + "@masthead.test";
        }
        String text = name.toLowerCase().contains("password") ? "campaign-password-" + n : "Campaign " + run + " " + n;
        int min = schema.path("minLength").asInt();
        return text.length() >= min ? text : text + "x".repeat(min - text.length());
    }

    private static String abbreviate(String text) {
        return text.length() > 40 ? text.substring(0, 40) + "…(" + text.length() + ")" : text;
    }

    /** A random (version 4) id from the seeded generator, so a run's ids are the same every time. */
    private UUID id() {
        return new UUID((random.nextLong() & ~0xF000L) | 0x4000L, (random.nextLong() & ~(3L << 62)) | (1L << 63));
    }
}
