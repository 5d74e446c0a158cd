package dev.masthead.auth;

import static dev.masthead.auth.UserFixtures.bearing;
import static dev.masthead.auth.UserFixtures.createUser;
import static dev.masthead.auth.UserFixtures.login;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import dev.masthead.auth.UserFixtures.CreatedUser;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

/**
 * Sign-in throttling with the test settings: 5 failures per account lock it
 * for at most 2 seconds (masthead.auth.login-lockout). Every test request
 * comes from the same client, which may fail 20 times per window, so this
 * class as a whole stays well below that (13 failures).
 */
@QuarkusTest
class LoginThrottleTest {

    private static final int MAX_FAILURES = 5;
    private static final long LOCKOUT_SECONDS = 2;

    @Test
    void fiveFailuresLockTheAccountEvenAgainstTheRightPasswordUntilRetryAfter() throws InterruptedException {
        CreatedUser user = createUser("guessed", "AUTHOR");
        CreatedUser bystander = createUser("bystander", "AUTHOR");

        for (int attempt = 1; attempt <= MAX_FAILURES; attempt++) {
            expectInvalidCredentials(login(user.email(), "wrong-" + attempt + "-" + user.password()).then());
        }

        String retryAfter = expectTooManyRequests(login(user.email(), user.password()).then())
                .extract().header("Retry-After");
        long seconds = Long.parseLong(retryAfter);
        assertTrue(seconds >= 1 && seconds <= LOCKOUT_SECONDS, "Retry-After within the lockout: " + retryAfter);
        // The lock is on the account, whatever case its email is typed in.
        expectTooManyRequests(login(user.email().toUpperCase(Locale.ROOT), user.password()).then());
        // ... and only on that account.
        login(bystander.email(), bystander.password()).then().statusCode(200);

        Thread.sleep(seconds * 1000 + 250);

        String token = login(user.email(), user.password())
                .then().statusCode(200)
                .body("token", notNullValue())
                .extract().path("token");
        bearing(token).get("/api/v1/admin/tags").then().statusCode(200);
    }

    @Test
    void aSuccessfulSignInResetsTheAccountsFailures() {
        CreatedUser user = createUser("forgetful", "AUTHOR");
        Instant firstFailure = Instant.now();

        for (int attempt = 1; attempt < MAX_FAILURES; attempt++) {
            expectInvalidCredentials(login(user.email(), "wrong-" + attempt).then());
        }
        login(user.email(), user.password()).then().statusCode(200);
        for (int attempt = 1; attempt < MAX_FAILURES; attempt++) {
            expectInvalidCredentials(login(user.email(), "wrong-again-" + attempt).then());
        }
        // Eight failures only prove the reset while they all fall in one lockout window.
        Duration elapsed = Duration.between(firstFailure, Instant.now());
        assumeTrue(elapsed.compareTo(Duration.ofSeconds(LOCKOUT_SECONDS)) < 0,
                "inconclusive: the failures spread over " + elapsed + ", longer than the lockout window");

        login(user.email(), user.password()).then().statusCode(200);
    }

    private static ValidatableResponse expectInvalidCredentials(ValidatableResponse response) {
        return response.statusCode(401)
                .contentType("application/problem+json")
                .body("code", equalTo("invalid-credentials"));
    }

    private static ValidatableResponse expectTooManyRequests(ValidatableResponse response) {
        return response.statusCode(429)
                .contentType("application/problem+json")
                .header("Retry-After", matchesPattern("[1-9][0-9]*"))
                .body("type", equalTo("https://masthead.dev/problems/too-many-requests"))
                .body("title", equalTo("Too many requests"))
                .body("status", equalTo(429))
                .body("code", equalTo("too-many-requests"))
                .body("instance", equalTo(UserFixtures.TOKEN))
                .body("detail", notNullValue())
                .body("requestId", notNullValue());
    }
}
