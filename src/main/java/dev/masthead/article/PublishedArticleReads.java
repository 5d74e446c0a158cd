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
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import javax.sql.DataSource;

import dev.masthead.author.AuthorRef;
import dev.masthead.site.Permalinks;
import dev.masthead.tag.TagRef;
import dev.masthead.text.Slugs;

/**
 * The Delivery read path in plain SQL: exactly the columns each response
 * shows (a list never reads bodies), the authors and tags of a whole page in
 * one statement, and one connection per request. Writes stay with Hibernate
 * in {@link ArticleRepository}.
 */
@ApplicationScoped
class PublishedArticleReads {

    private static final String SUMMARY_COLUMNS = "a.id, a.slug, a.title, a.excerpt, a.feature_image_url, "
            + "a.feature_image_alt, a.feature_image_caption, a.featured, a.published_at, a.updated_at, "
            + "a.reading_time_minutes";
    private static final int SUMMARY_COLUMN_COUNT = 11;

    private final DataSource dataSource;
    private final Permalinks permalinks;

    PublishedArticleReads(DataSource dataSource, Permalinks permalinks) {
        this.dataSource = dataSource;
        this.permalinks = permalinks;
    }

    /**
     * A page of summaries; in page mode with the total count. In cursor mode
     * one row more than the page size is read, to tell whether there is a next page.
     */
    Listed list(ArticleQuery query) {
        Where where = Where.of(query);
        boolean byLink = where.link() != null && query.sort().allowsCursor();
        StringBuilder sql = new StringBuilder("select ").append(SUMMARY_COLUMNS);
        List<Object> parameters = new ArrayList<>();
        // A kept total rides along on every row, saving a round trip; a general count cannot.
        Count kept = query.cursorMode() ? null : Count.kept(where);
        if (kept != null) {
            sql.append(", (").append(kept.sql()).append(")");
            parameters.addAll(kept.parameters());
        }
        String order;
        if (byLink) {
            // Newest (or oldest) of one tag or author: one walk down the link table's index.
            Link link = where.link();
            sql.append(" from ").append(link.table()).append(" x join article a on a.id = x.article_id where x.")
                    .append(link.column()).append(" = (select p.id from ").append(link.parent())
                    .append(" p where p.slug = ?) and x.published_at is not null");
            parameters.add(link.slug());
            order = query.sort() == ArticleSort.OLDEST ? "x.published_at asc, x.article_id asc"
                    : "x.published_at desc, x.article_id desc";
            appendCursor(sql, parameters, query, "(x.published_at, x.article_id)");
        } else {
            sql.append(" from article a where ").append(where.sql());
            parameters.addAll(where.parameters());
            order = query.sort().sqlOrderBy();
            appendCursor(sql, parameters, query, "(a.published_at, a.id)");
        }
        sql.append(" order by ").append(order).append(" limit ?");
        if (query.cursorMode()) {
            parameters.add(query.pageSize() + 1);
        } else {
            sql.append(" offset ?");
            parameters.add(query.pageSize());
            parameters.add((long) (query.page() - 1) * query.pageSize());
        }
        try (Connection connection = dataSource.getConnection()) {
            List<Row> rows = new ArrayList<>();
            Long total = null;
            try (PreparedStatement select = prepare(connection, sql.toString(), parameters);
                    ResultSet result = select.executeQuery()) {
                while (result.next()) {
                    rows.add(Row.read(result));
                    total = kept == null ? null : result.getLong(SUMMARY_COLUMN_COUNT + 1);
                }
            }
            ArticleRelations relations = ArticleRelations.read(connection, rows.stream().map(Row::id).toList(), permalinks);
            List<ArticleSummary> summaries = rows.stream().map(row -> row.summary(relations, permalinks)).toList();
            if (!query.cursorMode() && total == null) {
                total = count(connection, where);
            }
            return new Listed(summaries, total);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot list published articles", e);
        }
    }

    /** The published article with this slug, whole, and when it or its tags or authors last changed. */
    Optional<PublishedArticle.Found> bySlug(String slug) {
        if (!Slugs.isValid(slug)) {
            return Optional.empty();
        }
        String sql = "select " + Whole.COLUMNS + " from article a where a.slug = ? and a.status = 'PUBLISHED'";
        try (Connection connection = dataSource.getConnection()) {
            Whole whole;
            try (PreparedStatement select = prepare(connection, sql, List.of(slug));
                    ResultSet result = select.executeQuery()) {
                if (!result.next()) {
                    return Optional.empty();
                }
                whole = Whole.read(result);
            }
            ArticleRelations relations = ArticleRelations.read(connection, List.of(whole.row().id()), permalinks);
            Instant lastModified = relations.latestChange(whole.row().id(), whole.row().updatedAt());
            return Optional.of(new PublishedArticle.Found(whole.view(relations, permalinks), lastModified));
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read a published article", e);
        }
    }

