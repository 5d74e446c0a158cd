package dev.masthead.auth;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;

@QuarkusTest
@TestProfile(ManagementRateLimitTest.ThreeAMinute.class)
class ManagementRateLimitTest {

    public static class ThreeAMinute implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("masthead.auth.requests-per-minute", "3");
        }
    }

    @Test
    void aCredentialOverItsMinuteCapGets429UntilTheMinuteEnds() throws InterruptedException {
        // The cap counts per calendar minute: start well inside one.
        long second = Instant.now().getEpochSecond() % 60;
        if (second > 50) {
            Thread.sleep((61 - second) * 1000);
        }
        String busy = signIn();
        String other = signIn();
        for (int i = 0; i < 3; i++) {
            given().header("Authorization", "Bearer " + busy).get("/api/v1/admin/tags").then().statusCode(200);
        }

        given().header("Authorization", "Bearer " + busy).get("/api/v1/admin/tags")
                .then().statusCode(429)
                .contentType("application/problem+json")
                .header("Retry-After", notNullValue())
                .body("code", equalTo("too-many-requests"));
        given().header("Authorization", "Bearer " + other).get("/api/v1/admin/tags").then().statusCode(200);
        given().get("/api/v1/tags").then().statusCode(200);
    }

    private static String signIn() {
        return given().contentType(ContentType.JSON)
                .body(Map.of("email", AdminSession.EMAIL, "password", AdminSession.PASSWORD))
                .post("/api/v1/admin/auth/token").then().statusCode(200).extract().path("token");
    }
}
