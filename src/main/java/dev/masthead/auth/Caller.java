package dev.masthead.auth;

import java.util.UUID;

import jakarta.enterprise.context.RequestScoped;

import io.quarkus.security.identity.SecurityIdentity;

/** The signed-in account behind the current Management API request. */
@RequestScoped
public class Caller {

    private final SecurityIdentity identity;

    Caller(SecurityIdentity identity) {
        this.identity = identity;
    }

    /** The caller's own author profile, credited when a write names no authors; may be null. */
    public UUID authorId() {
        return identity.getAttribute(AccountIdentityProvider.AUTHOR_ID);
    }
}
