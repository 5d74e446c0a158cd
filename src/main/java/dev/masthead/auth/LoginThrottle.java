package dev.masthead.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;

import dev.masthead.web.problem.ProblemException;
import dev.masthead.web.problem.ProblemType;

/**
 * Slows password guessing: after too many failed sign-ins for one account,
 * or from one client, further attempts are refused with 429 until the
 * lockout ends; a successful sign-in clears the account's count. Counts live
 * in this process (each replica counts its own attempts).
 */
@ApplicationScoped
public class LoginThrottle {

    /** A client may fail for several accounts before it is stopped as a whole. */
    private static final int CLIENT_FACTOR = 4;

    private final int maxFailures;
    private final Duration lockout;
    private final Clock clock;
    private final Map<String, Failures> byAccount = new ConcurrentHashMap<>();
    private final Map<String, Failures> byClient = new ConcurrentHashMap<>();

    LoginThrottle(AuthConfig config, Clock clock) {
        this.maxFailures = config.loginMaxFailures();
        this.lockout = config.loginLockout();
        this.clock = clock;
    }

    public void check(String email, String client) {
        Instant now = clock.instant();
        long wait = Math.max(waitFor(byAccount, Account.normalize(email), maxFailures, now),
                waitFor(byClient, client, maxFailures * CLIENT_FACTOR, now));
        if (wait > 0) {
            throw new TooManyAttemptsException(wait);
        }
    }

    public void failed(String email, String client) {
        Instant now = clock.instant();
        record(byAccount, Account.normalize(email), now);
        record(byClient, client, now);
    }

    public void succeeded(String email) {
        byAccount.remove(Account.normalize(email));
    }

    private long waitFor(Map<String, Failures> counts, String key, int limit, Instant now) {
        Failures failures = counts.get(key);
        if (failures == null) {
            return 0;
        }
        Instant until = failures.since().plus(lockout);
        if (!now.isBefore(until)) {
            counts.remove(key, failures);
            return 0;
        }
        return failures.count() >= limit ? Math.max(1, Duration.between(now, until).toSeconds() + 1) : 0;
    }

    private void record(Map<String, Failures> counts, String key, Instant now) {
        counts.compute(key, (k, failures) -> failures == null || !now.isBefore(failures.since().plus(lockout))
                ? new Failures(1, now)
                : new Failures(failures.count() + 1, failures.since()));
    }

    private record Failures(int count, Instant since) {
    }

    static class TooManyAttemptsException extends ProblemException {

        private final long retryAfter;

        TooManyAttemptsException(long retryAfter) {
            super(ProblemType.TOO_MANY_REQUESTS, "Too many failed sign-ins; try again in " + retryAfter + " seconds");
            this.retryAfter = retryAfter;
        }

        @Override
        public Long retryAfterSeconds() {
            return retryAfter;
        }
    }
}
