package dev.masthead.article;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import dev.masthead.content.ContentWrite;

/**
 * One batch of due schedule work, in one content write: the articles due to
 * go out and those due to come down, each claimed with
 * {@code FOR UPDATE SKIP LOCKED} and changed through the very methods a
 * manual publish and unpublish use ({@link ArticleService#published},
 * {@link ArticleService#unpublished}).
 * <p>
 * <b>Exactly once.</b> The content write takes the content log's head row
 * first (the house lock order: head, then the article rows, then what the
 * publication recounts), so content writers, and with them the schedulers
 * of every replica, run one after another. Each one reads the due rows only
 * after it holds the head, so it sees every earlier transition committed and
 * re-checks each row's status and due time before changing it: a row another
 * replica already published is no longer due. SKIP LOCKED keeps a claim from
 * waiting on a row some other, future writer holds outside that order.
 */
@ApplicationScoped
class ScheduledTransitions {

    /** At most this many articles go out, and this many come down, per transaction. */
    static final int BATCH = 100;

    private static final String DUE_TO_PUBLISH = "select id from article where status = 'SCHEDULED' and publish_at <= ?1 "
            + "order by publish_at, id limit " + BATCH + " for update skip locked";
    private static final String DUE_TO_UNPUBLISH = "select id from article where status = 'PUBLISHED' "
            + "and unpublish_at <= ?1 order by unpublish_at, id limit " + BATCH + " for update skip locked";

    private final EntityManager entityManager;
    private final ArticleRepository articles;
    private final ArticleService service;

    ScheduledTransitions(EntityManager entityManager, ArticleRepository articles, ArticleService service) {
        this.entityManager = entityManager;
        this.articles = articles;
        this.service = service;
    }

    /** What one batch did, and whether a full claim left more due work behind. */
    record Batch(int published, int unpublished, boolean more) {
    }

    /** Publishes what is due at {@code now} with publishedAt = its publishAt, then takes down what expired. */
    @ContentWrite
    Batch run(Instant now) {
        List<Article> due = claim(DUE_TO_PUBLISH, now, Comparator.comparing(Article::publishAt));
        int published = 0;
        for (Article article : due) {
            if (article.isScheduled() && !article.publishAt().isAfter(now)) {
                service.published(article, article.publishAt());
                published++;
            }
        }
        // After the publications above, so an article whose whole window passed while we were stopped comes down too.
        List<Article> expired = claim(DUE_TO_UNPUBLISH, now, Comparator.comparing(Article::unpublishAt));
        int unpublished = 0;
        for (Article article : expired) {
            if (article.isPublished() && article.unpublishAt() != null && !article.unpublishAt().isAfter(now)) {
                service.unpublished(article);
                unpublished++;
            }
        }
        return new Batch(published, unpublished, due.size() == BATCH || expired.size() == BATCH);
    }

    private List<Article> claim(String sql, Instant now, Comparator<Article> order) {
        entityManager.flush();
        List<UUID> ids = entityManager.createNativeQuery(sql, UUID.class).setParameter(1, now).getResultList();
        if (ids.isEmpty()) {
            return List.of();
        }
        return articles.list("id in ?1", ids).stream()
                .sorted(order.thenComparing(Article::id)).toList();
    }
}
