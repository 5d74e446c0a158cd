package dev.masthead.article;

import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.masthead.auth.Actor;

/** Who made a revision: an account, an API key, or Masthead itself (demo content, imports). */
@Schema(name = "RevisionActor")
public record RevisionActor(
        @Schema(required = true) Kind kind,
        @Schema(description = "The account's or key's id; absent for SYSTEM") UUID id,
        @Schema(description = "Its name when the revision was made") String name) {

    @Schema(name = "RevisionActorKind")
    public enum Kind { ACCOUNT, API_KEY, SYSTEM }

    static RevisionActor of(Actor actor, String name) {
        if (actor.accountId() == null) {
            return new RevisionActor(Kind.SYSTEM, null, null);
        }
        return new RevisionActor(actor.isApiKey() ? Kind.API_KEY : Kind.ACCOUNT, actor.accountId(), name);
    }
}
