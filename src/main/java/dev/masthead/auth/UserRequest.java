package dev.masthead.auth;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A new account; its author profile (byline) is created with it. */
@Schema(name = "UserRequest")
public record UserRequest(
        @NotBlank @Email @Size(max = 320) @Schema(required = true, examples = "zoe@meridian.example") String email,
        @NotNull @Size(min = AccountService.MIN_PASSWORD_LENGTH, max = 200) @Schema(required = true) String password,
        @NotNull @Schema(required = true) Role role,
        @NotBlank @Size(max = 200) @Schema(required = true, examples = "Zoë Lindqvist") String name) {
}
