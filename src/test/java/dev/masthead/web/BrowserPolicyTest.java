package dev.masthead.web;

import static dev.masthead.auth.AdminSession.asAdmin;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.util.function.Supplier;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import dev.masthead.Unique;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;

@QuarkusTest
class BrowserPolicyTest {

    private static final String DELIVERY = "/api/v1/articles";
    private static final String MANAGEMENT = "/api/v1/admin/articles";
    private static final String READER = "https://reader.example";
    private static final String EVIL = "https://evil.example";

    // --- security headers -----------------------------------------------------------------

    static Stream<Arguments> responses() {
        return Stream.<Arguments>of(
                Arguments.of("Delivery list", 200, (Supplier<Response>) () -> given().get(DELIVERY)),
                Arguments.of("Management without a token", 401, (Supplier<Response>) () -> given().get(MANAGEMENT)),
                Arguments.of("Management with a token", 200, (Supplier<Response>) () -> asAdmin().get(MANAGEMENT)),
                Arguments.of("problem 404", 404,
                        (Supplier<Response>) () -> given().get(DELIVERY + "/" + Unique.name("no-such-story"))),
                Arguments.of("unknown route", 404, (Supplier<Response>) () -> given().get("/nowhere")),
                Arguments.of("OpenAPI document", 200, (Supplier<Response>) () -> given().get("/q/openapi")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("responses")
    void everyResponseCarriesTheSecurityHeaders(String what, int status, Supplier<Response> call) {
        call.get().then().statusCode(status)
                .header("X-Content-Type-Options", "nosniff")
                .header("Referrer-Policy", "no-referrer")
                .header("X-Frame-Options", "DENY")
                .header("Content-Security-Policy", containsString("default-src 'none'"))
                .header("Content-Security-Policy", containsString("frame-ancestors 'none'"));
    }

    @Test
    void swaggerUiMayLoadItsOwnScriptsAndStyles() {
        given().get("/q/swagger-ui/").then().statusCode(200)
                .contentType(containsString("text/html"))
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", containsString("default-src 'self'"))
                .header("Content-Security-Policy", containsString("script-src 'self'"))
                .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
                .header("Content-Security-Policy", not(containsString("default-src 'none'")));
    }

    // --- CORS: Delivery --------------------------------------------------------------------

    @Test
    void deliveryIsReadableFromAnyOrigin() {
        given().header("Origin", READER).get(DELIVERY).then().statusCode(200)
                .header("Access-Control-Allow-Origin", "*")
                .header("Access-Control-Expose-Headers", containsString("ETag"))
                .header("Access-Control-Expose-Headers", containsString("Link"))
                // One exposed list serves both APIs: a Management origin must be able to read its rate limit.
                .header("Access-Control-Expose-Headers", containsString("RateLimit-Policy"));
    }

    @Test
    void feedsAreReadableFromAnyOriginLikeTheDeliveryApi() {
        given().header("Origin", READER).get("/feeds/feed.json").then().statusCode(200)
                .header("Access-Control-Allow-Origin", "*")
                .header("Access-Control-Expose-Headers", containsString("ETag"));
        preflight(READER, "GET").options("/feeds/tags/" + Unique.name("any") + "/rss.xml").then().statusCode(204)
                .header("Access-Control-Allow-Methods", not(containsString("POST")));
    }

    @Test
    void deliveryProblemsAreReadableFromAnyOriginToo() {
        given().header("Origin", READER).get(DELIVERY + "/" + Unique.name("missing")).then().statusCode(404)
                .contentType("application/problem+json")
                .header("Access-Control-Allow-Origin", "*");
    }

    @Test
    void deliveryPreflightIsAnswered() {
        preflight(READER, "GET").options(DELIVERY).then().statusCode(204)
                .header("Access-Control-Allow-Origin", "*")
                .header("Access-Control-Allow-Methods", containsString("GET"))
                .header("Access-Control-Allow-Methods", not(containsString("POST")))
                .header("Access-Control-Allow-Headers", containsString("If-None-Match"))
                .header("Access-Control-Max-Age", notNullValue())
                .header("X-Content-Type-Options", "nosniff");
    }

    @Test
    void aRequestWithoutAnOriginGetsNoCorsHeaders() {
        given().get(DELIVERY).then().statusCode(200)
                .header("Access-Control-Allow-Origin", nullValue());
    }

    // --- CORS: Management (no origins unless configured) ----------------------------------

    @Test
    void managementPreflightFromAnUnlistedOriginIsNotAllowed() {
        ValidatableResponse response = preflight(EVIL, "POST").options(MANAGEMENT).then();

        expectNoCors(response);
        response.header("Access-Control-Allow-Methods", nullValue())
                .header("Access-Control-Allow-Headers", nullValue());
    }

    @Test
    void managementAnswersCarryNoCorsHeadersForAnOrigin() {
        expectNoCors(asAdmin().header("Origin", READER).get(MANAGEMENT).then().statusCode(200));
        expectNoCors(asAdmin().header("Origin", EVIL).get(MANAGEMENT).then().statusCode(200));
        expectNoCors(given().header("Origin", EVIL).get(MANAGEMENT).then().statusCode(401));
    }

    @Test
    void managementReachedThroughAPercentEncodedPathGetsNoCorsHeaders() {
        // Browsers send %61 as it is; the server decodes it to "a" and routes to the Management API.
        String encoded = "/api/v1/%61dmin/articles";

        expectNoCors(asAdmin().urlEncodingEnabled(false).header("Origin", EVIL).get(encoded).then().statusCode(200));
        expectNoCors(preflight(EVIL, "GET").urlEncodingEnabled(false).options(encoded).then());
    }

    @Test
    void theSignInEndpointIsManagementToo() {
        expectNoCors(given().header("Origin", EVIL).contentType("application/json")
                .body("{\"email\":\"nobody@masthead.test\",\"password\":\"\"}")
                .post("/api/v1/admin/auth/token").then().statusCode(400));
    }

    private static RequestSpecification preflight(String origin, String method) {
        return given()
                .header("Origin", origin)
                .header("Access-Control-Request-Method", method)
                .header("Access-Control-Request-Headers", "Authorization, Content-Type");
    }

    private static void expectNoCors(ValidatableResponse response) {
        response.header("Access-Control-Allow-Origin", nullValue())
                .header("Access-Control-Expose-Headers", nullValue());
    }
}
