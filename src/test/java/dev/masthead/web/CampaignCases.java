package dev.masthead.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;

import dev.masthead.web.ContractOperations.Operation;
import dev.masthead.web.ContractOperations.Parameter;

/**
 * The requests of the hostile campaign, generated from the contract, one
 * operation at a time: its query parameters, path parameters, headers and
 * body each spoiled in turn, the rest left valid. The same seed gives the
 * same requests in the same order.
 */
final class CampaignCases {

    enum Caller { ADMIN, ANONYMOUS, FORGED }

    /**
     * One request. {@code defect} names a fixed defect this request once ran
     * into (a 500 on dates past the database's range, on forged cursors), so a
     * regression says what came back; null for the others.
     */
    record Case(String operation, String label, String method, String target, Map<String, String> headers, byte[] body,
            Caller caller, String defect) {

        @Override
        public String toString() {
            return label + " [" + method + " " + abbreviate(target) + ", " + caller + "]"
                    + (defect == null ? "" : " (regression of: " + defect + ")");
        }
    }

    /** Makes the items the campaign's requests point at. */
    interface Items {

        /**
         * The id of a new item in the collection ({@code articles}, {@code tags}, ...) for one
         * operation's requests alone, or the slug of a published one for a Delivery read.
         */
        String itemFor(Operation op, String collection, boolean slug);
    }

    /** What the campaign's requests point at and carry: ids for bodies, credentials that must fail. */
    record Fixtures(Items items, String authorId, String tagId, List<String> forgedCredentials) {
    }

    static final String BEYOND_DATABASE_RANGE = "published-date-beyond-database-range";
    static final String FORGED_CURSOR = "forged-cursor";

    private static final double ANONYMOUS_SHARE = 0.1;

    private final Fixtures fixtures;
    private final Map<String, String> items = new HashMap<>();
    private final Random random;
    private final String run;

    CampaignCases(Fixtures fixtures, long seed, String run) {
        this.fixtures = fixtures;
        this.random = new Random(seed);
        this.run = run;
    }

