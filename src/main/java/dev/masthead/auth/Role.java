package dev.masthead.auth;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/** What an account may do; each role includes the powers of those before it. */
public enum Role {
    /** Writes and edits own drafts; never publishes. */
    CONTRIBUTOR,
    /** Writes, edits and publishes own articles. */
    AUTHOR,
    /** Runs the desk: all content, tags and authors. */
    EDITOR,
    /** Everything, including accounts and API keys. */
    ADMIN;

    public boolean atLeast(Role other) {
        return compareTo(other) >= 0;
    }

    /** This role and every role below it, as security role names (so @RolesAllowed("EDITOR") admits ADMIN). */
    Set<String> grantedRoleNames() {
        return Arrays.stream(values()).filter(this::atLeast).map(Role::name).collect(Collectors.toSet());
    }
}
