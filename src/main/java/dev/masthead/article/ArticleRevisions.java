package dev.masthead.article;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.masthead.auth.Actor;
import dev.masthead.auth.ActorNames;

/**
 * The kept history of every article's content. A revision is recorded inside
 * the content write that changed the article (so it commits or rolls back
 * with it) and after that write took the content log's head row, so two
 * writers never number a revision of one article at once: numbers are 1, 2,
 * ... per article without gaps from racing (the primary key would refuse a
 * duplicate rather than lose one). Keeps at most {@link RevisionConfig#keep()}
 * per article: the oldest go as a new one comes.
 */
@ApplicationScoped
class ArticleRevisions {

    private final EntityManager em;
    private final ObjectMapper json;
    private final ActorNames names;
    private final RevisionConfig config;

    ArticleRevisions(EntityManager em, ObjectMapper json, ActorNames names, RevisionConfig config) {
        this.em = em;
        this.json = json;
        this.names = names;
        this.config = config;
    }

    /** Records the article's content as a new revision, unless no content field changed since the last one. */
    void record(Article article, Actor actor) {
        ArticleSnapshot now = ArticleSnapshot.of(article);
        Optional<ArticleRevision> last = latest(article.id());
        // An article older than revisions (or whose last revision was lost) starts with all its fields.
        ArticleSnapshot before = last.map(r -> snapshot(r)).orElse(ArticleSnapshot.NOTHING);
        List<String> changed = now.changedFrom(before);
        if (changed.isEmpty()) {
            return;
        }
        int number = last.map(r -> r.number() + 1).orElse(1);
        em.persist(new ArticleRevision(article.id(), number, RevisionActor.of(actor, name(actor)), changed,
                write(now)));
        prune(article.id(), number, config.keep());
    }

    /** Deletes the revisions older than the {@code keep} newest, the newest being {@code newest}. */
    int prune(UUID articleId, int newest, int keep) {
        return em.createQuery("delete from ArticleRevision r where r.articleId = ?1 and r.number <= ?2")
                .setParameter(1, articleId).setParameter(2, newest - keep).executeUpdate();
    }

    /** A page of summaries, newest first; the snapshots are not read. */
    List<RevisionSummary> page(UUID articleId, int page, int size) {
        return em.createQuery("select r.number, r.createdAt, r.actorKind, r.actorId, r.actorName, r.changedFields "
                        + "from ArticleRevision r where r.articleId = ?1 order by r.number desc", Object[].class)
                .setParameter(1, articleId).setFirstResult((page - 1) * size).setMaxResults(size)
                .getResultStream()
                .map(row -> new RevisionSummary((Integer) row[0], (java.time.Instant) row[1],
                        new RevisionActor((RevisionActor.Kind) row[2], (UUID) row[3], (String) row[4]),
                        ArticleRevision.fields((String) row[5])))
                .toList();
    }

    long count(UUID articleId) {
        return em.createQuery("select count(r) from ArticleRevision r where r.articleId = ?1", Long.class)
                .setParameter(1, articleId).getSingleResult();
    }

    Optional<ArticleRevision> find(UUID articleId, int number) {
        return Optional.ofNullable(em.find(ArticleRevision.class, new ArticleRevision.Key(articleId, number)));
    }

    ArticleSnapshot snapshot(ArticleRevision revision) {
        try {
            return json.readValue(revision.snapshot(), ArticleSnapshot.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Revision " + revision.number() + " holds no readable snapshot", e);
        }
    }

    private Optional<ArticleRevision> latest(UUID articleId) {
        return em.createQuery("from ArticleRevision r where r.articleId = ?1 order by r.number desc",
                        ArticleRevision.class)
                .setParameter(1, articleId).setMaxResults(1).getResultStream().findFirst();
    }

    private String name(Actor actor) {
        String name = names.nameOf(actor);
        return name == null || name.length() <= 300 ? name : name.substring(0, 300);
    }

    private String write(ArticleSnapshot snapshot) {
        try {
            return json.writeValueAsString(snapshot);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("An article's content could not be written as JSON", e);
        }
    }
}
