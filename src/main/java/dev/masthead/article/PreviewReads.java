package dev.masthead.article;

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

import dev.masthead.site.Permalinks;

/**
 * One article of ANY status in the Delivery shape, for a draft preview that
 * a preview token opened ({@link ArticlePreviews}); nothing else may call it.
 * It reads what {@link PublishedArticleReads#bySlug} reads, by id and without
 * the status filter, which is why it lives apart: the public read path keeps
 * no way to reach a draft.
 */
@ApplicationScoped
class PreviewReads {

    private static final String SQL = "select " + PublishedArticleReads.Whole.COLUMNS + " from article a where a.id = ?";

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
            PublishedArticleReads.Whole whole;
            try (PreparedStatement select = PublishedArticleReads.prepare(connection, SQL, List.of(id));
                    ResultSet result = select.executeQuery()) {
                if (!result.next()) {
                    return Optional.empty();
                }
                whole = PublishedArticleReads.Whole.read(result).publishedOr(now);
            }
            return Optional.of(whole.view(ArticleRelations.read(connection, List.of(id), permalinks), permalinks));
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read an article for its preview", e);
        }
    }
}