    List<Case> forOperation(Operation op) {
        List<Case> cases = new ArrayList<>();
        Caller caller = op.secured() ? Caller.ADMIN : Caller.ANONYMOUS;
        Map<String, String> headers = defaultHeaders(op);
        BodyMutations bodies = op.hasBody() ? new BodyMutations(op.bodySchema(), this::idFor, random, run) : null;
        byte[] valid = bodies == null ? null : utf8(bodies.valid().toString());
        String path = path(op, null);

        cases.add(new Case(op.operationId(), "valid", op.method(), path, headers, valid, caller, null));
        for (Parameter parameter : op.in("query")) {
            for (String[] value : queryValues(parameter)) {
                String defect = defectOf(parameter, value[1]);
                cases.add(new Case(op.operationId(), "?" + parameter.name() + " " + value[0], op.method(),
                        path + "?" + parameter.name() + "=" + value[1], headers, valid, caller, defect));
            }
            cases.add(new Case(op.operationId(), "?" + parameter.name() + " twice", op.method(),
                    path + "?" + parameter.name() + "=1&" + parameter.name() + "=2", headers, valid, caller, null));
            cases.add(new Case(op.operationId(), "?" + parameter.name() + " without =", op.method(), path + "?" + parameter.name(), headers,
                    valid, caller, null));
        }
        for (String unknown : unknownQueries(op)) {
            cases.add(new Case(op.operationId(), "unknown query " + unknown, op.method(), path + "?" + unknown, headers, valid, caller, null));
        }
        for (Parameter parameter : op.in("path")) {
            for (String value : pathValues(op, parameter)) {
                Map<String, String> anyVersion = new LinkedHashMap<>(headers);
                if (!op.in("header").isEmpty()) {
                    anyVersion.put("If-Match", "*");
                }
                cases.add(new Case(op.operationId(), "{" + parameter.name() + "} " + value, op.method(), path(op, value), anyVersion, valid,
                        caller, null));
            }
        }
        for (Parameter header : op.in("header")) {
            for (String value : HostileValues.IF_MATCH) {
                cases.add(new Case(op.operationId(), header.name() + ": " + value, op.method(), path, with(headers, header.name(), value), valid,
                        caller, null));
            }
        }
        if (bodies != null) {
            for (BodyMutations.Body body : bodies.all()) {
                cases.add(new Case(op.operationId(), "body " + body.label(), op.method(), path, headers, utf8(body.json()), caller, null));
            }
            for (String malformed : HostileValues.MALFORMED) {
                cases.add(new Case(op.operationId(), "malformed body " + abbreviate(malformed), op.method(), path, headers, utf8(malformed),
                        caller, null));
            }
            cases.add(new Case(op.operationId(), "body with a byte-order mark", op.method(), path, headers, utf8("\uFEFF" + bodies.valid()),
                    caller, null));
            cases.add(new Case(op.operationId(), "body not UTF-8", op.method(), path, headers, new byte[] { '{', '"', (byte) 0xC3, '(', '"', ':',
                    '1', '}' }, caller, null));
            for (String type : contentTypes(op)) {
                byte[] body = type.endsWith("utf-16") ? bodies.valid().toString().getBytes(StandardCharsets.UTF_16) : valid;
                cases.add(new Case(op.operationId(), "Content-Type: " + type, op.method(), path, with(headers, "Content-Type", type), body,
                        caller, null));
            }
            Map<String, String> untyped = new LinkedHashMap<>(headers);
            untyped.remove("Content-Type");
            cases.add(new Case(op.operationId(), "no Content-Type", op.method(), path, untyped, valid, caller, null));
        }
        List<String> accepts = new ArrayList<>(HostileValues.ACCEPTS);
        Collections.shuffle(accepts, random);
        for (String accept : accepts.subList(0, 2)) {
            cases.add(new Case(op.operationId(), "Accept: " + accept, op.method(), path, with(headers, "Accept", accept), valid, caller, null));
        }
        if (op.secured()) {
            for (String credential : fixtures.forgedCredentials()) {
                cases.add(new Case(op.operationId(), "forged credential " + abbreviate(credential), op.method(), path,
                        with(headers, "Authorization", credential), valid, Caller.FORGED, null));
            }
            for (Case admin : List.copyOf(cases)) {
                if (admin.caller() == Caller.ADMIN && random.nextDouble() < ANONYMOUS_SHARE) {
                    cases.add(new Case(admin.operation(), admin.label() + " (anonymous)", admin.method(), admin.target(), admin.headers(),
                            admin.body(), Caller.ANONYMOUS, admin.defect()));
                }
            }
        }
        return cases;
    }

    private Map<String, String> defaultHeaders(Operation op) {
        Map<String, String> headers = new LinkedHashMap<>();
        if (op.hasBody()) {
            headers.put("Content-Type", op.bodyMediaType());
        }
        // Writes go through to validation and the service; a DELETE of a real item needs a real version.
        if (!op.in("header").isEmpty() && !op.method().equals("DELETE")) {
            headers.put("If-Match", "*");
        }
        return Map.copyOf(headers);
    }

    /** The operation's path with its parameters filled: the given raw value, or an existing item's. */
    private String path(Operation op, String value) {
        String path = op.path();
        for (Parameter parameter : op.in("path")) {
            String placeholder = "{" + parameter.name() + "}";
            String fill = value != null ? value : existing(op, placeholder);
            path = path.replace(placeholder, fill);
        }
        return path;
    }

    /**
     * The id or slug of the item the operation's requests point at, one of
     * its own (no operation's writes get in another's way); a DELETE without
     * If-Match gets a random id, so its item lasts the whole campaign.
     */
    private String existing(Operation op, String placeholder) {
        String before = op.path().substring(0, op.path().indexOf(placeholder) - 1);
        String collection = before.substring(before.lastIndexOf('/') + 1);
        if (op.method().equals("DELETE") && op.in("header").isEmpty()) {
            return id().toString();
        }
        return items.computeIfAbsent(op.operationId() + placeholder,
                key -> fixtures.items().itemFor(op, collection, placeholder.equals("{slug}")));
    }

    private List<String> pathValues(Operation op, Parameter parameter) {
        List<String> values = new ArrayList<>(sample(HostileValues.ENCODED, 8));
        String own = existing(op, "{" + parameter.name() + "}");
        values.addAll(List.of(id().toString(), new UUID(0, 0).toString(), own.toUpperCase(), own + "x",
                "%7B" + own + "%7D", own + "%20", own + "%2F", "not-a-uuid"));
        return values;
    }

