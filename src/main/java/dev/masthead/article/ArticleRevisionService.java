package dev.masthead.article;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import dev.masthead.auth.Actor;
import dev.masthead.content.ContentWrite;
import dev.masthead.text.LineDiff;
import dev.masthead.web.PageMeta;
import dev.masthead.web.PageParameters;

/**
 * Reading an article's history and putting old content back. Whoever may see
 * an article in the Management API may read its revisions; whoever may edit
 * it may restore one, through the same write as a PUT (slug rules, If-Match,
 * content event, cache invalidation), so a restore is one more revision and
 * history is never rewritten.
 */
@ApplicationScoped
public class ArticleRevisionService {

    private final ArticleRepository articles;
    private final ArticleRevisions revisions;
    private final ArticleService service;

    ArticleRevisionService(ArticleRepository articles, ArticleRevisions revisions, ArticleService service) {
        this.articles = articles;
        this.revisions = revisions;
        this.service = service;
    }

    public RevisionPage list(UUID id, PageParameters paging, Actor actor) {
        Article article = visible(id, actor);
        int page = paging.page();
        int size = paging.pageSize();
        return new RevisionPage(revisions.page(article.id(), page, size),
                PageMeta.counted(page, size, revisions.count(article.id()), null));
    }

    public RevisionView get(UUID id, String number, Actor actor) {
        Article article = visible(id, actor);
        ArticleRevision revision = revision(article, number);
        return new RevisionView(revision.number(), revision.createdAt(), revision.actor(), revision.changedFields(),
                revisions.snapshot(revision));
    }

    /**
     * From {@code against} (by default the revision just before) to {@code number}. When there is none before
     * (the first revision, or the one before was not kept), the diff is against an empty article.
     */
    public RevisionDiff diff(UUID id, String number, Integer against, Actor actor) {
        Article article = visible(id, actor);
        ArticleRevision after = revision(article, number);
        ArticleRevision before = against != null ? revision(article, against.toString())
                : revisions.find(article.id(), after.number() - 1).orElse(null);
        ArticleSnapshot was = before == null ? ArticleSnapshot.NOTHING : revisions.snapshot(before);
        ArticleSnapshot is = revisions.snapshot(after);
        List<String> changed = is.changedFrom(was);
        List<RevisionDiff.FieldChange> changes = new ArrayList<>();
        for (String field : changed) {
            if (!field.equals("markdown")) {
                changes.add(new RevisionDiff.FieldChange(field, was.value(field), is.value(field)));
            }
        }
        LineDiff.Result lines = LineDiff.unified(was.markdown(), is.markdown(),
                before == null ? "empty" : "revision " + before.number(), "revision " + after.number());
        return new RevisionDiff(after.number(), before == null ? null : before.number(), changed, changes,
                new RevisionDiff.MarkdownDiff(lines.lines(), lines.complete(), lines.note()));
    }

    /** Writes revision {@code number}'s content back as the article's current content (a new revision). */
    @ContentWrite
    public ArticleAdminView restore(UUID id, String number, String ifMatch, Actor actor) {
        Article article = visible(id, actor);
        ArticlePolicy.checkEdit(actor, article);
        ArticleSnapshot snapshot = revisions.snapshot(revision(article, number));
        return service.replace(id, snapshot.toRequest(), ifMatch, actor);
    }

    private Article visible(UUID id, Actor actor) {
        Article article = articles.findByIdOptional(id).orElseThrow(() -> new ArticleNotFoundException("with id " + id));
        ArticlePolicy.checkVisible(actor, article);
        return article;
    }

    /** A number that is not one (or out of int range) names no revision: 404, like an unknown one. */
    private ArticleRevision revision(Article article, String number) {
        int n;
        try {
            n = Integer.parseInt(number);
        } catch (NumberFormatException e) {
            throw new RevisionNotFoundException(article.id());
        }
        return revisions.find(article.id(), n).orElseThrow(() -> new RevisionNotFoundException(n, article.id()));
    }
}
