package dev.masthead.article;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.masthead.web.WebUrl;

/** The lead image of an article; also the API shape, it has nothing to hide. */
@Embeddable
@Schema(name = "FeatureImage")
public record FeatureImage(
        @Column(name = "feature_image_url") @NotBlank @Size(max = 2048) @WebUrl
        @Schema(required = true, format = "uri", examples = "https://images.example.com/harbour.jpg") String url,
        @Column(name = "feature_image_alt") @Size(max = 500) String alt,
        @Column(name = "feature_image_caption") @Size(max = 1000) String caption) {
}
