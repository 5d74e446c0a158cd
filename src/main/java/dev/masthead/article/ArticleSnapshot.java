package dev.masthead.article;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.masthead.author.Author;
import dev.masthead.tag.Tag;

/**
 * An article's content at one revision: exactly the fields a write may change
 * (the ArticleRequest shape), so restoring one is writing it back. Status and
 * publication are not content; derived text (HTML, a derived excerpt) is
 * rendered again from these.
 */
@Schema(name = "ArticleSnapshot")
public record ArticleSnapshot(
        @Schema(required = true) String title,
        @Schema(required = true) String markdown,
        @Schema(required = true) String slug,
        @Schema(description = "The written excerpt; absent when it derives from the text") String excerpt,
        @Schema(required = true) List<UUID> authorIds,
        @Schema(required = true) List<UUID> tagIds,
        @Schema(required = true) boolean featured,
        FeatureImage featureImage,
        Seo seo) {

    /** The content fields, in the order changes are reported. */
    static final List<String> FIELDS = List.of("title", "markdown", "slug", "excerpt", "authorIds", "tagIds",
            "featured", "featureImage", "seo");

    /** Before the first revision: no field is set. */
    static final ArticleSnapshot NOTHING = new ArticleSnapshot(null, null, null, null, List.of(), List.of(), false,
            null, null);

    static ArticleSnapshot of(Article article) {
        return new ArticleSnapshot(article.title(), article.markdown(), article.slug(),
                article.hasCustomExcerpt() ? article.excerpt() : null,
                article.authors().stream().map(Author::id).toList(), article.tags().stream().map(Tag::id).toList(),
                article.featured(), article.featureImage(), article.seo());
    }

    /** The fields whose value differs from {@code before}, in {@link #FIELDS} order. */
    List<String> changedFrom(ArticleSnapshot before) {
        return FIELDS.stream().filter(field -> !Objects.equals(before.value(field), value(field))).toList();
    }

    Object value(String field) {
        return switch (field) {
            case "title" -> title;
            case "markdown" -> markdown;
            case "slug" -> slug;
            case "excerpt" -> excerpt;
            case "authorIds" -> authorIds;
            case "tagIds" -> tagIds;
            case "featured" -> featured;
            case "featureImage" -> featureImage;
            case "seo" -> seo;
            default -> throw new IllegalArgumentException("No content field " + field);
        };
    }

    /** This content as a whole write; the version is left to If-Match. */
    ArticleRequest toRequest() {
        return new ArticleRequest(title, markdown, slug, excerpt, authorIds, tagIds, featured, featureImage, seo, null);
    }
}
