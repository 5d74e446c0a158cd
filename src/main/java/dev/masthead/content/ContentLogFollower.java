package dev.masthead.content;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.NavigableSet;
import java.util.UUID;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

import javax.sql.DataSource;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;

/**
 * Reads the content_event log every poll interval and announces the changes
 * other replicas committed as {@link ContentChanged}, so this replica learns
 * of them within about a second. Events this replica committed itself were
 * announced at commit and are not announced twice.
 */
@ApplicationScoped
public class ContentLogFollower {

    private static final Logger LOG = Logger.getLogger(ContentLogFollower.class);
    private static final int BATCH = 1000;

    private final DataSource dataSource;
    private final Event<ContentChanged> changed;
    private final Event<ContentLogFollowing> following;
    private final Duration interval;
    /** Sequence numbers this replica committed and announced, until the follower passes them. */
    private final NavigableSet<Long> announced = new ConcurrentSkipListSet<>();
    /** The last sequence number read; -1 until the log's head has been read. */
    private volatile long last = -1;
    private volatile boolean inSync;
    private final ScheduledExecutorService follower = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "content-log-follower");
        thread.setDaemon(true);
        return thread;
    });

    ContentLogFollower(DataSource dataSource, Event<ContentChanged> changed, Event<ContentLogFollowing> following,
            @ConfigProperty(name = "masthead.content-log.poll-interval") Duration interval) {
        this.dataSource = dataSource;
        this.changed = changed;
        this.following = following;
        this.interval = interval;
    }

    /** Reads the log's head before the first request is served, then follows it on its own thread. */
    void onStart(@Observes StartupEvent event) {
        poll();
        long every = interval.toMillis();
        follower.scheduleWithFixedDelay(this::poll, every, every, TimeUnit.MILLISECONDS);
    }

    void onStop(@Observes ShutdownEvent event) {
        follower.shutdownNow();
    }

    void onCommitted(@Observes(during = TransactionPhase.AFTER_SUCCESS) ContentChanged event) {
        if (event.seq() > last) {
            announced.add(event.seq());
        }
    }

    synchronized void poll() {
        try (Connection connection = dataSource.getConnection()) {
            if (last < 0) {
                last = head(connection);
            } else {
                readAfter(connection);
            }
            if (!inSync) {
                inSync = true;
                LOG.infof("Following the content log from sequence %d", last);
                following.fire(new ContentLogFollowing(true));
            }
        } catch (SQLException | RuntimeException e) {
            // A failed read is retried at the next interval; the thread must survive it.
            if (inSync || last < 0) {
                LOG.warnf("Cannot read the content log (%s); caching stops until it can", e.getMessage());
            }
            if (inSync) {
                inSync = false;
                following.fire(new ContentLogFollowing(false));
            }
        }
    }

    /** The last sequence number read so far (for health and tests). */
    public long last() {
        return last;
    }

    private static long head(Connection connection) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("select seq from content_event_head where id = 1");
                ResultSet row = select.executeQuery()) {
            return row.next() ? row.getLong(1) : 0;
        }
    }

    private void readAfter(Connection connection) throws SQLException {
        boolean more = true;
        while (more) {
            int read = 0;
            try (PreparedStatement select = connection.prepareStatement(
                    "select seq, entity_type, entity_id, operation from content_event where seq > ? order by seq")) {
                select.setLong(1, last);
                select.setMaxRows(BATCH);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        read++;
                        long seq = rows.getLong(1);
                        if (!announced.remove(seq)) {
                            changed.fire(new ContentChanged(seq, EntityType.valueOf(rows.getString(2)),
                                    rows.getObject(3, UUID.class), Operation.valueOf(rows.getString(4))));
                        }
                        last = seq;
                    }
                }
            }
            announced.headSet(last, true).clear();
            more = read == BATCH;
        }
    }
}
