package dev.masthead.auth;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An account as admins see it: never its password or hash. */
@Schema(name = "User")
public record UserView(
        @Schema(required = true) UUID id,
        @Schema(required = true) String email,
        @Schema(required = true) String name,
        @Schema(required = true) Role role,
        @Schema(description = "The account's author profile (its byline)") UUID authorId,
        @Schema(required = true) boolean active,
        @Schema(required = true) Instant createdAt,
        @Schema(required = true) Instant updatedAt,
        @Schema(required = true) long version) {

    static UserView of(Account account) {
        return new UserView(account.id(), account.email(), account.name(), account.role(), account.authorId(),
                account.active(), account.createdAt(), account.updatedAt(), account.version());
    }
}
