package dev.masthead.auth;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "LoginRequest")
public record LoginRequest(
        @NotBlank @Size(max = 320) @Schema(required = true, examples = "admin@masthead.local") String email,
        @NotBlank @Size(max = 200) @Schema(required = true) String password) {
}
