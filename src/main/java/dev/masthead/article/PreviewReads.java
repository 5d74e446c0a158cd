package dev.masthead.article;

import static dev.masthead.article.PublishedArticleReads.featureImage;
import static dev.masthead.article.PublishedArticleReads.instant;
import static dev.masthead.article.PublishedArticleReads.prepare;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import javax.sql.DataSource;

import dev.masthead.author.AuthorRef;
import dev.masthead.site.Permalinks;
import dev.masthead.tag.TagRef;

/**
 * One article of ANY status in the Delivery shape, for a draft preview that
 * a preview token opened ({@link ArticlePreviews}); nothing else may call it.
 * It reads what {@link PublishedArticleReads#bySlug} reads, by id and without
 * the status filter, which is why it lives apart: the public read path keeps
 * no way to reach a draft.
 */
@ApplicationScoped
class PreviewReads {

    private static final String SQL = "select a.id, a.slug, a.title, a.excerpt, a.feature_image_url, "
            + "a.feature_image_alt, a.feature_image_caption, a.featured, a.published_at, a.updated_at, "
            + "a.reading_time_minutes, a.html, a.plaintext, a.word_count, a.meta_title, a.meta_description, "
            + "a.canonical_url, a.og_image from article a where a.id = ?";

    private final DataSource dataSource;
    private final Permalinks permalinks;

    PreviewReads(DataSource dataSource, Permalinks permalinks) {
        this.dataSource = dataSource;
        this.permalinks = permalinks;
    }

    /**
     * The article as the Delivery API would show it if it were published;
     * one never published shows {@code now} as its publication time (and in
     * its url), the moment it would go out if published now.
     */
    Optional<ArticleView> byId(UUID id, Instant now) {
        try (Connection connection = dataSource.getConnection()) {
            ArticleView partial;
            try (PreparedStatement select = prepare(connection, SQL, List.of(id));
                    ResultSet result = select.executeQuery()) {
                if (!result.next()) {
                    return Optional.empty();
                }
                Instant publishedAt = instant(result, 9);
                Seo seo = new Seo(result.getString(15), result.getString(16), result.getString(17), result.getString(18));
                partial = new ArticleView(id, result.getString(2), null, result.getString(3), result.getString(4),
                        featureImage(result, 5), result.getBoolean(8), publishedAt == null ? now : publishedAt,
                        instant(result, 10), result.getInt(11), null, List.of(), null, List.of(), result.getString(12),
                        result.getString(13), result.getInt(14), seo.isEmpty() ? null : seo);
            }
            ArticleRelations relations = ArticleRelations.read(connection, List.of(id), permalinks);
            List<AuthorRef> authors = relations.authors(id);
            List<TagRef> tags = relations.tags(id);
            ArticleView a = partial;
            return Optional.of(new ArticleView(a.id(), a.slug(), permalinks.article(a.slug(), id, a.publishedAt()),
                    a.title(), a.excerpt(), a.featureImage(), a.featured(), a.publishedAt(), a.updatedAt(),
                    a.readingTimeMinutes(), authors.isEmpty() ? null : authors.get(0), authors,
                    tags.isEmpty() ? null : tags.get(0), tags, a.html(), a.plaintext(), a.wordCount(), a.seo()));
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read an article for its preview", e);
        }
    }
}
