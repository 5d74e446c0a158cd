package dev.masthead.article;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

import jakarta.enterprise.context.ApplicationScoped;

import javax.sql.DataSource;

import dev.masthead.site.Permalinks;

/**
 * What the sitemaps read, in plain SQL over published articles only: the kept
 * total, the newest change, a chunk of the whole archive in publication order
 * (oldest first, so a chunk's place in the archive only moves when an older
 * article is published, unpublished or deleted), and the last two days for
 * Google News. An article whose canonical URL sends readers off the website is
 * not listed; it still takes its place in the order, so every chunk covers the
 * positions its number says.
 */
@ApplicationScoped
class SitemapReads {

    /**
     * Rows per round trip while a chunk is read. PostgreSQL's driver streams a
     * result in batches of this size only inside a transaction; without one it
     * would hold the whole chunk (up to 50,000 rows) in memory at once.
     */
    private static final int FETCH_SIZE = 500;
    private static final String PUBLISHED = " from article where status = 'PUBLISHED' ";

    private final DataSource dataSource;
    private final Permalinks permalinks;

    SitemapReads(DataSource dataSource, Permalinks permalinks) {
        this.dataSource = dataSource;
        this.permalinks = permalinks;
    }

    /** The kept count of published articles ({@link DeliveryIndex}): one row, never a scan. */
    long count() {
        try (Connection connection = dataSource.getConnection()) {
            return count(connection);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the published article count", e);
        }
    }

    /** The newest updated_at of a published article: the first entry of article_published_updated_idx. */
    Instant newestChange() {
        String sql = "select updated_at" + PUBLISHED + "order by updated_at desc, id desc limit 1";
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(sql);
                ResultSet result = select.executeQuery()) {
            return result.next() ? PublishedArticleReads.instant(result, 1) : null;
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the newest article change", e);
        }
    }

    /**
     * Hands the published articles at positions [first, first + size) of the
     * publication order to {@code entry}, as they are read. The start is found
     * by walking the publication index from whichever end is nearer, reading
     * only its (published_at, id) keys; the chunk is then one range scan from
     * that key. Answers false when no article is at {@code first} and it is
     * not the first chunk (the first one exists even when nothing is published).
     */
    boolean chunk(long first, int size, Consumer<SitemapArticle> entry) {
        try (Connection connection = dataSource.getConnection()) {
            long total = count(connection);
            if (first >= total) {
                return first == 0;
            }
            boolean fromOldest = first < total / 2;
            String start = "select published_at, id" + PUBLISHED + "order by "
                    + (fromOldest ? "published_at asc, id asc" : "published_at desc, id desc") + " limit 1 offset ?";
            OffsetDateTime startAt;
            UUID startId;
            try (PreparedStatement select = connection.prepareStatement(start)) {
                select.setLong(1, fromOldest ? first : total - 1 - first);
                try (ResultSet result = select.executeQuery()) {
                    if (!result.next()) {
                        // The kept total ran ahead of what this statement sees: a write is landing.
                        return true;
                    }
                    startAt = result.getObject(1, OffsetDateTime.class);
                    startId = result.getObject(2, UUID.class);
                }
            }
            String rows = "select slug, id, published_at, updated_at, feature_image_url, canonical_url" + PUBLISHED
                    + "and (published_at, id) >= (?, ?) order by published_at asc, id asc limit ?";
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try (PreparedStatement select = connection.prepareStatement(rows)) {
                select.setFetchSize(FETCH_SIZE);
                select.setObject(1, startAt);
                select.setObject(2, startId);
                select.setInt(3, size);
                try (ResultSet result = select.executeQuery()) {
                    while (result.next()) {
                        String canonical = result.getString(6);
                        if (canonical == null || permalinks.onSite(canonical)) {
                            String url = permalinks.article(result.getString(1), result.getObject(2, UUID.class),
                                    PublishedArticleReads.instant(result, 3));
                            entry.accept(new SitemapArticle(url, PublishedArticleReads.instant(result, 4),
                                    result.getString(5)));
                        }
                    }
                }
            } finally {
                connection.rollback();
                connection.setAutoCommit(autoCommit);
            }
            return true;
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read a sitemap chunk", e);
        }
    }

    /** Articles published after {@code since}, newest first, at most {@code limit} read. */
    List<NewsArticle> news(Instant since, int limit) {
        String sql = "select slug, id, title, published_at, updated_at, canonical_url" + PUBLISHED
                + "and published_at > ? order by published_at desc, id desc limit ?";
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(sql)) {
            select.setObject(1, OffsetDateTime.ofInstant(since, ZoneOffset.UTC));
            select.setInt(2, limit);
            List<NewsArticle> news = new ArrayList<>();
            try (ResultSet result = select.executeQuery()) {
                while (result.next()) {
                    String canonical = result.getString(6);
                    if (canonical == null || permalinks.onSite(canonical)) {
                        Instant publishedAt = PublishedArticleReads.instant(result, 4);
                        news.add(new NewsArticle(permalinks.article(result.getString(1),
                                result.getObject(2, UUID.class), publishedAt), result.getString(3), publishedAt,
                                PublishedArticleReads.instant(result, 5)));
                    }
                }
            }
            return news;
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the news sitemap", e);
        }
    }

    /** The latest publication at or before {@code cutoff}: the newest article a window starting there left out. */
    Instant newestPublishedUpTo(Instant cutoff) {
        String sql = "select published_at" + PUBLISHED + "and published_at <= ? order by published_at desc, id desc limit 1";
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(sql)) {
            select.setObject(1, OffsetDateTime.ofInstant(cutoff, ZoneOffset.UTC));
            try (ResultSet result = select.executeQuery()) {
                return result.next() ? PublishedArticleReads.instant(result, 1) : null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the newest article before the news window", e);
        }
    }

    private static long count(Connection connection) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("select articles from published_total where id = 1");
                ResultSet result = select.executeQuery()) {
            return result.next() ? result.getLong(1) : 0;
        }
    }
}
