package dev.masthead.auth;

import static dev.masthead.auth.ApiKeyFixtures.createKey;
import static dev.masthead.auth.UserFixtures.bearing;
import static dev.masthead.auth.UserFixtures.createUser;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.masthead.auth.ApiKeyFixtures.CreatedKey;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;

/**
 * The Management cap with 3 requests a minute, on a clock that stands still:
 * each test starts 15 seconds into a fresh minute, so 45 seconds are left of
 * its window until the test moves the clock on. The cap is per account, not
 * per token: every admin sign-in shares the admin's count, and so do the
 * fixtures that make users and keys through the admin.
 */
@QuarkusTest
@TestProfile(ManagementRateLimitTest.ThreeAMinute.class)
class ManagementRateLimitTest {

    public static class ThreeAMinute implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("masthead.auth.requests-per-minute", "3");
        }

        @Override
        public Set<Class<?>> getEnabledAlternatives() {
            return Set.of(AdjustableClock.class);
        }
    }

    private static final String TAGS = "/api/v1/admin/tags";
    private static final String POLICY = "\"default\";q=3;w=60";

    @Inject
    AdjustableClock clock;

    @Inject
    ManagementRateLimit limit;

    @BeforeEach
    void freshWindow() {
        clock.nextMinutePlus(Duration.ofSeconds(15));
    }

    @Test
    void aCredentialOverItsCapGets429UntilItsWindowEndsThenCountsAfresh() {
        String busy = createUser("busy", "AUTHOR").token();
        String other = createUser("idle", "AUTHOR").token();
        for (int remaining = 2; remaining >= 0; remaining--) {
            expectCounted(bearing(busy).get(TAGS).then().statusCode(200), remaining, 45);
        }

        expectCapped(bearing(busy).get(TAGS).then(), 45);
        expectCounted(bearing(other).get(TAGS).then().statusCode(200), 2, 45);
        given().get("/api/v1/tags").then().statusCode(200).header("RateLimit", nullValue());

        clock.advance(Duration.ofSeconds(44));
        expectCapped(bearing(busy).get(TAGS).then(), 1);

        clock.advance(Duration.ofSeconds(1));
        expectCounted(bearing(busy).get(TAGS).then().statusCode(200), 2, 60);
    }

    @Test
    void everySpellingOfTheBearerSchemeSharesTheCredentialsCount() {
        String token = signIn();

        bearing(token).get(TAGS).then().statusCode(200);
        for (String header : List.of("bearer " + token, "BEARER " + token)) {
            spelled(header).get(TAGS).then().statusCode(200);
        }

        expectCapped(spelled("Bearer  " + token).get(TAGS).then(), 45);
        expectCapped(spelled("bEaReR " + token + " ").get(TAGS).then(), 45);
    }

    @Test
    void anApiKeyIsCappedLikeAnAccount() {
        CreatedKey key = createKey("capped", "content:read");
        CreatedKey otherKey = createKey("uncapped", "content:read");

        for (int remaining = 2; remaining >= 0; remaining--) {
            expectCounted(bearing(key.secret()).get("/api/v1/admin/articles").then().statusCode(200), remaining, 45);
        }

        expectCapped(bearing(key.secret()).get("/api/v1/admin/articles").then(), 45);
        bearing(otherKey.secret()).get("/api/v1/admin/articles").then().statusCode(200);
    }

    @Test
    void rejectedCredentialsLeaveNothingInTheLimiter() {
        SecureRandom random = new SecureRandom();
        long before = limit.trackedCredentials();

        for (int i = 0; i < 50; i++) {
            byte[] junk = new byte[5_600];
            random.nextBytes(junk);
            String forged = Base64.getUrlEncoder().encodeToString(junk);
            expectUnauthorized(given().header("Authorization", "Bearer " + forged).get(TAGS).then());
            expectUnauthorized(given().header("Authorization", "Bearer mh_" + forged).get(TAGS).then());
            expectUnauthorized(given().header("Authorization", "Basic " + forged).get(TAGS).then());
        }

        assertEquals(before, limit.trackedCredentials(), "credentials tracked after 150 rejected requests");
    }

    @Test
    void everyAuthenticatedManagementAnswerCarriesTheRateLimitHeaders() {
        String contributor = createUser("rate-watcher", "CONTRIBUTOR").token();
        String admin = signIn();

        expectCounted(bearing(contributor).get(TAGS).then().statusCode(200), 2, 45);
        expectCounted(bearing(contributor).get("/api/v1/admin/users").then().statusCode(403), 1, 45);
        expectCounted(bearing(contributor).get(TAGS + "/" + UUID.randomUUID()).then().statusCode(404), 0, 45);
        // The admin made the contributor: one of its three is gone.
        expectCounted(bearing(admin).body(Map.of()).post(TAGS).then().statusCode(400), 1, 45);

        given().get(TAGS).then().statusCode(401).header("RateLimit", nullValue()).header("RateLimit-Policy", nullValue());
        UserFixtures.login(AdminSession.EMAIL, AdminSession.PASSWORD).then().statusCode(200)
                .header("RateLimit", nullValue());
    }

    /**
     * The scheme is case-insensitive in HTTP (RFC 9110, 11.1), but the contract
     * checker accepts only "Bearer " exactly; these answers are checked here instead.
     */
    private static RequestSpecification spelled(String authorization) {
        return given().noFilters().header("Authorization", authorization);
    }

    private static String signIn() {
        return AdminSession.signIn(given());
    }

    private static ValidatableResponse expectCounted(ValidatableResponse response, int remaining, int reset) {
        return response.header("RateLimit-Policy", POLICY)
                .header("RateLimit", "\"default\";r=" + remaining + ";t=" + reset);
    }

    private static void expectCapped(ValidatableResponse response, int retryAfter) {
        expectCounted(response.statusCode(429), 0, retryAfter)
                .contentType("application/problem+json")
                .header("Retry-After", String.valueOf(retryAfter))
                .body("type", equalTo("https://masthead.dev/problems/too-many-requests"))
                .body("status", equalTo(429))
                .body("code", equalTo("too-many-requests"))
                .body("instance", notNullValue())
                .body("requestId", notNullValue());
    }

    private static void expectUnauthorized(ValidatableResponse response) {
        response.statusCode(401).contentType("application/problem+json").header("RateLimit", nullValue());
    }

}
