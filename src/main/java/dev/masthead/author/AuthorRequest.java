package dev.masthead.author;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.masthead.web.WebUrl;

/**
 * Body of creating or replacing an author profile. {@code slug} is derived
 * from the name when absent; {@code version} (or If-Match) is required to
 * replace one.
 */
@Schema(name = "AuthorRequest")
public record AuthorRequest(
        @NotBlank @Size(max = 200) @Schema(required = true, examples = "Amara Okafor") String name,
        @Size(max = 96) @Pattern(regexp = "^[a-z0-9]+(?:-[a-z0-9]+)*$", message = "must be lowercase letters, digits and single hyphens")
        String slug,
        @Size(max = 5000) String bio,
        @Size(max = 2048) @WebUrl @Schema(format = "uri") String avatarUrl,
        @Size(max = 2048) @WebUrl @Schema(format = "uri") String website,
        @Schema(description = "The version being replaced (or send If-Match); ignored on create") Long version) {
}
