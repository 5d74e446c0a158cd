package dev.masthead.auth;

/** What an account may do; each role includes the powers of those before it. */
public enum Role {
    CONTRIBUTOR,
    AUTHOR,
    EDITOR,
    ADMIN
}
