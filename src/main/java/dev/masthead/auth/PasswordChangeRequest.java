package dev.masthead.auth;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PasswordChangeRequest")
public record PasswordChangeRequest(
        @NotBlank @Size(max = 200) @Schema(required = true) String currentPassword,
        @NotNull @Size(min = AccountService.MIN_PASSWORD_LENGTH, max = 200) @Schema(required = true) String newPassword) {
}
