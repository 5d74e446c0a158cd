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
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import javax.sql.DataSource;

import dev.masthead.text.Slugs;

/**
 * Ranks the published articles related to one published article, in plain
 * SQL over the tag links, in two statements whatever the archive's size.
 * <p>
 * <b>Score.</b> For a candidate c sharing tags S with this article a:
 * <pre>
 *   idf(t)  = ln(1 + N / df(t))        N = published articles, df(t) = published articles tagged t
 *   decay   = 2^(-|c.publishedAt - a.publishedAt| / halfLife)     halfLife: masthead.related.half-life
 *   bonus   = 1.5 when c's primary tag (its first) is a's primary tag, else 1
 *   score   = decay * bonus * sum over t in S of idf(t)
 * </pre>
 * A shared niche tag thus outweighs a shared "News", and a story from the
 * same week outranks one from last year. Rounded to 4 decimals, the score
 * orders the answer (highest first), then the newest, then the greater id.
 * <p>
 * <b>Bounds.</b> Only the first {@value #TAGS_CONSIDERED} tags of a count,
 * and for each only the {@value #NEAREST_PER_SIDE} published articles nearest
 * in time on either side of a's date: two walks of the index
 * {@code article_tag (tag_id, published_at desc, article_id desc)} per tag,
 * so at most {@value #CANDIDATES} links are read however many articles carry
 * a tag (a "News" carried by half a million included). A candidate's
 * shared tags are then read exactly, through its own links. The price: an
 * article sharing only common tags with a, and far from a's date, is not
 * considered; its decay would rank it low anyway.
 */
@ApplicationScoped
class RelatedArticleReads {

    static final int TAGS_CONSIDERED = 10;
    static final int NEAREST_PER_SIDE = 100;
    static final int CANDIDATES = TAGS_CONSIDERED * NEAREST_PER_SIDE * 2;
    static final double SAME_PRIMARY_TAG = 1.5;

    /** The article and its first tags, with what their rarity needs: one row per tag, or one with no tag. */
    private static final String ARTICLE = "select a.id, a.published_at, x.tag_id, t.slug, t.published_articles, "
            + "(select p.articles from published_total p where p.id = 1) from article a "
            + "left join article_tag x on x.article_id = a.id left join tag t on t.id = x.tag_id "
            + "where a.slug = ? and a.status = 'PUBLISHED' order by x.position limit " + TAGS_CONSIDERED;

    /** The nearest published articles before (and at) and after a's date carrying one tag: two index walks. */
    private static final String NEAREST = "(select n.article_id from article_tag n where n.tag_id = ? "
            + "and n.published_at is not null and n.published_at <= ? and n.article_id <> ? "
            + "order by n.published_at desc, n.article_id desc limit " + NEAREST_PER_SIDE + ") union all "
            + "(select n.article_id from article_tag n where n.tag_id = ? "
            + "and n.published_at is not null and n.published_at > ? "
            + "order by n.published_at asc, n.article_id asc limit " + NEAREST_PER_SIDE + ")";

    private final DataSource dataSource;
    private final double halfLifeMillis;

    RelatedArticleReads(DataSource dataSource, RelatedConfig config) {
        if (config.halfLife().isNegative() || config.halfLife().isZero()) {
            throw new IllegalArgumentException("masthead.related.half-life must be positive, not " + config.halfLife());
        }
        this.dataSource = dataSource;
        this.halfLifeMillis = config.halfLife().toMillis();
    }

    /** What ranking found for a published article: its id, the tags considered, the best candidates. */
    record Ranked(UUID article, List<String> tagSlugs, List<Scored> top) {
    }

    /** One candidate and its score, already rounded. */
    record Scored(UUID id, Instant publishedAt, double score) {
    }

