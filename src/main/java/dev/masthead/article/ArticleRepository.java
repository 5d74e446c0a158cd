package dev.masthead.article;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;

/**
 * Article queries of the Management API. Lists load a page of articles in one
 * statement; their authors and tags then arrive in one batch each
 * (hibernate-orm batch-size). The Delivery API reads through
 * {@link PublishedArticleReads}.
 */
@ApplicationScoped
public class ArticleRepository implements PanacheRepositoryBase<Article, UUID> {

    public boolean slugTaken(String slug, UUID except) {
        return count("slug = ?1 and id <> ?2", slug, except) > 0;
    }

    /** Remembers the article's old slug and frees its new one from any older redirect. */
    public void moveSlug(Article article, String from, String to) {
        getEntityManager().createQuery("delete from ArticleSlugRedirect r where r.slug = :slug")
                .setParameter("slug", to).executeUpdate();
        getEntityManager().createQuery("delete from ArticleSlugRedirect r where r.slug = :slug")
                .setParameter("slug", from).executeUpdate();
        getEntityManager().persist(new ArticleSlugRedirect(from, article.id()));
    }

    /**
     * Articles of any status, optionally only one author's, most recently changed first; the scheduled ones
     * alone are the publishing queue, next to go out first.
     */
    public List<Article> findAll(ArticleStatus status, UUID authorId, int page, int pageSize) {
        String order = status == ArticleStatus.SCHEDULED ? " order by publishAt asc, id asc" : " order by updatedAt desc, id desc";
        return find(adminFilter(status, authorId) + order, adminParameters(status, authorId))
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
}
