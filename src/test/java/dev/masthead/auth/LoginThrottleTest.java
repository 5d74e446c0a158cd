package dev.masthead.auth;

import static dev.masthead.auth.UserFixtures.bearing;
import static dev.masthead.auth.UserFixtures.createUser;
import static dev.masthead.auth.UserFixtures.login;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.masthead.Unique;
import dev.masthead.auth.UserFixtures.CreatedUser;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.ValidatableResponse;

/**
 * Sign-in throttling with the production settings (5 failures per account,
 * 20 per client, within 15 minutes) on a clock that stands still until a test
 * moves it. Every test request comes from the same client; each test starts
 * a lockout's length after the last, so none inherits another's failures.
 */
@QuarkusTest
@TestProfile(LoginThrottleTest.FifteenMinutes.class)
class LoginThrottleTest {

    public static class FifteenMinutes implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("masthead.auth.login-lockout", "PT15M", "masthead.auth.login-max-failures", "5");
        }

        @Override
        public Set<Class<?>> getEnabledAlternatives() {
            return Set.of(AdjustableClock.class);
        }
    }

    private static final int MAX_FAILURES = 5;
    private static final Duration LOCKOUT = Duration.ofMinutes(15);

    @Inject
    AdjustableClock clock;

    @Inject
    AuthConfig config;

    @Inject
    SignInAttempts attempts;

    @BeforeEach
    void afterEveryEarlierLockout() {
        clock.advance(LOCKOUT.plusMinutes(1));
    }

    @Test
    void fiveFailuresLockTheAccountEvenAgainstTheRightPasswordUntilRetryAfter() {
        CreatedUser user = createUser("guessed", "AUTHOR");
        CreatedUser bystander = createUser("bystander", "AUTHOR");

        for (int attempt = 1; attempt <= MAX_FAILURES; attempt++) {
            expectInvalidCredentials(login(user.email(), "wrong-" + attempt + "-" + user.password()).then());
        }

        expectTooManyRequests(login(user.email(), user.password()).then(), LOCKOUT.toSeconds());
        // The lock is on the account, whatever case its email is typed in.
        expectTooManyRequests(login(user.email().toUpperCase(Locale.ROOT), user.password()).then(), LOCKOUT.toSeconds());
        // ... and only on that account.
        login(bystander.email(), bystander.password()).then().statusCode(200);

        clock.advance(LOCKOUT.minusSeconds(1));
        expectTooManyRequests(login(user.email(), user.password()).then(), 1);

        clock.advance(Duration.ofSeconds(1));
        String token = login(user.email(), user.password())
                .then().statusCode(200)
                .body("token", notNullValue())
                .extract().path("token");
        bearing(token).get("/api/v1/admin/tags").then().statusCode(200);
    }

    @Test
    void aSuccessfulSignInStartsTheAccountsCountAfresh() {
        CreatedUser user = createUser("forgetful", "AUTHOR");

        // Sign-ins a second apart: the clock stands still otherwise, and what happens
        // in the same instant as a success is taken to come before it.
        for (int attempt = 1; attempt < MAX_FAILURES; attempt++) {
            expectInvalidCredentials(login(user.email(), "wrong-" + attempt).then());
        }
        clock.advance(Duration.ofSeconds(1));
        login(user.email(), user.password()).then().statusCode(200);
        clock.advance(Duration.ofSeconds(1));
        for (int attempt = 1; attempt < MAX_FAILURES; attempt++) {
            expectInvalidCredentials(login(user.email(), "wrong-again-" + attempt).then());
        }
        clock.advance(Duration.ofSeconds(1));
        login(user.email(), user.password()).then().statusCode(200);
        clock.advance(Duration.ofSeconds(1));

        // Counted from zero after each success: five more failures lock it.
        for (int attempt = 1; attempt <= MAX_FAILURES; attempt++) {
            expectInvalidCredentials(login(user.email(), "wrong-once-more-" + attempt).then());
        }
        expectTooManyRequests(login(user.email(), user.password()).then(), LOCKOUT.toSeconds());
    }

    @Test
    void twentyFailuresFromOneClientLockItOutOfEveryAccount() {
        CreatedUser victim = createUser("victim", "AUTHOR");
        CreatedUser guessed = createUser("guessed-twice", "EDITOR");

        for (int attempt = 1; attempt <= 4 * MAX_FAILURES; attempt++) {
            // Never more than 4 for one account, so only the client's count can lock.
            String email = attempt <= 2 ? guessed.email() : Unique.name("nobody") + "@masthead.test";
            expectInvalidCredentials(login(email, "wrong-" + attempt).then());
        }

        expectTooManyRequests(login(victim.email(), victim.password()).then(), LOCKOUT.toSeconds());
        expectTooManyRequests(login(guessed.email(), guessed.password()).then(), LOCKOUT.toSeconds());

        clock.advance(LOCKOUT);
        login(victim.email(), victim.password()).then().statusCode(200);
    }

    @Test
    void failuresAnotherReplicaSawCountHere() {
        CreatedUser user = createUser("replicated", "AUTHOR");
        // Another replica: its own throttle over the same database.
        LoginThrottle otherReplica = new LoginThrottle(config, attempts, clock);

        for (int attempt = 1; attempt <= 3; attempt++) {
            otherReplica.begin(user.email(), "192.0.2.7");
        }
        expectInvalidCredentials(login(user.email(), "wrong-here-1").then());
        expectInvalidCredentials(login(user.email(), "wrong-here-2").then());

        expectTooManyRequests(login(user.email(), user.password()).then(), LOCKOUT.toSeconds());
    }

    @Test
    void concurrentGuessesGetNoMoreTriesThanTheLimitAndNothingFails() throws Exception {
        CreatedUser user = createUser("raced", "AUTHOR");
        List<CreatedUser> others = List.of(createUser("calm-1", "AUTHOR"), createUser("calm-2", "AUTHOR"),
                createUser("calm-3", "AUTHOR"));
        int guesses = 10;
        List<Callable<Integer>> calls = new ArrayList<>();
        for (int i = 0; i < guesses; i++) {
            String password = "wrong-concurrently-" + i;
            calls.add(() -> login(user.email(), password).statusCode());
        }
        for (CreatedUser other : others) {
            calls.add(() -> login(other.email(), other.password()).statusCode());
        }

        List<Integer> statuses = runTogether(calls);

        List<Integer> guessed = statuses.subList(0, guesses);
        assertTrue(guessed.stream().allMatch(status -> status == 401 || status == 429), "guesses answered " + guessed);
        long checked = guessed.stream().filter(status -> status == 401).count();
        assertTrue(checked <= MAX_FAILURES, "at most " + MAX_FAILURES + " guesses checked: " + guessed);
        assertEquals(List.of(200, 200, 200), statuses.subList(guesses, statuses.size()), "the others signed in");
        // Guesses in flight count each other, so a burst may be refused beyond the limit; refused ones do not
        // count afterwards. Guessing on, one at a time, the account has exactly the tries the burst left it.
        for (long attempt = checked + 1; attempt <= MAX_FAILURES; attempt++) {
            expectInvalidCredentials(login(user.email(), "wrong-afterwards-" + attempt).then());
        }
        expectTooManyRequests(login(user.email(), user.password()).then(), LOCKOUT.toSeconds());
    }

    /** Starts every call at once and answers their results in order. */
    private static List<Integer> runTogether(List<Callable<Integer>> calls) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(calls.size());
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Integer>> futures = new ArrayList<>();
            for (Callable<Integer> call : calls) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return call.call();
                }));
            }
            start.countDown();
            List<Integer> results = new ArrayList<>();
            for (Future<Integer> future : futures) {
                results.add(future.get(2, TimeUnit.MINUTES));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    private static ValidatableResponse expectInvalidCredentials(ValidatableResponse response) {
        return response.statusCode(401)
                .contentType("application/problem+json")
                .body("code", equalTo("invalid-credentials"));
    }

    private static ValidatableResponse expectTooManyRequests(ValidatableResponse response, long retryAfter) {
        return response.statusCode(429)
                .contentType("application/problem+json")
                .header("Retry-After", String.valueOf(retryAfter))
                .body("type", equalTo("https://masthead.dev/problems/too-many-requests"))
                .body("title", equalTo("Too many requests"))
                .body("status", equalTo(429))
                .body("code", equalTo("too-many-requests"))
                .body("instance", equalTo(UserFixtures.TOKEN))
                .body("detail", notNullValue())
                .body("requestId", notNullValue());
    }
}
