package dev.masthead.content;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.NavigableSet;
import java.util.UUID;
import java.util.concurrent.ConcurrentSkipListSet;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

import javax.sql.DataSource;

import org.jboss.logging.Logger;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;

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
    /** Sequence numbers this replica committed and announced, until the follower passes them. */
    private final NavigableSet<Long> announced = new ConcurrentSkipListSet<>();
    /** The last sequence number read; -1 until the log's head has been read. */
    private volatile long last = -1;
    private volatile boolean inSync;

    ContentLogFollower(DataSource dataSource, Event<ContentChanged> changed, Event<ContentLogFollowing> following) {
        this.dataSource = dataSource;
        this.changed = changed;
        this.following = following;
    }

    void onStart(@Observes StartupEvent event) {
        poll();
    }

    void onCommitted(@Observes(during = TransactionPhase.AFTER_SUCCESS) ContentChanged event) {
        if (event.seq() > last) {
            announced.add(event.seq());
        }
    }

    @Scheduled(every = "${masthead.content-log.poll-interval}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
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
