package dev.masthead.auth;

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
}
