package dev.masthead.auth;

import java.util.UUID;

import jakarta.enterprise.context.RequestScoped;

import io.quarkus.security.identity.SecurityIdentity;

/** The account or API key behind the current Management API request. */
@RequestScoped
public class Caller {

    static final String ACTOR = "masthead.actor";

    private final SecurityIdentity identity;

    Caller(SecurityIdentity identity) {
        this.identity = identity;
    }

    public Actor actor() {
        Actor actor = identity.getAttribute(ACTOR);
        if (actor == null) {
            throw new IllegalStateException("No authenticated actor on this request");
        }
        return actor;
    }

    /** The caller's own author profile, credited when a write names no authors; null for API keys. */
    public UUID authorId() {
        return actor().authorId();
    }
}
