package dev.masthead.content;

import java.sql.SQLException;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.PessimisticLockException;

import io.quarkus.narayana.jta.QuarkusTransaction;
import org.hibernate.exception.LockAcquisitionException;
import org.jboss.logging.Logger;

/**
 * The one lock order of every content write, and its retry.
 * <p>
 * <b>Lock order.</b> A content write takes the {@code content_event_head} row
 * first, before it reads or locks anything else, and only then the rows it
 * changes (the article, its tag and author links, the kept counts on tags,
 * authors and the site total, redirects) in whatever order its work needs. Two
 * content writers therefore never hold rows the other waits for: the second
 * waits at the head row, holding nothing. (Before this order, an article save
 * took the head and then its tags' count rows while a tag rename took its row
 * and then the head: a deadlock.) The head row also numbers the content log,
 * so holding it for the whole transaction costs no extra serialization: every
 * content write already had to pass it before commit. Derived slugs are chosen
 * under it too, so writers racing on one title get {@code -2}, {@code -3}.
 * <p>
 * <b>Retry.</b> A deadlock, serialization failure or lock timeout the database
 * can still report (another process, a future query) rolls the attempt back;
 * it is tried again in a fresh transaction at most {@link #ATTEMPTS} times in
 * all, after a short random pause (bounded by {@link #MAX_PAUSE_MILLIS}), and
 * then answered 503 with Retry-After. A nested content write joins the
 * transaction it is called in and is retried with it.
 */
@ContentWrite
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 100)
public class ContentWriteInterceptor {

    static final int ATTEMPTS = 4;
    static final long MAX_PAUSE_MILLIS = 200;

    private static final Logger LOG = Logger.getLogger(ContentWriteInterceptor.class);
    /** deadlock (PostgreSQL), serialization failure (both; H2's deadlock), lock not available, H2 lock timeout. */
    private static final Set<String> CONTENTION = Set.of("40P01", "40001", "55P03", "HYT00");

    private final ContentLog log;

    ContentWriteInterceptor(ContentLog log) {
        this.log = log;
    }

    @AroundInvoke
    Object write(InvocationContext invocation) throws Exception {
        if (QuarkusTransaction.isActive()) {
            log.takeHead();
            return invocation.proceed();
        }
        for (int attempt = 1;; attempt++) {
            try {
                return QuarkusTransaction.requiringNew().call(() -> {
                    log.takeHead();
                    return invocation.proceed();
                });
            } catch (RuntimeException e) {
                if (!isContention(e)) {
                    throw e;
                }
                if (attempt == ATTEMPTS) {
                    LOG.warnf("Content write %s still contended after %d attempts: %s",
                            invocation.getMethod().getName(), ATTEMPTS, e.getMessage());
                    throw new WriteContendedException();
                }
                pause(attempt);
            }
        }
    }

    /** Whether the database refused the attempt for contention alone, so the same write may succeed later. */
    static boolean isContention(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof LockAcquisitionException || cause instanceof PessimisticLockException
                    || cause instanceof LockTimeoutException) {
                return true;
            }
            if (cause instanceof SQLException sql && sql.getSQLState() != null
                    && CONTENTION.contains(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    private static void pause(int attempt) throws InterruptedException {
        long ceiling = Math.min(MAX_PAUSE_MILLIS, 25L << attempt);
        Thread.sleep(ThreadLocalRandom.current().nextLong(ceiling / 2, ceiling + 1));
    }
}
