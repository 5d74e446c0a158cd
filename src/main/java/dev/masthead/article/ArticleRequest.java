package dev.masthead.article;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Body of creating or replacing an article. The order of {@code authorIds}
 * and {@code tagIds} is kept and the first of each is primary. Without
 * {@code slug} a new article derives one from its title and an existing one
 * keeps its own; without {@code excerpt} one is derived from the text.
 */
@Schema(name = "ArticleRequest")
public record ArticleRequest(
        @NotBlank @Size(max = 300) @Schema(required = true, examples = "Port Halden volumes hit a record") String title,
        @NotNull @Size(max = 1_000_000) @Schema(required = true, description = "The article body in Markdown (GitHub tables supported)")
        String markdown,
        @Size(max = 96) @Pattern(regexp = "^[a-z0-9]+(?:-[a-z0-9]+)*$", message = "must be lowercase letters, digits and single hyphens")
        String slug,
        @Size(max = 1000) String excerpt,
        @Size(max = 20) @Schema(description = "Author profile ids, byline order; defaults to the caller's own profile")
        List<@NotNull UUID> authorIds,
        @Size(max = 30) @Schema(description = "Tag ids, the first is the primary tag") List<@NotNull UUID> tagIds,
        Boolean featured,
        @Valid FeatureImage featureImage,
        @Valid Seo seo,
        @Schema(description = "The version being replaced (or send If-Match); ignored on create") Long version) {
}
