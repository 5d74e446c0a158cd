package dev.masthead.webhook;

import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

/** Webhook rows of kind WEBHOOK: the admin API never sees the WEBSUB row. */
@ApplicationScoped
public class WebhookRepository implements PanacheRepositoryBase<Webhook, UUID> {

    public Optional<Webhook> findWebhook(UUID id) {
        return find("id = ?1 and kind = ?2", id, Webhook.KIND).firstResultOptional();
    }

    /** Oldest first, as they were added. */
    public PanacheQuery<Webhook> webhooks() {
        return find("kind = ?1", Sort.by("createdAt").and("id"), Webhook.KIND);
    }
}
