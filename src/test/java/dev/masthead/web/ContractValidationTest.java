package dev.masthead.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;

import dev.masthead.web.problem.Problem;
import org.junit.jupiter.api.Test;

/** The checker every API test goes through has no blind spots: each kind of exchange it holds to the contract. */
class ContractValidationTest {

    private static final String TAG = "/api/v1/tags/climate";
    private static final String TAG_BODY = """
            {"data":{"id":"de4e665f-2645-4897-aa4e-71e5e082798b","slug":"climate","url":"https://news.example.com/tag/climate","name":"Climate","articleCount":3}}""";

    @Test
    void aDocumentedAnswerPassesAndAnUndocumentedOneFails() {
        assertPasses(check(get(TAG), json(200, TAG_BODY)));
        assertFails(check(get(TAG), json(200, "{\"data\":{\"slug\":\"climate\"}}")));
        assertFails(check(get(TAG), json(201, TAG_BODY)));
        assertPasses(check(get(TAG), problem(404)));
        assertFails(check(get(TAG), problem(409)));
    }

    @Test
    void headIsHeldToItsGetWithoutABody() {
        assertPasses(check(head(TAG), SimpleResponse.Builder.ok().withContentType("application/json")
                .withHeader("ETag", "\"abc\"").build()));
        assertPasses(check(head(TAG), SimpleResponse.Builder.status(304).withHeader("ETag", "\"abc\"").build()));
        assertFails(check(head(TAG), json(200, TAG_BODY)));
        assertFails(check(head(TAG), SimpleResponse.Builder.status(201).build()));
        assertFails(check(head("/api/v1/tags?nope=1"), SimpleResponse.Builder.ok().build()));
    }

    @Test
    void aMethodThePathDoesNotListMustAnswerTheShared405() {
        assertPasses(check(request(Request.Method.DELETE, "/api/v1/tags"),
                SimpleResponse.Builder.status(405).withContentType(Problem.MEDIA_TYPE).withHeader("Allow", "GET, HEAD, OPTIONS")
                        .withBody(problemBody(405)).build()));
        assertFails(check(request(Request.Method.DELETE, "/api/v1/tags"), SimpleResponse.Builder.noContent().build()));
        assertFails(check(request(Request.Method.POST, TAG), json(200, TAG_BODY)));
        assertFails(check(head("/api/v1/admin/auth/token"), SimpleResponse.Builder.ok().build()));
    }

    @Test
    void aPathTheContractDoesNotHaveMustAnswerTheShared404() {
        assertPasses(check(get("/api/v1/nope"), problem(404)));
        assertFails(check(get("/api/v1/nope"), json(200, "{}")));
        assertFails(check(request(Request.Method.POST, "/feeds/rss.xml"), SimpleResponse.Builder.ok().build()));
    }

    @Test
    void aPathIsHeldToTheOperationTheRouterGivesItTo() {
        assertPasses(check(get("/api/v1/%74ags/clim%61te"), json(200, TAG_BODY)));
        assertFails(check(get("/api/v1/%74ags/climate"), json(201, TAG_BODY)));
        assertPasses(check(get("/api/v1/tags%2Fclimate"), problem(404)));
    }

    @Test
    void onlyQuarkusEndpointsAndOptionsAreLeftToTheirOwnTests() {
        assertPasses(check(get("/q/health"), SimpleResponse.Builder.ok().withBody("anything").build()));
        assertPasses(check(request(Request.Method.OPTIONS, TAG), SimpleResponse.Builder.noContent().build()));
        assertFails(check(get("/qx/health"), SimpleResponse.Builder.ok().build()));
    }

    private static ValidationReport check(Request request, com.atlassian.oai.validator.model.Response response) {
        return ContractValidation.filter().validate(request, response);
    }

    private static Request get(String uri) {
        return request(Request.Method.GET, uri);
    }

    private static Request head(String uri) {
        return request(Request.Method.HEAD, uri);
    }

    private static Request request(Request.Method method, String uri) {
        String[] parts = uri.split("\\?", 2);
        SimpleRequest.Builder builder = new SimpleRequest.Builder(method, parts[0]);
        if (parts.length == 2) {
            for (String pair : parts[1].split("&")) {
                String[] nameValue = pair.split("=", 2);
                builder.withQueryParam(nameValue[0], nameValue[1]);
            }
        }
        return builder.build();
    }

    private static com.atlassian.oai.validator.model.Response json(int status, String body) {
        return SimpleResponse.Builder.status(status).withContentType("application/json").withBody(body).build();
    }

    private static com.atlassian.oai.validator.model.Response problem(int status) {
        return SimpleResponse.Builder.status(status).withContentType(Problem.MEDIA_TYPE).withBody(problemBody(status)).build();
    }

    private static String problemBody(int status) {
        return "{\"type\":\"https://masthead.dev/problems/x\",\"title\":\"X\",\"status\":" + status + ",\"code\":\"x\"}";
    }

    private static void assertPasses(ValidationReport report) {
        assertFalse(report.hasErrors(), () -> "expected no findings, got " + report);
    }

    private static void assertFails(ValidationReport report) {
        assertTrue(report.hasErrors(), "expected the checker to object");
    }
}
