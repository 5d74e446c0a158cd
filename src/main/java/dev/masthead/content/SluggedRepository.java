package dev.masthead.content;

import java.time.Instant;
import java.util.ArrayList;
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

    /** How many items have a published article (a scan of the item table, which is small beside the articles). */
    default long countWithPublishedArticles() {
        return ((Number) getEntityManager()
                .createNativeQuery("select count(*) from " + table() + " where published_articles > 0")
                .getSingleResult()).longValue();
    }

    /**
     * Items with a published article in slug order, positions [first, first + limit),
     * each with the later of its own change and its newest article's publication.
     * The latter is one probe per item of the link table's publication index
     * ({@code article_tag} / {@code article_author}, named after {@link #table()}).
     */
    default List<PublishedItem> withPublishedArticles(long first, int limit) {
        String link = "article_" + table();
        List<Object[]> rows = getEntityManager()
                .createNativeQuery("select p.slug, p.updated_at, (select max(x.published_at) from " + link + " x where x."
                        + table() + "_id = p.id and x.published_at is not null) as newest from " + table()
                        + " p where p.published_articles > 0 order by p.slug limit :limit offset :first", Object[].class)
                .unwrap(NativeQuery.class)
                .addScalar("slug", String.class)
                .addScalar("updated_at", Instant.class)
                .addScalar("newest", Instant.class)
                .setParameter("limit", limit)
                .setParameter("first", first)
                .getResultList();
        List<PublishedItem> items = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            Instant own = (Instant) row[1];
            Instant newest = (Instant) row[2];
            items.add(new PublishedItem((String) row[0], newest != null && newest.isAfter(own) ? newest : own));
        }
        return items;
    }
}
