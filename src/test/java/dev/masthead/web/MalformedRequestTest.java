package dev.masthead.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.JsonNode;

import dev.masthead.Unique;
import dev.masthead.auth.AdminSession;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Requests that break HTTP itself, sent byte for byte over a socket: what the
 * server answers before (or instead of) any resource. Where our code can see
 * the request, the answer is problem+json like every other error; where the
 * server refuses it before any application code runs, the tests at the end
 * pin that answer, so a Quarkus upgrade that opens a hook shows up here.
 */
@QuarkusTest
class MalformedRequestTest {

    private static final int LIMIT = 2 * 1024 * 1024;

    // --- answered by the application: problem+json -------------------------------------------

    @Test
    void chunkedBodyOverTheLimitIsProblem413() throws IOException {
        byte[] payload = ("{\"name\":\"" + "x".repeat(LIMIT + 100_000) + "\"}").getBytes(StandardCharsets.US_ASCII);

        RawHttp.Answer answer = RawHttp.send(head("POST /api/v1/admin/tags", bearer(), "Transfer-Encoding: chunked",
                "Content-Type: application/json"), RawHttp.chunked(payload));

        assertProblem(answer, 413, "payload-too-large", "/api/v1/admin/tags");
        assertEquals("close", answer.header("Connection"), answer.toString());
    }

    @Test
    void chunkedBodyOverTheLimitIsProblem413WithoutCredentialsToo() throws IOException {
        byte[] payload = ("{\"email\":\"" + "x".repeat(LIMIT + 100_000) + "\"}").getBytes(StandardCharsets.US_ASCII);

        RawHttp.Answer answer = RawHttp.send(head("POST /api/v1/admin/auth/token", "Transfer-Encoding: chunked",
                "Content-Type: application/json"), RawHttp.chunked(payload));

        assertProblem(answer, 413, "payload-too-large", "/api/v1/admin/auth/token");
    }

    @Test
    void chunkedBodyWithinTheLimitIsRead() throws IOException {
        String name = Unique.name("chunked");
        byte[] payload = ("{\"name\":\"" + name + "\",\"description\":\"" + "d".repeat(4_000) + "\"}")
                .getBytes(StandardCharsets.US_ASCII);

        RawHttp.Answer answer = RawHttp.send(head("POST /api/v1/admin/tags", bearer(), "Transfer-Encoding: chunked",
                "Content-Type: application/json"), RawHttp.chunked(payload));

        assertEquals(201, answer.status(), answer.toString());
        assertEquals(name, answer.json().path("data").path("name").asText());
    }

    @ParameterizedTest
    @ValueSource(strings = { "", "Host: localhost:abc", "Host: a b" })
    void missingOrBrokenHostIsProblem400(String host) throws IOException {
        RawHttp.Answer answer = RawHttp.send("GET /api/v1/articles HTTP/1.1\r\n" + (host.isEmpty() ? "" : host + "\r\n")
                + "Connection: close\r\n\r\n");

        assertProblem(answer, 400, "bad-request", "/api/v1/articles");
    }

    @ParameterizedTest
    @CsvSource({ "GET api/v1/articles, api/v1/articles", "'OPTIONS *', *" })
    void requestTargetThatIsNotAPathIsProblem404(String requestLine, String target) throws IOException {
        RawHttp.Answer answer = RawHttp.send(head(requestLine));

        assertProblem(answer, 404, "not-found", target);
    }

    // --- refused by the server before the application sees them -----------------------------
    //
    // Vert.x answers a request its HTTP decoder rejects through the server's invalidRequestHandler,
    // and Quarkus 3.33 neither sets one nor lets an application set one: VertxHttpRecorder creates
    // the HttpServer and calls listen() in the same method, and HttpServerOptionsCustomizer only
    // sees the options. So Vert.x's default answers, with an empty body, and closes the connection
    // (quarkusio/quarkus#55082). Likewise Quarkus's root handler checks every request target with
    // java.net.URI before any route or filter runs, and answers a bare 400 to one that does not
    // parse (only -Dvertx.disableURIValidation=true turns that off, which Quarkus says is not for
    // production). The requests are still refused, and nothing behind the refusal runs.

    @ParameterizedTest
    @ValueSource(strings = { "/api/v1/articles?page=%zz", "/api/v1/articles/%zz", "/api/v1/articles?q=%",
            "/api/v1/articles?tag=<script>", "/api/v1/articles/a\"b", "/api/v1/articles/caf\u00e9\u0080" })
    void targetThatIsNotAUriIsABare400FromQuarkus(String target) throws IOException {
        assertBare(RawHttp.send(head("GET " + target)), 400);
    }

    @ParameterizedTest
    @ValueSource(strings = { "Content-Length: abc", "Content-Length: -1", "Content-Length: 2\r\nContent-Length: 3",
            "Content-Length: 2\r\nContent-Length: 2", "Content-Length: 2, 2", "Content-Length: 2\r\nTransfer-Encoding: chunked",
            "Transfer-Encoding: chunked, identity", "Bad Header: x" })
    void framingTheDecoderRejectsIsABare400FromVertx(String headers) throws IOException {
        assertBare(RawHttp.send(head("POST /api/v1/admin/auth/token", "Content-Type: application/json", headers) + "{}"),
                400);
    }

    @Test
    void requestLineOver4KiBIsABare414FromVertx() throws IOException {
        assertBare(RawHttp.send(head("GET /api/v1/articles?tag=" + "a".repeat(100_000))), 414);
    }

    @Test
    void headersOver20KiBAreABare431FromVertx() throws IOException {
        assertBare(RawHttp.send(head("GET /api/v1/articles", "X-Padding: " + "a".repeat(100_000))), 431);
    }

    // --- helpers -----------------------------------------------------------------------------

    /** A request head: the request line, Host, the given header lines, and the blank line. */
    private static String head(String requestLine, String... headers) {
        StringBuilder head = new StringBuilder(requestLine).append(" HTTP/1.1\r\nHost: localhost\r\n");
        for (String header : headers) {
            head.append(header).append("\r\n");
        }
        return head.append("\r\n").toString();
    }

    private static String bearer() {
        return "Authorization: Bearer " + AdminSession.token();
    }

    private static void assertProblem(RawHttp.Answer answer, int status, String code, String instance) throws IOException {
        assertEquals(status, answer.status(), answer.toString());
        assertTrue(String.valueOf(answer.header("Content-Type")).startsWith("application/problem+json"), answer.toString());
        JsonNode problem = answer.json();
        assertEquals("https://masthead.dev/problems/" + code, problem.path("type").asText(), answer.toString());
        assertEquals(code, problem.path("code").asText());
        assertEquals(status, problem.path("status").asInt());
        assertFalse(problem.path("title").asText().isEmpty());
        assertFalse(problem.path("detail").asText().isEmpty());
        assertEquals(instance, problem.path("instance").asText());
        assertNotNull(answer.header("X-Request-Id"), answer.toString());
        assertEquals(answer.header("X-Request-Id"), problem.path("requestId").asText());
        assertEquals("nosniff", answer.header("X-Content-Type-Options"), answer.toString());
        assertEquals("DENY", answer.header("X-Frame-Options"), answer.toString());
        assertNotNull(answer.header("Content-Security-Policy"), answer.toString());
        assertFalse(answer.text().contains("Exception") || answer.text().contains("io.vertx"), answer.toString());
    }

    private static void assertBare(RawHttp.Answer answer, int status) {
        assertEquals(status, answer.status(), answer.toString());
        assertNull(answer.header("Content-Type"), answer.toString());
        assertEquals(0, answer.body().length, answer.toString());
    }
}
