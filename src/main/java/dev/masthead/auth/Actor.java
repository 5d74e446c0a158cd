package dev.masthead.auth;

import java.util.Collection;
import java.util.Set;
import java.util.UUID;

/**
 * Who is making a Management API request: a signed-in account (with a role
 * and usually an author profile) or an API key (with scopes, no profile).
 */
public record Actor(UUID accountId, Role role, UUID authorId, Set<Scope> scopes) {

    public static Actor account(UUID accountId, Role role, UUID authorId) {
        return new Actor(accountId, role, authorId, Set.of());
    }

    /** Masthead itself (demo content, imports): may do anything, credits no one by default. */
    public static Actor system() {
        return new Actor(null, Role.ADMIN, null, Set.of());
    }

    public static Actor apiKey(UUID keyId, Set<Scope> scopes) {
        return new Actor(keyId, null, null, Set.copyOf(scopes));
    }

    public boolean isApiKey() {
        return role == null;
    }

    /** Editors, admins and every API key see all content, whoever wrote it. */
    public boolean seesAllContent() {
        return isApiKey() || role.atLeast(Role.EDITOR);
    }

    /** Editors, admins and content:write keys may change any content. */
    public boolean editsAllContent() {
        return isApiKey() ? scopes.contains(Scope.CONTENT_WRITE) : role.atLeast(Role.EDITOR);
    }

    /** Whether this actor may write content at all (a read-only key may not). */
    public boolean writesContent() {
        return !isApiKey() || scopes.contains(Scope.CONTENT_WRITE);
    }

    public boolean mayPublish() {
        return isApiKey() ? scopes.contains(Scope.CONTENT_WRITE) : role.atLeast(Role.AUTHOR);
    }

    /** "Own" content: the actor's author profile is among the article's authors. */
    public boolean isAmong(Collection<UUID> authorIds) {
        return authorId != null && authorIds.contains(authorId);
    }
}
