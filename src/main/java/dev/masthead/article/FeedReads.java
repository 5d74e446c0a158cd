package dev.masthead.article;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import javax.sql.DataSource;

import dev.masthead.site.Permalinks;

/**
 * The feed read path in plain SQL, in bounded memory: the page is read
 * without bodies but with each body's length, the bodies that fit the
 * feed's content budget (newest first, until the first that does not fit)
 * are read by id afterwards, and nothing else ever holds HTML. Four
 * statements on one connection whatever the page size: page, relations,
 * bodies, and the time of the newest content write.
 */
@ApplicationScoped
class FeedReads {

    private static final String COLUMNS = "a.id, a.slug, a.title, a.excerpt, a.feature_image_url, "
            + "a.feature_image_alt, a.feature_image_caption, a.published_at, a.updated_at, coalesce(length(a.html), 0)";

    private final DataSource dataSource;
    private final Permalinks permalinks;

    FeedReads(DataSource dataSource, Permalinks permalinks) {
        this.dataSource = dataSource;
        this.permalinks = permalinks;
    }

    /** Up to {@code limit + 1} entries, newest first: the extra one only tells that there is more. */
    List<FeedEntry> read(FeedQuery query) {
        StringBuilder sql = new StringBuilder("select ").append(COLUMNS);
        List<Object> parameters = new ArrayList<>();
        String key;
        String order;
        if (query.scope() == FeedQuery.Scope.SITE) {
            sql.append(" from article a where a.status = 'PUBLISHED'");
            key = "(a.published_at, a.id)";
            order = "a.published_at desc, a.id desc";
        } else {
            // One walk down the tag's or author's published link index, as article lists do.
            boolean tag = query.scope() == FeedQuery.Scope.TAG;
            sql.append(tag ? " from article_tag x" : " from article_author x")
                    .append(" join article a on a.id = x.article_id where x.")
                    .append(tag ? "tag_id = (select t.id from tag t" : "author_id = (select t.id from author t")
                    .append(" where t.slug = ?) and x.published_at is not null and a.status = 'PUBLISHED'");
            parameters.add(query.slug());
            key = "(x.published_at, x.article_id)";
            order = "x.published_at desc, x.article_id desc";
        }
        if (query.after() != null) {
            sql.append(" and ").append(key).append(" < (?, ?)");
            parameters.add(OffsetDateTime.ofInstant(query.after().publishedAt(), ZoneOffset.UTC));
            parameters.add(query.after().id());
        }
        sql.append(" order by ").append(order).append(" limit ?");
        parameters.add(query.limit() + 1);
        try (Connection connection = dataSource.getConnection()) {
            List<Row> rows = new ArrayList<>();
            try (PreparedStatement select = PublishedArticleReads.prepare(connection, sql.toString(), parameters);
                    ResultSet result = select.executeQuery()) {
                while (result.next()) {
                    rows.add(Row.read(result));
                }
            }
            List<UUID> ids = rows.stream().map(Row::id).toList();
            ArticleRelations relations = ArticleRelations.read(connection, ids, permalinks);
            Map<UUID, String> bodies = bodies(connection, withinBudget(rows, query));
            return rows.stream().map(row -> row.entry(bodies.get(row.id()), relations, permalinks)).toList();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read a feed", e);
        }
    }

    /**
     * The newest entries whose bodies fit the budget together; the first that
     * does not fit ends it. A budget of 0 (summaries only) reads no body at all.
     */
    private static List<UUID> withinBudget(List<Row> rows, FeedQuery query) {
        List<UUID> chosen = new ArrayList<>();
        long left = query.contentBudget();
        if (left <= 0) {
            return chosen;
        }
        for (Row row : rows.subList(0, Math.min(rows.size(), query.limit()))) {
            if (row.htmlLength() > left) {
                break;
            }
            left -= row.htmlLength();
            chosen.add(row.id());
        }
        return chosen;
    }

    private static Map<UUID, String> bodies(Connection connection, List<UUID> ids) throws SQLException {
        Map<UUID, String> bodies = new HashMap<>();
        if (ids.isEmpty()) {
            return bodies;
        }
        String sql = "select a.id, a.html from article a where a.status = 'PUBLISHED' and a.id in ("
                + String.join(", ", Collections.nCopies(ids.size(), "?")) + ")";
        try (PreparedStatement select = PublishedArticleReads.prepare(connection, sql, ids);
                ResultSet result = select.executeQuery()) {
            while (result.next()) {
                bodies.put(result.getObject(1, UUID.class), result.getString(2));
            }
        }
        return bodies;
    }

    /** One entry before its authors, tags and body are known. */
    private record Row(UUID id, String slug, String title, String excerpt, FeatureImage featureImage,
            Instant publishedAt, Instant updatedAt, long htmlLength) {

        static Row read(ResultSet result) throws SQLException {
            return new Row(result.getObject(1, UUID.class), result.getString(2), result.getString(3),
                    result.getString(4), PublishedArticleReads.featureImage(result, 5),
                    PublishedArticleReads.instant(result, 8), PublishedArticleReads.instant(result, 9),
                    result.getLong(10));
        }

        FeedEntry entry(String html, ArticleRelations relations, Permalinks permalinks) {
            return new FeedEntry(id, slug, permalinks.article(slug, id, publishedAt), title, excerpt, html,
                    featureImage, publishedAt, updatedAt, relations.latestChange(id, updatedAt), relations.authors(id),
                    relations.tags(id));
        }
    }
}