    /** The {@code limit} best related articles of the article published under this slug; empty when there is none. */
    Optional<Ranked> rank(String slug, int limit) {
        if (!Slugs.isValid(slug)) {
            return Optional.empty();
        }
        try (Connection connection = dataSource.getConnection()) {
            UUID id = null;
            Instant at = null;
            long total = 1;
            List<SharedTag> tags = new ArrayList<>();
            try (PreparedStatement select = PublishedArticleReads.prepare(connection, ARTICLE, List.of(slug));
                    ResultSet result = select.executeQuery()) {
                while (result.next()) {
                    id = result.getObject(1, UUID.class);
                    at = PublishedArticleReads.instant(result, 2);
                    total = Math.max(1, result.getLong(6));
                    UUID tag = result.getObject(3, UUID.class);
                    if (tag != null) {
                        tags.add(new SharedTag(tag, result.getString(4), result.getLong(5)));
                    }
                }
            }
            if (id == null) {
                return Optional.empty();
            }
            List<String> slugs = tags.stream().map(SharedTag::slug).toList();
            if (tags.isEmpty()) {
                return Optional.of(new Ranked(id, slugs, List.of()));
            }
            List<Scored> scored = score(connection, id, at, tags, total);
            scored.sort(Comparator.comparingDouble(Scored::score).reversed()
                    .thenComparing(Scored::publishedAt, Comparator.reverseOrder())
                    .thenComparing(Scored::id, Comparator.reverseOrder()));
            return Optional.of(new Ranked(id, slugs, List.copyOf(scored.subList(0, Math.min(limit, scored.size())))));
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot rank related articles", e);
        }
    }

    /**
     * Every candidate near a's date in one of its tags, scored: one statement
     * that walks the tags' indexes, then reads each candidate's links to a's
     * tags by (article_id, tag_id) and sums their idf in SQL, so one row per
     * candidate comes back.
     */
    private List<Scored> score(Connection connection, UUID article, Instant at, List<SharedTag> tags, long total)
            throws SQLException {
        OffsetDateTime when = OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
        List<Object> parameters = new ArrayList<>();
        List<String> walks = new ArrayList<>();
        for (SharedTag tag : tags) {
            walks.add(NEAREST);
            parameters.addAll(List.of(tag.id(), when, article, tag.id(), when));
        }
        StringBuilder weights = new StringBuilder("sum(case x.tag_id");
        for (SharedTag tag : tags) {
            weights.append(" when ? then cast(? as double precision)");
            parameters.add(tag.id());
            parameters.add(tag.idf(total));
        }
        weights.append(" end)");
        parameters.add(tags.get(0).id());
        parameters.addAll(tags.stream().map(SharedTag::id).toList());
        String sql = "with near (article_id) as (" + String.join(" union all ", walks) + ") "
                + "select x.article_id, max(x.published_at), " + weights + ", "
                + "max(case when x.tag_id = ? then case when x.position = (select min(y.position) from article_tag y "
                + "where y.article_id = x.article_id) then 1 else 0 end else 0 end) "
                + "from (select distinct near.article_id from near) c join article_tag x on x.article_id = c.article_id "
                + "where x.tag_id in (" + String.join(", ", Collections.nCopies(tags.size(), "?")) + ") "
                + "and x.published_at is not null group by x.article_id";
        List<Scored> scored = new ArrayList<>();
        try (PreparedStatement select = PublishedArticleReads.prepare(connection, sql, parameters);
                ResultSet result = select.executeQuery()) {
            while (result.next()) {
                Instant publishedAt = PublishedArticleReads.instant(result, 2);
                double score = decay(at, publishedAt) * result.getDouble(3)
                        * (result.getInt(4) == 1 ? SAME_PRIMARY_TAG : 1);
                scored.add(new Scored(result.getObject(1, UUID.class), publishedAt, Math.round(score * 1e4) / 1e4));
            }
        }
        return scored;
    }

    private double decay(Instant a, Instant b) {
        return Math.pow(2, -Math.abs((double) b.toEpochMilli() - a.toEpochMilli()) / halfLifeMillis);
    }

    /** One of a's tags: how rare it is among published articles. */
    private record SharedTag(UUID id, String slug, long publishedArticles) {

        /** ln(1 + N / df); a's own link makes df at least 1, kept so even mid-write. */
        double idf(long total) {
            return Math.log(1 + (double) total / Math.max(1, publishedArticles));
        }
    }
}
