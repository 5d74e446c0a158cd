package dev.masthead.webhook;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

import org.jboss.logging.Logger;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;

import dev.masthead.content.ContentChanged;

/**
 * Drives the outbox on this replica: one thread fans new content events out
 * ({@link OutboxFanOut}) and claims due deliveries ({@link OutboxDeliveries}),
 * a pool of {@link #SENDERS} threads makes the attempts ({@link WebhookSender}).
 * It runs every poll interval, which picks up other replicas' events and
 * retries as they fall due, and at once after this replica commits a content
 * change or finishes an attempt. All state is in the database: a replica
 * that stops (or is killed) loses nothing; its leases run out and another
 * replica, or this one restarted, sends what it held.
 */
@ApplicationScoped
class WebhookWorkers {

    private static final Logger LOG = Logger.getLogger(WebhookWorkers.class);
    /** Requests out at once per replica; claims never exceed the free senders, so nothing leased waits in a queue. */
    static final int SENDERS = 4;
    /** Bounds one turn's fan-out (BATCH x this many events); the rest waits for the next turn. */
    private static final int MAX_BATCHES = 10;

    private final OutboxFanOut fanOut;
    private final OutboxDeliveries deliveries;
    private final WebhookSender sender;
    private final Duration interval;
    private final Duration timeout;
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicBoolean woken = new AtomicBoolean();
    private volatile boolean stopping;
    private final ScheduledExecutorService loop = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "webhook-outbox");
        thread.setDaemon(true);
        return thread;
    });
    private final ExecutorService senders = Executors.newFixedThreadPool(SENDERS, new ThreadFactory() {
        private final AtomicInteger count = new AtomicInteger();

        @Override
        public Thread newThread(Runnable runnable) {
            Thread thread = new Thread(runnable, "webhook-sender-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        }
    });

    WebhookWorkers(OutboxFanOut fanOut, OutboxDeliveries deliveries, WebhookSender sender, WebhookConfig config) {
        this.fanOut = fanOut;
        this.deliveries = deliveries;
        this.sender = sender;
        this.interval = config.pollInterval();
        this.timeout = config.timeout();
    }

    void onStart(@Observes StartupEvent event) {
        long every = interval.toMillis();
        loop.scheduleWithFixedDelay(this::turn, 0, every, TimeUnit.MILLISECONDS);
    }

    void onCommitted(@Observes(during = TransactionPhase.AFTER_SUCCESS) ContentChanged event) {
        wake();
    }

    /** Stops claiming; attempts in flight get up to the timeout to finish, else their leases run out. */
    void onStop(@Observes ShutdownEvent event) {
        stopping = true;
        loop.shutdownNow();
        senders.shutdown();
        try {
            if (!senders.awaitTermination(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                senders.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Asks for a turn soon; many asks before it runs make one turn. */
    void wake() {
        if (!stopping && woken.compareAndSet(false, true)) {
            try {
                loop.execute(this::turn);
            } catch (RejectedExecutionException e) {
                woken.set(false);
            }
        }
    }

    private void turn() {
        woken.set(false);
        if (stopping) {
            return;
        }
        try {
            for (int batch = 0; batch < MAX_BATCHES && !stopping; batch++) {
                if (!fanOut.run().more()) {
                    break;
                }
            }
        } catch (RuntimeException e) {
            // The batch rolled back; the next turn reads the same events again.
            if (!stopping) {
                LOG.warnf(e, "Webhook fan-out failed; retried next turn");
            }
        }
        try {
            send();
        } catch (RuntimeException e) {
            if (!stopping) {
                LOG.warnf(e, "Claiming webhook deliveries failed; retried next turn");
            }
        }
    }

    private void send() {
        int free = SENDERS - inFlight.get();
        if (free <= 0 || stopping) {
            return;
        }
        List<Claim> claims = deliveries.claim(free, Instant.now());
        for (Claim claim : claims) {
            inFlight.incrementAndGet();
            try {
                senders.execute(() -> attempt(claim));
            } catch (RejectedExecutionException e) {
                // Shutting down: the lease runs out and the delivery is sent again later.
                inFlight.decrementAndGet();
            }
        }
    }

    private void attempt(Claim claim) {
        try {
            Attempt attempt = sender.send(claim);
            if (!deliveries.record(claim, attempt)) {
                LOG.debugf("Delivery %s moved on while this replica sent it; its attempt is not recorded",
                        claim.delivery());
            }
        } catch (RuntimeException e) {
            // Unrecorded: the lease runs out and the attempt is made again.
            if (!stopping) {
                LOG.warnf(e, "Cannot record an attempt of webhook delivery %s", claim.delivery());
            }
        } finally {
            inFlight.decrementAndGet();
            wake();
        }
    }
}
