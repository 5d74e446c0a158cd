package dev.masthead.article;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.TypedQuery;

import dev.masthead.text.Slugs;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;

/**
 * Article queries. Lists load a page of articles in one statement; their
 * authors and tags then arrive in one batch each (hibernate-orm batch-size),
 * so a page costs the same few statements whatever its size.
 */
@ApplicationScoped
public class ArticleRepository implements PanacheRepositoryBase<Article, UUID> {

    /** A string that is no slug cannot match one: such lookups never reach the database. */
    public Optional<Article> findPublishedBySlug(String slug) {
        if (!Slugs.isValid(slug)) {
            return Optional.empty();
        }
        return find("slug = ?1 and status = ?2", slug, ArticleStatus.PUBLISHED).firstResultOptional();
    }

    public boolean slugTaken(String slug, UUID except) {
        return count("slug = ?1 and id <> ?2", slug, except) > 0;
    }

    public Optional<ArticleSlugRedirect> findRedirect(String slug) {
        if (!Slugs.isValid(slug)) {
            return Optional.empty();
        }
        return Optional.ofNullable(getEntityManager().find(ArticleSlugRedirect.class, slug));
    }

    /** Remembers the article's old slug and frees its new one from any older redirect. */
    public void moveSlug(Article article, String from, String to) {
        getEntityManager().createQuery("delete from ArticleSlugRedirect r where r.slug = :slug")
                .setParameter("slug", to).executeUpdate();
        getEntityManager().createQuery("delete from ArticleSlugRedirect r where r.slug = :slug")
                .setParameter("slug", from).executeUpdate();
        getEntityManager().persist(new ArticleSlugRedirect(from, article.id()));
    }

    public List<Article> findPublishedPage(ArticleQuery query) {
        Filter filter = Filter.of(query);
        if (query.cursor() != null) {
            filter.add(query.sort() == ArticleSort.OLDEST
                    ? "(a.publishedAt > :cursorAt or (a.publishedAt = :cursorAt and a.id > :cursorId))"
                    : "(a.publishedAt < :cursorAt or (a.publishedAt = :cursorAt and a.id < :cursorId))");
            filter.bind("cursorAt", query.cursor().publishedAt());
            filter.bind("cursorId", query.cursor().id());
        }
        TypedQuery<Article> select = getEntityManager().createQuery(
                "select a from Article a where " + filter.where() + " order by " + query.sort().orderBy(), Article.class);
        filter.apply(select);
        if (query.cursorMode()) {
            // One more than asked tells whether a next page exists, without counting.
            select.setMaxResults(query.pageSize() + 1);
        } else {
            select.setFirstResult((query.page() - 1) * query.pageSize()).setMaxResults(query.pageSize());
        }
        return select.getResultList();
    }

    public long countPublished(ArticleQuery query) {
        Filter filter = Filter.of(query);
        TypedQuery<Long> count = getEntityManager().createQuery(
                "select count(a) from Article a where " + filter.where(), Long.class);
        filter.apply(count);
        return count.getSingleResult();
    }

    public List<Article> findRecent(int limit) {
        return find("status = ?1 order by publishedAt desc, id desc", ArticleStatus.PUBLISHED).page(0, limit).list();
    }

    /** Articles of any status, optionally only one author's, most recently changed first. */
    public List<Article> findAll(ArticleStatus status, UUID authorId, int page, int pageSize) {
        return find(adminFilter(status, authorId) + " order by updatedAt desc, id desc", adminParameters(status, authorId))
                .page(page - 1, pageSize).list();
    }

    public long countAll(ArticleStatus status, UUID authorId) {
        return count(adminFilter(status, authorId), adminParameters(status, authorId));
    }

    private static String adminFilter(ArticleStatus status, UUID authorId) {
        List<String> clauses = new ArrayList<>(List.of("1 = 1"));
        if (status != null) {
            clauses.add("status = :status");
        }
        if (authorId != null) {
            clauses.add("id in (select a.id from Article a join a.authors au where au.id = :author)");
        }
        return String.join(" and ", clauses);
    }

    private static Parameters adminParameters(ArticleStatus status, UUID authorId) {
        Parameters parameters = new Parameters();
        if (status != null) {
            parameters.and("status", status);
        }
        if (authorId != null) {
            parameters.and("author", authorId);
        }
        return parameters;
    }

    public List<Article> findTagged(UUID tagId) {
        return list("select a from Article a join a.tags t where t.id = ?1", tagId);
    }

    public long countCrediting(UUID authorId) {
        return count("select count(a) from Article a join a.authors au where au.id = ?1", authorId);
    }

    /** The where clause and parameters shared by a list and its count. */
    private static final class Filter {
        private final List<String> clauses = new ArrayList<>();
        private final Map<String, Object> parameters = new HashMap<>();

        static Filter of(ArticleQuery query) {
            Filter filter = new Filter();
            filter.add("a.status = :published");
            filter.bind("published", ArticleStatus.PUBLISHED);
            if (!query.tags().isEmpty()) {
                filter.add("a.id in (select ta.id from Article ta join ta.tags t where t.slug in :tags)");
                filter.bind("tags", query.tags());
            }
            if (query.author() != null) {
                filter.add("a.id in (select aa.id from Article aa join aa.authors au where au.slug = :author)");
                filter.bind("author", query.author());
            }
            if (query.featured() != null) {
                filter.add("a.featured = :featured");
                filter.bind("featured", query.featured());
            }
            if (query.publishedAfter() != null) {
                filter.add("a.publishedAt > :after");
                filter.bind("after", query.publishedAfter());
            }
            if (query.publishedBefore() != null) {
                filter.add("a.publishedAt < :before");
                filter.bind("before", query.publishedBefore());
            }
            return filter;
        }

        void add(String clause) {
            clauses.add(clause);
        }

        void bind(String name, Object value) {
            parameters.put(name, value);
        }

        String where() {
            return String.join(" and ", clauses);
        }

        void apply(TypedQuery<?> query) {
            parameters.forEach(query::setParameter);
        }
    }
}
