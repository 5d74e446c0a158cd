package dev.masthead.tag;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Body of creating or replacing a tag. {@code slug} is derived from the name
 * when absent; {@code version} (or If-Match) is required to replace one.
 */
@Schema(name = "TagRequest")
public record TagRequest(
        @NotBlank @Size(max = 200) @Schema(required = true, examples = "Climate") String name,
        @Size(max = 96) @Pattern(regexp = "^[a-z0-9]+(?:-[a-z0-9]+)*$", message = "must be lowercase letters, digits and single hyphens")
        String slug,
        @Size(max = 5000) String description,
        @Schema(description = "The version being replaced (or send If-Match); ignored on create") Long version) {
}
