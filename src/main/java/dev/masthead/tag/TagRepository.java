package dev.masthead.tag;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.hibernate.query.NativeQuery;

import dev.masthead.text.Slugs;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class TagRepository implements PanacheRepositoryBase<Tag, UUID> {

    /** A string that is no slug cannot match one: such lookups never reach the database. */
    public Optional<Tag> findBySlug(String slug) {
        if (!Slugs.isValid(slug)) {
            return Optional.empty();
        }
        return find("slug", slug).firstResultOptional();
    }

    public boolean slugTaken(String slug, UUID except) {
        return count("slug = ?1 and id <> ?2", slug, except) > 0;
    }

    /** Published articles per tag, in one query for the whole page. */
    public Map<UUID, Long> publishedArticleCounts(Collection<UUID> tagIds) {
        Map<UUID, Long> counts = new HashMap<>();
        if (tagIds.isEmpty()) {
            return counts;
        }
        List<Object[]> rows = getEntityManager()
                .createNativeQuery("select id, published_articles from tag where id in (:ids)", Object[].class)
                .unwrap(NativeQuery.class)
                .addScalar("id", UUID.class)
                .addScalar("published_articles", Long.class)
                .setParameter("ids", tagIds)
                .getResultList();
        for (Object[] row : rows) {
            counts.put((UUID) row[0], (Long) row[1]);
        }
        return counts;
    }
}
