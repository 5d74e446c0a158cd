package dev.masthead.auth;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * The human-readable name of an actor as it is now: an account's name (its
 * email when it has none), an API key's name. Records that must say who did
 * something later (article revisions) keep this next to the id, so the name
 * survives a rename or a deleted account.
 */
@ApplicationScoped
public class ActorNames {

    private final AccountRepository accounts;
    private final ApiKeyRepository keys;

    ActorNames(AccountRepository accounts, ApiKeyRepository keys) {
        this.accounts = accounts;
        this.keys = keys;
    }

    /** @return the name, or null for Masthead itself or an id that no longer exists. */
    public String nameOf(Actor actor) {
        if (actor.accountId() == null) {
            return null;
        }
        if (actor.isApiKey()) {
            return keys.findByIdOptional(actor.accountId()).map(ApiKey::name).orElse(null);
        }
        return accounts.findByIdOptional(actor.accountId())
                .map(a -> a.name() == null || a.name().isBlank() ? a.email() : a.name()).orElse(null);
    }
}