    /** Values for one declared query parameter, each [label, percent-encoded value]. */
    private List<String[]> queryValues(Parameter parameter) {
        JsonNode schema = parameter.schema();
        List<String> values = new ArrayList<>();
        switch (schema.path("type").asText()) {
            case "integer" -> {
                if (schema.has("minimum")) {
                    values.add(Long.toString(schema.path("minimum").asLong() - 1));
                }
                if (schema.has("maximum")) {
                    values.add(Long.toString(schema.path("maximum").asLong() + 1));
                }
                values.addAll(List.of("0", "-1", "99999999999999999999", "2147483648", "1.5", "1e3", "abc", "", "%201",
                        "0x10", "%2B1", "%EF%BC%91", "1%2C2"));
            }
            case "boolean" -> values.addAll(List.of("yes", "1", "TRUE", "", "true%00", "true%2Cfalse"));
            case "array" -> {
                values.addAll(sample(HostileValues.ENCODED, 4));
                values.add(String.join("&" + parameter.name() + "=", Collections.nCopies(101, "x")));
            }
            default -> {
                if (schema.has("enum")) {
                    String first = schema.path("enum").path(0).asText();
                    values.addAll(List.of("bogus", "", encode(first.toUpperCase()), encode(first.toLowerCase()),
                            "%20" + encode(first), encode(first) + "%00"));
                } else if (schema.path("format").asText().equals("date-time")) {
                    HostileValues.DATES.forEach(date -> values.add(encode(date)));
                } else if (parameter.name().equals("cursor")) {
                    // The cursor is opaque to the contract; its shape is this API's own.
                    HostileValues.forgedCursors().forEach(values::add);
                    values.addAll(HostileValues.BROKEN_CURSORS);
                } else {
                    values.addAll(sample(HostileValues.ENCODED, 6));
                    values.add("");
                }
            }
        }
        return values.stream().map(v -> new String[] { abbreviate(v), v }).toList();
    }

    private static String defectOf(Parameter parameter, String value) {
        if (parameter.name().startsWith("published")
                && HostileValues.beyondDatabaseRange(java.net.URLDecoder.decode(value, StandardCharsets.UTF_8))) {
            return BEYOND_DATABASE_RANGE;
        }
        if (parameter.name().equals("cursor") && HostileValues.forgedCursors().contains(value)) {
            return FORGED_CURSOR;
        }
        return null;
    }

    private static List<String> unknownQueries(Operation op) {
        String declared = op.in("query").isEmpty() ? "page" : op.in("query").get(0).name();
        return List.of("bogus=1", declared.toUpperCase() + "=1", declared + "%5B%5D=1", "=x", "&&&", "a", "%00=1",
                "utm_source=newsletter", "%3Cscript%3E=1", "q=%27%20OR%201%3D1");
    }

    private static List<String> contentTypes(Operation op) {
        List<String> types = new ArrayList<>(HostileValues.CONTENT_TYPES);
        types.add(op.bodyMediaType().equals("application/json") ? "application/merge-patch+json" : "application/json");
        return types;
    }

    private String idFor(String member) {
        return switch (member) {
            case "authorIds" -> fixtures.authorId();
            case "tagIds" -> fixtures.tagId();
            default -> null;
        };
    }

    private List<String> sample(List<String> from, int count) {
        List<String> copy = new ArrayList<>(from);
        Collections.shuffle(copy, random);
        return copy.subList(0, Math.min(count, copy.size()));
    }

    private static Map<String, String> with(Map<String, String> headers, String name, String value) {
        Map<String, String> copy = new LinkedHashMap<>(headers);
        copy.put(name, value);
        return copy;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    static String abbreviate(String text) {
        return text.length() > 60 ? text.substring(0, 60) + "…(" + text.length() + ")" : text;
    }

    /** A random (version 4) id from the seeded generator, so a run's ids are the same every time. */
    private UUID id() {
        return new UUID((random.nextLong() & ~0xF000L) | 0x4000L, (random.nextLong() & ~(3L << 62)) | (1L << 63));
    }
}
