package dev.masthead.content;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

import javax.sql.DataSource;

/**
 * Writes to the database behind this replica's back, as another replica
 * would: the change itself, and, separately, its content_event row.
 */
public final class OtherReplica {

    private final DataSource dataSource;

    public OtherReplica(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public void retitle(String articleId, String title) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement update = connection.prepareStatement("update article set title = ? where id = ?")) {
            update.setString(1, title);
            update.setObject(2, UUID.fromString(articleId));
            update.executeUpdate();
        }
    }

    /** Appends the event the way every writer does: number it from the head row, in one transaction. */
    public void logArticleUpdate(String articleId) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement bump = connection.prepareStatement(
                    "update content_event_head set seq = seq + 1 where id = 1");
                    PreparedStatement head = connection.prepareStatement("select seq from content_event_head where id = 1");
                    PreparedStatement insert = connection.prepareStatement("insert into content_event "
                            + "(seq, entity_type, entity_id, operation, occurred_at) values (?, 'ARTICLE', ?, 'UPDATED', ?)")) {
                bump.executeUpdate();
                long seq;
                try (ResultSet row = head.executeQuery()) {
                    row.next();
                    seq = row.getLong(1);
                }
                insert.setLong(1, seq);
                insert.setObject(2, UUID.fromString(articleId));
                insert.setTimestamp(3, Timestamp.from(Instant.now()));
                insert.executeUpdate();
                connection.commit();
            } catch (SQLException e) {
                connection.rollback();
                throw e;
            }
        }
    }
}
