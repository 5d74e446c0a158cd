package dev.masthead.article;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.masthead.web.WebUrl;

/** Search and social metadata of an article; every field is optional. */
@Embeddable
@Schema(name = "Seo")
public record Seo(
        @Column(name = "meta_title") @Size(max = 300) String metaTitle,
        @Column(name = "meta_description") @Size(max = 500) String metaDescription,
        @Column(name = "canonical_url") @Size(max = 2048) @WebUrl @Schema(format = "uri") String canonicalUrl,
        @Column(name = "og_image") @Size(max = 2048) @WebUrl @Schema(format = "uri") String ogImage) {

    boolean isEmpty() {
        return metaTitle == null && metaDescription == null && canonicalUrl == null && ogImage == null;
    }
}
