package dev.masthead.content;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.hibernate.query.NativeQuery;

import dev.masthead.text.Slugs;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/** The lookups every slugged item's repository answers the same way. */
public interface SluggedRepository<E extends SluggedItem> extends PanacheRepositoryBase<E, UUID> {

    /** The item's table, which keeps its count of published articles ({@code article.DeliveryIndex}). */
    String table();

    /** A string that is no slug cannot match one: such lookups never reach the database. */
    default Optional<E> findBySlug(String slug) {
        if (!Slugs.isValid(slug)) {
            return Optional.empty();
        }
        return find("slug", slug).firstResultOptional();
    }

    default boolean slugTaken(String slug, UUID except) {
        return count("slug = ?1 and id <> ?2", slug, except) > 0;
    }

    /** Published articles per item, in one query for the whole page. */
    default Map<UUID, Long> publishedArticleCounts(Collection<UUID> ids) {
        Map<UUID, Long> counts = new HashMap<>();
        if (ids.isEmpty()) {
            return counts;
        }
        List<Object[]> rows = getEntityManager()
                .createNativeQuery("select id, published_articles from " + table() + " where id in (:ids)", Object[].class)
                .unwrap(NativeQuery.class)
                .addScalar("id", UUID.class)
                .addScalar("published_articles", Long.class)
                .setParameter("ids", ids)
                .getResultList();
        for (Object[] row : rows) {
            counts.put((UUID) row[0], (Long) row[1]);
        }
        return counts;
    }
}
