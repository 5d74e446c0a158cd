package dev.masthead.auth;

import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ApiKeyRequest")
public record ApiKeyRequest(
        @NotBlank @Size(max = 200) @Schema(required = true, examples = "Syndication partner feed") String name,
        @NotEmpty @Schema(required = true) Set<@NotNull Scope> scopes) {
}
