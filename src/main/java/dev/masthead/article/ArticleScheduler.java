package dev.masthead.article;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.time.Instant;

import org.jboss.logging.Logger;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;

/**
 * Runs the schedule: every poll interval ({@code masthead.schedule.poll-interval},
 * 1 s by default) and once at start, so work that fell due while no replica
 * ran (a stop, a crash) is done at the next start, still with publishedAt =
 * publishAt. The due work lives in the article table alone, so nothing is
 * lost with a replica; see {@link ScheduledTransitions} for why each
 * transition happens once with any number of replicas. A failed run is
 * logged and its work, still due, is retried by the next run.
 */
@ApplicationScoped
public class ArticleScheduler {

    private static final Logger LOG = Logger.getLogger(ArticleScheduler.class);
    /** Bounds one run (BATCH x this many transitions each way); what is left goes in the next run. */
    private static final int MAX_BATCHES = 20;

    private final ScheduledTransitions transitions;
    /** Set at shutdown: a run then would only fail on a closed database and log noise. */
    private volatile boolean stopping;

    ArticleScheduler(ScheduledTransitions transitions) {
        this.transitions = transitions;
    }

    void onStart(@Observes StartupEvent event) {
        run();
    }

    void onStop(@Observes ShutdownEvent event) {
        stopping = true;
    }

    @Scheduled(identity = "article-schedule", every = "${masthead.schedule.poll-interval}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void poll() {
        run();
    }

    /** Does the work due now; answers how many articles went out or came down. Never throws. */
    public int run() {
        int done = 0;
        if (stopping) {
            return done;
        }
        try {
            for (int batch = 0; batch < MAX_BATCHES; batch++) {
                ScheduledTransitions.Batch result = transitions.run(Instant.now());
                done += result.published() + result.unpublished();
                if (!result.more()) {
                    break;
                }
            }
        } catch (RuntimeException e) {
            if (stopping) {
                // A run caught by shutdown: its transaction rolled back, the next start does the work.
                LOG.debugf("Scheduled publishing interrupted by shutdown: %s", e.getMessage());
            } else {
                LOG.errorf(e, "Scheduled publishing failed after %d transitions; what is still due is retried next run",
                        done);
            }
        }
        return done;
    }
}