    /** The current slug of a published article that used to have this one. */
    Optional<String> movedFrom(String slug) {
        if (!Slugs.isValid(slug)) {
            return Optional.empty();
        }
        String sql = "select a.slug from article_slug_redirect r join article a on a.id = r.article_id "
                + "where r.slug = ? and a.status = 'PUBLISHED'";
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = prepare(connection, sql, List.of(slug));
                ResultSet result = select.executeQuery()) {
            return result.next() ? Optional.of(result.getString(1)) : Optional.empty();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot look up a former slug", e);
        }
    }

    List<RecentPost> recent(int limit) {
        String sql = "select a.slug, a.title, a.excerpt, a.published_at, a.feature_image_url, a.feature_image_alt, "
                + "a.feature_image_caption, a.id from article a where a.status = 'PUBLISHED' "
                + "order by a.published_at desc, a.id desc limit ?";
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = prepare(connection, sql, List.of(limit));
                ResultSet result = select.executeQuery()) {
            List<RecentPost> posts = new ArrayList<>();
            while (result.next()) {
                Instant publishedAt = instant(result, 4);
                String slug = result.getString(1);
                posts.add(new RecentPost(slug, permalinks.article(slug, result.getObject(8, UUID.class), publishedAt),
                        result.getString(2), result.getString(3), publishedAt, featureImage(result, 5)));
            }
            return posts;
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read recent posts", e);
        }
    }

    record Listed(List<ArticleSummary> summaries, Long total) {
    }

    /** Keyset paging: the rows after the cursor's (publishedAt, id) in the direction of the sort. */
    private static void appendCursor(StringBuilder sql, List<Object> parameters, ArticleQuery query, String key) {
        if (query.cursor() != null) {
            sql.append(" and ").append(key).append(query.sort() == ArticleSort.OLDEST ? " > " : " < ").append("(?, ?)");
            parameters.add(OffsetDateTime.ofInstant(query.cursor().publishedAt(), ZoneOffset.UTC));
            parameters.add(query.cursor().id());
        }
    }

    /** The number of matches, as its own statement. */
    private static long count(Connection connection, Where where) throws SQLException {
        Count kept = Count.kept(where);
        Count count = kept != null ? kept
                : new Count("select count(*) from article a where " + where.sql(), where.parameters());
        try (PreparedStatement select = prepare(connection, count.sql(), count.parameters());
                ResultSet result = select.executeQuery()) {
            return result.next() ? result.getLong(1) : 0;
        }
    }

    /** A query for the number of matches. */
    private record Count(String sql, List<Object> parameters) {

        /**
         * The kept count (see {@link DeliveryIndex}) when the list is the whole
         * site, one tag or one author; null when the rows must be counted.
         */
        static Count kept(Where where) {
            if (where.link() != null) {
                return new Count("select published_articles from " + where.link().parent() + " where slug = ?",
                        List.of(where.link().slug()));
            }
            return where.parameters().isEmpty() ? new Count("select articles from published_total where id = 1", List.of())
                    : null;
        }
    }

    static PreparedStatement prepare(Connection connection, String sql, List<?> parameters)
            throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        for (int i = 0; i < parameters.size(); i++) {
            statement.setObject(i + 1, parameters.get(i));
        }
        return statement;
    }

    static Instant instant(ResultSet result, int column) throws SQLException {
        OffsetDateTime at = result.getObject(column, OffsetDateTime.class);
        return at == null ? null : at.toInstant();
    }

    static FeatureImage featureImage(ResultSet result, int urlColumn) throws SQLException {
        String url = result.getString(urlColumn);
        return url == null ? null : new FeatureImage(url, result.getString(urlColumn + 1), result.getString(urlColumn + 2));
    }

    /**
     * One article row whole ({@link #COLUMNS}), before its authors and tags
     * are known: the Delivery article page, and a preview of any status.
     */
    record Whole(Row row, String html, String plaintext, int wordCount, Seo seo) {

        static final String COLUMNS = SUMMARY_COLUMNS + ", a.html, a.plaintext, a.word_count, a.meta_title, "
                + "a.meta_description, a.canonical_url, a.og_image";

        static Whole read(ResultSet result) throws SQLException {
            Seo seo = new Seo(result.getString(15), result.getString(16), result.getString(17), result.getString(18));
            return new Whole(Row.read(result), result.getString(12), result.getString(13), result.getInt(14),
                    seo.isEmpty() ? null : seo);
        }

        /** As if published at {@code at} when it never was (a draft's preview). */
        Whole publishedOr(Instant at) {
            return row.publishedAt() != null ? this : new Whole(row.publishedAt(at), html, plaintext, wordCount, seo);
        }

        ArticleView view(ArticleRelations relations, Permalinks permalinks) {
            ArticleSummary s = row.summary(relations, permalinks);
            return new ArticleView(s.id(), s.slug(), s.url(), s.title(), s.excerpt(), s.featureImage(), s.featured(),
                    s.publishedAt(), s.updatedAt(), s.readingTimeMinutes(), s.primaryAuthor(), s.authors(),
                    s.primaryTag(), s.tags(), html, plaintext, wordCount, seo);
        }
    }

    /** One summary row, before its authors and tags are known. */
    private record Row(UUID id, String slug, String title, String excerpt, FeatureImage featureImage,
            boolean featured, Instant publishedAt, Instant updatedAt, int readingTimeMinutes) {

        static Row read(ResultSet result) throws SQLException {
            return new Row(result.getObject(1, UUID.class), result.getString(2), result.getString(3),
                    result.getString(4), PublishedArticleReads.featureImage(result, 5), result.getBoolean(8), instant(result, 9),
                    instant(result, 10), result.getInt(11));
        }

        Row publishedAt(Instant at) {
            return new Row(id, slug, title, excerpt, featureImage, featured, at, updatedAt, readingTimeMinutes);
        }

        ArticleSummary summary(ArticleRelations relations, Permalinks permalinks) {
            List<AuthorRef> authors = relations.authors(id);
            List<TagRef> tags = relations.tags(id);
            return new ArticleSummary(id, slug, permalinks.article(slug, id, publishedAt), title, excerpt, featureImage, featured, publishedAt, updatedAt,
                    readingTimeMinutes, authors.isEmpty() ? null : authors.get(0), authors,
                    tags.isEmpty() ? null : tags.get(0), tags);
        }
    }

    /** A tag's or author's links to articles, with its slug: {@code article_tag}, {@code tag_id}, {@code tag}. */
    private record Link(String table, String column, String parent, String slug) {
    }

    /**
     * The filters of a list request as SQL over {@code article a}, with their
     * parameters in order; {@code link} when the only filter is one tag or one author.
     */
    private record Where(String sql, List<Object> parameters, Link link) {

        static Where of(ArticleQuery query) {
            StringBuilder sql = new StringBuilder("a.status = 'PUBLISHED'");
            List<Object> parameters = new ArrayList<>();
            if (!query.tags().isEmpty()) {
                sql.append(" and exists (select 1 from article_tag x where x.article_id = a.id and x.tag_id in "
                        + "(select t.id from tag t where t.slug in (")
                        .append(String.join(", ", Collections.nCopies(query.tags().size(), "?"))).append(")))");
                parameters.addAll(query.tags());
            }
            if (query.author() != null) {
                sql.append(" and exists (select 1 from article_author x where x.article_id = a.id and x.author_id = "
                        + "(select p.id from author p where p.slug = ?))");
                parameters.add(query.author());
            }
            if (query.featured() != null) {
                sql.append(" and a.featured = ?");
                parameters.add(query.featured());
            }
            if (query.publishedAfter() != null) {
                sql.append(" and a.published_at > ?");
                parameters.add(OffsetDateTime.ofInstant(query.publishedAfter(), ZoneOffset.UTC));
            }
            if (query.publishedBefore() != null) {
                sql.append(" and a.published_at < ?");
                parameters.add(OffsetDateTime.ofInstant(query.publishedBefore(), ZoneOffset.UTC));
            }
            boolean onlyOneTag = query.tags().size() == 1 && parameters.size() == 1;
            boolean onlyAnAuthor = query.author() != null && parameters.size() == 1;
            Link link = onlyOneTag ? new Link("article_tag", "tag_id", "tag", query.tags().get(0))
                    : onlyAnAuthor ? new Link("article_author", "author_id", "author", query.author()) : null;
            return new Where(sql.toString(), parameters, link);
        }
    }

    // --- Summaries by id: search hits and related articles -----------------------

    /**
     * The published articles among {@code ids} as list summaries, in the order
     * of {@code ids}; one that is no longer published is left out. Two
     * statements: the rows, their relations.
     */
    List<ArticleSummary> summaries(List<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        String sql = "select " + SUMMARY_COLUMNS + " from article a where a.status = 'PUBLISHED' and a.id in ("
                + String.join(", ", Collections.nCopies(ids.size(), "?")) + ")";
        try (Connection connection = dataSource.getConnection()) {
            Map<UUID, Row> rows = new HashMap<>();
            try (PreparedStatement select = prepare(connection, sql, ids); ResultSet result = select.executeQuery()) {
                while (result.next()) {
                    Row row = Row.read(result);
                    rows.put(row.id(), row);
                }
            }
            List<UUID> found = ids.stream().filter(rows::containsKey).toList();
            ArticleRelations relations = ArticleRelations.read(connection, found, permalinks);
            return found.stream().map(id -> rows.get(id).summary(relations, permalinks)).toList();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read published article summaries", e);
        }
    }

    // --- Delta sync: whole articles by id, within a body budget -----------------------

    /** Published article ids after {@code after} (null: from the first) in id order, at most {@code limit}. */
    List<UUID> publishedIdsAfter(UUID after, int limit) {
        String sql = "select a.id from article a where a.status = 'PUBLISHED'" + (after == null ? "" : " and a.id > ?")
                + " order by a.id limit ?";
        List<Object> parameters = new ArrayList<>();
        if (after != null) {
            parameters.add(after);
        }
        parameters.add(limit);
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = prepare(connection, sql, parameters);
                ResultSet result = select.executeQuery()) {
            List<UUID> ids = new ArrayList<>();
            while (result.next()) {
                ids.add(result.getObject(1, UUID.class));
            }
            return ids;
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot list published article ids", e);
        }
    }

    /**
     * Of these ids, the published articles, whole, as the article page shows
     * them; read in id order while their bodies (HTML and plaintext, in
     * characters) fit {@code budget}. The first published one is read
     * whatever its size. Three statements: the sizes, the rows, their relations.
     */
    ArticleBatch wholeWithin(List<UUID> ids, long budget) {
        if (ids.isEmpty()) {
            return new ArticleBatch(Map.of(), 0);
        }
        String in = String.join(", ", Collections.nCopies(ids.size(), "?"));
        String sizes = "select a.id, coalesce(length(a.html), 0) + coalesce(length(a.plaintext), 0) from article a "
                + "where a.status = 'PUBLISHED' and a.id in (" + in + ")";
        try (Connection connection = dataSource.getConnection()) {
            Map<UUID, Long> sized = new HashMap<>();
            try (PreparedStatement select = prepare(connection, sizes, ids); ResultSet result = select.executeQuery()) {
                while (result.next()) {
                    sized.put(result.getObject(1, UUID.class), result.getLong(2));
                }
            }
            List<UUID> fitting = new ArrayList<>();
            int covered = 0;
            long left = budget;
            for (UUID id : ids) {
                Long size = sized.get(id);
                if (size != null) {
                    if (size > left && !fitting.isEmpty()) {
                        break;
                    }
                    left -= size;
                    fitting.add(id);
                }
                covered++;
            }
            return new ArticleBatch(fitting.isEmpty() ? Map.of() : wholeViews(connection, fitting), covered);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read whole published articles", e);
        }
    }

    /** The published articles among {@code ids}, whole, with their tags and authors. */
    private Map<UUID, ArticleView> wholeViews(Connection connection, List<UUID> ids) throws SQLException {
        String sql = "select " + Whole.COLUMNS + " from article a where a.status = 'PUBLISHED' and a.id in ("
                + String.join(", ", Collections.nCopies(ids.size(), "?")) + ")";
        List<Whole> wholes = new ArrayList<>();
        try (PreparedStatement select = prepare(connection, sql, ids); ResultSet result = select.executeQuery()) {
            while (result.next()) {
                wholes.add(Whole.read(result));
            }
        }
        ArticleRelations relations = ArticleRelations.read(connection,
                wholes.stream().map(whole -> whole.row().id()).toList(), permalinks);
        Map<UUID, ArticleView> views = new HashMap<>();
        wholes.forEach(whole -> views.put(whole.row().id(), whole.view(relations, permalinks)));
        return views;
    }

    // --- By id: what webhooks tell of an article ----------------------------

    /** The published article with this id, whole. */
    Optional<ArticleView> byId(UUID id) {
        try (Connection connection = dataSource.getConnection()) {
            return Optional.ofNullable(wholeViews(connection, List.of(id)).get(id));
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read a published article by id", e);
        }
    }

    /** The tags and authors of an article in any status (none when it is gone). */
    ArticleFiling filing(UUID id) {
        try (Connection connection = dataSource.getConnection()) {
            ArticleRelations relations = ArticleRelations.read(connection, List.of(id), permalinks);
            return new ArticleFiling(relations.tags(id), relations.authors(id));
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read an article's tags and authors", e);
        }
    }

    /** When a scheduled article goes out; empty when it is not scheduled. */
    Optional<Instant> publishAt(UUID id) {
        String sql = "select a.publish_at from article a where a.id = ? and a.status = 'SCHEDULED'";
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = prepare(connection, sql, List.of(id));
                ResultSet result = select.executeQuery()) {
            return result.next() ? Optional.ofNullable(instant(result, 1)) : Optional.empty();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read an article's schedule", e);
        }
    }
}
