package dev.masthead.webhook;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import jakarta.transaction.Transactional;

import javax.sql.DataSource;

import io.quarkus.runtime.StartupEvent;

import dev.masthead.feed.FeedConfig;

/**
 * Keeps the one WEBSUB row in step with {@code masthead.feeds.hub-url} at
 * every start: set, the row names the hub and is active (a hub disabled by
 * failures gets another chance with each start); unset, the row and its
 * pending pings are gone. The fan-out then pings the hub through the same
 * outbox as webhooks. Replicas starting together take the outbox head row
 * first, so they write the row one after another and never make two.
 */
@ApplicationScoped
class WebSubHub {

    private final DataSource dataSource;
    private final WebhookSecrets secrets;
    private final Optional<String> hub;

    WebSubHub(DataSource dataSource, WebhookSecrets secrets, FeedConfig feeds) {
        this.dataSource = dataSource;
        this.secrets = secrets;
        this.hub = feeds.hubUrl().map(String::strip).filter(url -> !url.isEmpty());
    }

    /** Before the workers start, so the first fan-out already knows the hub. */
    void onStart(@Observes @Priority(Interceptor.Priority.APPLICATION - 10) StartupEvent event) {
        mirror();
    }

    @Transactional
    void mirror() {
        try (Connection connection = dataSource.getConnection()) {
            try (PreparedStatement lock = connection.prepareStatement(
                    "select seq from webhook_outbox_head where id = 1 for update")) {
                lock.executeQuery().close();
            }
            if (hub.isEmpty()) {
                try (PreparedStatement delete = connection.prepareStatement("delete from webhook where kind = 'WEBSUB'")) {
                    delete.executeUpdate();
                }
                return;
            }
            var now = OutboxDeliveries.at(Instant.now());
            try (PreparedStatement update = connection.prepareStatement("update webhook set url = ?, events = '*', "
                    + "active = true, disabled_reason = null, disabled_at = null, updated_at = ?, "
                    + "version = version + 1 where kind = 'WEBSUB'")) {
                update.setString(1, hub.get());
                update.setObject(2, now);
                if (update.executeUpdate() > 0) {
                    return;
                }
            }
            UUID id = UUID.randomUUID();
            try (PreparedStatement insert = connection.prepareStatement("insert into webhook (id, kind, url, events, "
                    + "description, active, secret, created_at, updated_at, version) "
                    + "values (?, 'WEBSUB', ?, '*', ?, true, ?, ?, ?, 0)")) {
                insert.setObject(1, id);
                insert.setString(2, hub.get());
                insert.setString(3, "The WebSub hub of masthead.feeds.hub-url");
                insert.setString(4, secrets.seal(id, secrets.generate()));
                insert.setObject(5, now);
                insert.setObject(6, now);
                insert.executeUpdate();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot record the WebSub hub of masthead.feeds.hub-url", e);
        }
    }
}
