package dev.masthead.article;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * Keeps what the Delivery read path derives from articles in step with each
 * article write: the publication time on its tag and author links (so a tag's
 * newest articles come from one index walk) and the published article counts
 * of its tags, its authors and the whole site (so a page's total is one row).
 * <p>
 * Every content write holds the content log's head row from its start
 * ({@code content.ContentWriteInterceptor}), so writers run one after another
 * here and each recount sees every earlier write.
 */
@ApplicationScoped
class DeliveryIndex {

    private final EntityManager entityManager;

    DeliveryIndex(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void refresh(UUID article, Publication before, Publication after) {
        entityManager.flush();
        for (String link : new String[] { "article_tag", "article_author" }) {
            entityManager.createNativeQuery("update " + link + " set published_at = (select a.published_at from article a "
                    + "where a.id = " + link + ".article_id and a.status = 'PUBLISHED') where article_id = :article")
                    .setParameter("article", article).executeUpdate();
        }
        recount("tag", "article_tag", "tag_id", union(before.tags(), after.tags()));
        recount("author", "article_author", "author_id", union(before.authors(), after.authors()));
        int delta = (after.published() ? 1 : 0) - (before.published() ? 1 : 0);
        if (delta != 0) {
            entityManager.createNativeQuery("update published_total set articles = articles + :delta where id = 1")
                    .setParameter("delta", delta).executeUpdate();
        }
    }

    private void recount(String table, String link, String column, Set<UUID> ids) {
        if (ids.isEmpty()) {
            return;
        }
        entityManager.createNativeQuery("update " + table + " set published_articles = (select count(*) from " + link
                + " x where x." + column + " = " + table + ".id and x.published_at is not null) where id in (:ids)")
                .setParameter("ids", ids).executeUpdate();
    }

    private static Set<UUID> union(Set<UUID> a, Set<UUID> b) {
        Set<UUID> all = new HashSet<>(a);
        all.addAll(b);
        return all;
    }
}
