package dev.masthead.sync;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import javax.sql.DataSource;

import dev.masthead.content.EntityType;
import dev.masthead.content.Operation;

/**
 * What sync reads of the content log, in plain SQL. Writers number events
 * under the head row's lock and commit in that order, so once the head
 * reads N every event up to N has committed and none below N can appear later.
 */
@ApplicationScoped
class SyncLog {

    /**
     * Visible events after a position, each marked when a later visible event
     * of the same item supersedes it (content_event_entity_idx answers that
     * probe); the walk uses content_event_public_idx on PostgreSQL.
     */
    private static final String WINDOW = "select e.seq, e.entity_type, e.entity_id, e.operation, e.occurred_at, e.slug, "
            + "case when exists (select 1 from content_event l where l.entity_type = e.entity_type "
            + "and l.entity_id = e.entity_id and l.seq > e.seq and (l.public_before or l.public_after)) "
            + "then 1 else 0 end from content_event e "
            + "where e.seq > ? and e.seq <= ? and (e.public_before or e.public_after)%s order by e.seq limit ?";

    private final DataSource dataSource;

    SyncLog(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The committed head: every event up to it has committed. */
    long head() {
        return readHead(1);
    }

    /** The highest position retention removed: a cursor below it has lost events. */
    long trimmedThrough() {
        return readHead(2);
    }

    /** At most {@code max} visible events in ({@code after}, {@code upTo}] of these types, in log order. */
    List<Event> window(long after, long upTo, SyncTypes types, int max) {
        List<Object> parameters = new ArrayList<>(List.of(after, upTo));
        String filter = "";
        if (types.included().size() < EntityType.values().length) {
            filter = " and e.entity_type in (" + String.join(", ", Collections.nCopies(types.included().size(), "?")) + ")";
            types.included().forEach(type -> parameters.add(type.name()));
        }
        parameters.add(max);
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(String.format(WINDOW, filter))) {
            for (int i = 0; i < parameters.size(); i++) {
                select.setObject(i + 1, parameters.get(i));
            }
            List<Event> events = new ArrayList<>();
            try (ResultSet result = select.executeQuery()) {
                while (result.next()) {
                    events.add(new Event(result.getLong(1), EntityType.valueOf(result.getString(2)),
                            result.getObject(3, UUID.class), Operation.valueOf(result.getString(4)),
                            result.getObject(5, OffsetDateTime.class).toInstant(), result.getString(6),
                            result.getInt(7) == 1));
                }
            }
            return events;
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the content log", e);
        }
    }

    private long readHead(int column) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(
                        "select seq, trimmed_through from content_event_head where id = 1");
                ResultSet result = select.executeQuery()) {
            result.next();
            return result.getLong(column);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the content log's head", e);
        }
    }

    /** A visible event; {@code superseded} when a later visible event of the same item exists. */
    record Event(long seq, EntityType type, UUID id, Operation operation, Instant at, String slug,
            boolean superseded) {
    }
}
