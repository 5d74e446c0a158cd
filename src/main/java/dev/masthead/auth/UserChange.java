package dev.masthead.auth;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What an admin may change of an account, as the target of a merge patch. */
@Schema(name = "UserChange")
public record UserChange(
        @NotBlank @Size(max = 200) String name,
        @NotNull Role role,
        @NotNull @Schema(description = "false deactivates the account: its tokens stop working at once") Boolean active,
        @Schema(description = "The version being changed (or send If-Match)") Long version) {
}
