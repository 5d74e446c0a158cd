package dev.masthead.article;

import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A slug an article had before; the Delivery API redirects it to the current one. */
@Entity
@Table(name = "article_slug_redirect")
public class ArticleSlugRedirect {

    @Id
    private String slug;
    private UUID articleId;

    protected ArticleSlugRedirect() {
    }

    ArticleSlugRedirect(String slug, UUID articleId) {
        this.slug = slug;
        this.articleId = articleId;
    }

    public String slug() { return slug; }
    public UUID articleId() { return articleId; }
}
