package dev.masthead.delivery;

import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;

import dev.masthead.web.problem.ProblemException;
import dev.masthead.web.problem.ProblemType;

/**
 * Bounds how many feeds and sitemaps this replica renders at once. Each holds
 * up to a few megabytes while it is built (a feed's content budget, a sitemap
 * chunk), so a crawler asking for many cold ones together must queue rather
 * than fill the heap. A render waits at most {@link #WAIT_SECONDS} for a
 * permit, then the request is answered 503 with Retry-After. Cached documents
 * never take a permit.
 */
@ApplicationScoped
public class DocumentRenders {

    /** Renders at once; two keep both cores busy without stacking buffers. */
    static final int PERMITS = 2;
    static final long WAIT_SECONDS = 10;

    private final Semaphore permits = new Semaphore(PERMITS, true);

    <T> T render(Supplier<T> render) {
        boolean acquired;
        try {
            acquired = permits.tryAcquire(WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RendersBusyException();
        }
        if (!acquired) {
            throw new RendersBusyException();
        }
        try {
            return render.get();
        } finally {
            permits.release();
        }
    }

    /** Every permit stayed taken while this request waited. */
    static final class RendersBusyException extends ProblemException {

        RendersBusyException() {
            super(ProblemType.SERVICE_UNAVAILABLE, "Feeds and sitemaps are being built for other requests; retry shortly");
        }

        @Override
        public Long retryAfterSeconds() {
            return 2L;
        }
    }
}
