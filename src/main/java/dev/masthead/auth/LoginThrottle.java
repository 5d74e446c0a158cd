package dev.masthead.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import dev.masthead.web.problem.ProblemException;
import dev.masthead.web.problem.ProblemType;

/**
 * Slows password guessing: after 5 failed sign-ins for one account, or 20
 * from one client, within the lockout (15 minutes), further attempts are
 * refused with 429, even with the right password, until the oldest of those
 * failures is a lockout old; a successful sign-in clears the account's count.
 *
 * <p>The counts live in the database (table sign_in_attempt), so they hold
 * however many replicas answer. An attempt is written before its password is
 * checked and counted with it: concurrent guesses see each other, and no more
 * of them reach the password check than the limit allows (a burst may even be
 * refused as a whole, each counting the others in flight). A refused attempt
 * is deleted at once, so it never lengthens a lockout; a failed one stays; a
 * successful one marks the account's row as a success, which clears what came
 * before it (in the same microsecond too), and deletes the client's.
 * Emails and addresses are stored only as SHA-256 hashes.
 *
 * <p>Bound: rows older than the lockout no longer count; each replica deletes
 * those older than the lockout plus {@link #PRUNE_EVERY} at most once every
 * {@link #PRUNE_EVERY}, so the table holds at most two rows per sign-in that
 * reached the password check in the last lockout plus two {@link #PRUNE_EVERY},
 * and bcrypt limits how many those can be.
 */
@ApplicationScoped
public class LoginThrottle {

    private static final Logger LOG = Logger.getLogger(LoginThrottle.class);
    /** A client may fail for several accounts before it is stopped as a whole. */
    private static final int CLIENT_FACTOR = 4;
    private static final Duration PRUNE_EVERY = Duration.ofMinutes(1);

    private final int maxFailures;
    private final Duration lockout;
    private final SignInAttempts attempts;
    private final Clock clock;
    private final AtomicReference<Instant> lastPrune = new AtomicReference<>(Instant.MIN);

    LoginThrottle(AuthConfig config, SignInAttempts attempts, Clock clock) {
        this.maxFailures = config.loginMaxFailures();
        this.lockout = config.loginLockout();
        this.attempts = attempts;
        this.clock = clock;
    }

    /**
     * Records a sign-in attempt, counted as failed until {@link #succeeded};
     * throws when the account or the client has failed too often.
     */
    public Attempt begin(String email, String client) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        Attempt attempt = new Attempt(UUID.randomUUID(), UUID.randomUUID());
        String account = subject("account", Account.normalize(email));
        String from = subject("client", client);
        attempts.add(now, List.of(new SignInAttempts.Row(attempt.accountRow(), account),
                new SignInAttempts.Row(attempt.clientRow(), from)));
        long wait = Math.max(waitFor(account, maxFailures, now), waitFor(from, maxFailures * CLIENT_FACTOR, now));
        if (wait > 0) {
            attempts.remove(attempt.accountRow());
            attempts.remove(attempt.clientRow());
            throw new TooManyAttemptsException(wait);
        }
        pruneNowAndThen(now);
        return attempt;
    }

    /** The password was right: the account's earlier failures no longer count, and this was no client failure. */
    public void succeeded(Attempt attempt) {
        attempts.succeeded(attempt.accountRow());
        attempts.remove(attempt.clientRow());
    }

    /**
     * Seconds until the subject may try again: this attempt included, more
     * than {@code limit} count, so it waits until the one {@code limit} places
     * before the latest is a lockout old.
     */
    private long waitFor(String subject, int limit, Instant now) {
        Optional<Instant> oldestThatLocks = attempts.latest(subject, now.minus(lockout), limit);
        if (oldestThatLocks.isEmpty()) {
            return 0;
        }
        long millis = Duration.between(now, oldestThatLocks.get().plus(lockout)).toMillis();
        return Math.max(1, (millis + 999) / 1000);
    }

    /** Housekeeping: a prune that fails (say, racing another replica's) is left to the next. */
    private void pruneNowAndThen(Instant now) {
        Instant last = lastPrune.get();
        if (now.isBefore(last.plus(PRUNE_EVERY)) || !lastPrune.compareAndSet(last, now)) {
            return;
        }
        try {
            attempts.prune(now.minus(lockout).minus(PRUNE_EVERY));
        } catch (RuntimeException e) {
            LOG.infof("Pruning old sign-in attempts failed; the next prune will: %s", e.toString());
        }
    }

    private static String subject(String kind, String key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest((kind + ":" + key).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** One attempt's rows: one under the account, one under the client. */
    public record Attempt(UUID accountRow, UUID clientRow) {
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
