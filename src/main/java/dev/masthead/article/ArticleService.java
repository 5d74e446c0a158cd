package dev.masthead.article;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.masthead.auth.Actor;
import dev.masthead.author.Author;
import dev.masthead.author.AuthorDeleting;
import dev.masthead.author.AuthorService;
import dev.masthead.content.ContentLog;
import dev.masthead.content.ContentWrite;
import dev.masthead.content.EntityType;
import dev.masthead.content.Change;
import dev.masthead.content.Operation;
import dev.masthead.content.SlugClaims;
import dev.masthead.tag.Tag;
import dev.masthead.tag.TagDeleting;
import dev.masthead.tag.TagService;
import dev.masthead.text.Excerpts;
import dev.masthead.text.MarkdownRenderer;
import dev.masthead.text.RenderedText;
import dev.masthead.web.ExpectedVersion;
import dev.masthead.web.problem.InvalidRequestException;
import dev.masthead.web.MergePatch;
import dev.masthead.web.PageMeta;
import dev.masthead.web.PageParameters;

/**
 * The Management side of articles: every status, for editors and integrators.
 * The public reads through {@link PublishedArticleService} instead.
 */
@ApplicationScoped
public class ArticleService {

    private static final UUID NOBODY = new UUID(0, 0);

    private final ArticleRepository articles;
    private final AuthorService authors;
    private final TagService tags;
    private final MergePatch mergePatch;
    private final ContentLog log;
    private final DeliveryIndex deliveryIndex;
    private final ArticleRevisions revisions;
    private final MarkdownRenderer renderer = new MarkdownRenderer();

    ArticleService(ArticleRepository articles, AuthorService authors,
            TagService tags, MergePatch mergePatch, ContentLog log, DeliveryIndex deliveryIndex,
            ArticleRevisions revisions) {
        this.articles = articles;
        this.authors = authors;
        this.tags = tags;
        this.mergePatch = mergePatch;
        this.log = log;
        this.deliveryIndex = deliveryIndex;
        this.revisions = revisions;
    }

    /** Every article the actor may see: all of them, or only its own. */
    public ArticleAdminPage list(ArticleStatus status, PageParameters paging, Actor actor) {
        int page = paging.page();
        int size = paging.pageSize();
        UUID author = ArticlePolicy.visibleAuthor(actor);
        if (!actor.seesAllContent() && author == null) {
            return new ArticleAdminPage(List.of(), PageMeta.counted(page, size, 0, null));
        }
        List<ArticleAdminSummary> rows = articles.findAll(status, author, page, size).stream()
                .map(ArticleAdminSummary::of).toList();
        return new ArticleAdminPage(rows, PageMeta.counted(page, size, articles.countAll(status, author), null));
    }

    @Transactional
    public boolean anyArticleExists() {
        return articles.count() > 0;
    }

    public ArticleAdminView get(UUID id, Actor actor) {
        Article article = find(id);
        ArticlePolicy.checkVisible(actor, article);
        return ArticleAdminView.of(article);
    }

    /** Creates a draft; without authorIds the caller's own author profile is credited. */
    @ContentWrite
    public ArticleAdminView create(ArticleRequest request, Actor actor) {
        ArticlePolicy.checkCreate(actor);
        Article article = new Article(
                SlugClaims.claim(request.slug(), request.title(), "article", slug -> articles.slugTaken(slug, NOBODY)));
        Publication before = Publication.NONE;
        apply(article, request, actor);
        articles.persist(article);
        revisions.record(article, actor);
        changed(article, before, Operation.CREATED);
        return ArticleAdminView.of(article);
    }

    @ContentWrite
    public ArticleAdminView replace(UUID id, ArticleRequest request, String ifMatch, Actor actor) {
        Article article = find(id);
        ArticlePolicy.checkEdit(actor, article);
        ExpectedVersion.of(ifMatch, request.version()).ifPresent(v -> ExpectedVersion.verify(v, article.version()));
        Publication before = Publication.of(article);
        if (request.slug() != null && !request.slug().equals(article.slug())) {
            String previous = article.slug();
            article.changeSlug(SlugClaims.claim(request.slug(), request.title(), "article",
                    slug -> articles.slugTaken(slug, article.id())));
            articles.moveSlug(article, previous, article.slug());
        }
        apply(article, request, actor);
        revisions.record(article, actor);
        changed(article, before, Operation.UPDATED);
        return ArticleAdminView.of(article);
    }

    @ContentWrite
    public ArticleAdminView patch(UUID id, JsonNode patch, String ifMatch, Actor actor) {
        Article article = find(id);
        ArticlePolicy.checkEdit(actor, article);
        ArticleRequest current = new ArticleRequest(article.title(), article.markdown(), article.slug(),
                article.hasCustomExcerpt() ? article.excerpt() : null,
                article.authors().stream().map(Author::id).toList(), article.tags().stream().map(Tag::id).toList(),
                article.featured(), article.featureImage(), article.seo(), null);
        JsonNode content = patch;
        if (patch != null && patch.isObject() && patch.has(ArticleExpiry.FIELD)) {
            content = patch.deepCopy();
            ArticleExpiry.of(((ObjectNode) content).remove(ArticleExpiry.FIELD)).applyTo(article, Instant.now());
        }
        return replace(id, mergePatch.apply(current, content, ArticleRequest.class), ifMatch, actor);
    }

    @ContentWrite
    public void delete(UUID id, String ifMatch, Actor actor) {
        Article article = find(id);
        ArticlePolicy.checkDelete(actor, article);
        ExpectedVersion.of(ifMatch, null).ifPresent(v -> ExpectedVersion.verify(v, article.version()));
        Publication before = Publication.of(article);
        String slug = article.slug();
        articles.delete(article);
        log.record(new Change(EntityType.ARTICLE, id, slug, Operation.DELETED, before.published(), false));
        deliveryIndex.refresh(id, before, Publication.NONE);
    }

    @ContentWrite
    public ArticleAdminView publish(UUID id, PublishRequest request, String ifMatch, Actor actor) {
        Article article = find(id);
        ArticlePolicy.checkPublication(actor, article);
        ExpectedVersion.check(ifMatch, article.version());
        Instant now = Instant.now();
        Instant at = request == null || request.publishedAt() == null ? now : request.publishedAt();
        if (at.isAfter(now.plusSeconds(1))) {
            throw new InvalidRequestException("publishedAt", "must not be in the future");
        }
        return published(article, at);
    }

    @ContentWrite
    public ArticleAdminView unpublish(UUID id, String ifMatch, Actor actor) {
        Article article = find(id);
        ArticlePolicy.checkPublication(actor, article);
        ExpectedVersion.check(ifMatch, article.version());
        return unpublished(article);
    }

    void onTagDeleting(@Observes TagDeleting event) {
        for (Article article : articles.findTagged(event.tag().id())) {
            article.file(article.tags().stream().filter(t -> !t.id().equals(event.tag().id())).toList());
            event.refiled().add(new Change(EntityType.ARTICLE, article.id(), article.slug(), Operation.UPDATED,
                    article.isPublished(), article.isPublished()));
        }
    }

    void onAuthorDeleting(@Observes AuthorDeleting event) {
        long credited = articles.countCrediting(event.author().id());
        if (credited > 0) {
            throw new AuthorCreditedException(credited);
        }
    }

    private void apply(Article article, ArticleRequest request, Actor actor) {
        UUID callerAuthorId = actor.authorId();
        RenderedText rendered = renderer.render(request.markdown());
        String excerpt = request.excerpt() == null || request.excerpt().isBlank() ? null : request.excerpt().strip();
        article.revise(request.title().strip(), request.markdown(), rendered, excerpt,
                Excerpts.fromPlaintext(rendered.plaintext(), Excerpts.DEFAULT_LENGTH),
                Boolean.TRUE.equals(request.featured()), request.featureImage(), request.seo());
        List<UUID> authorIds = request.authorIds() == null || request.authorIds().isEmpty()
                ? (callerAuthorId == null ? List.of() : List.of(callerAuthorId))
                : request.authorIds();
        if (authorIds.isEmpty()) {
            throw new InvalidRequestException("authorIds", "an article needs at least one author");
        }
        List<Author> credited = authors.resolve(authorIds);
        ArticlePolicy.checkCredits(actor, credited);
        article.credit(credited);
        article.file(tags.resolve(request.tagIds()));
    }

    /** Logs the change, then brings the Delivery read path's derived columns in step with it. */
    private void changed(Article article, Publication before, Operation operation) {
        Publication after = Publication.of(article);
        log.record(new Change(EntityType.ARTICLE, article.id(), article.slug(), operation, before.published(),
                after.published()));
        deliveryIndex.refresh(article.id(), before, after);
    }

    /**
     * Queues a draft to go out at publishAt (a scheduled one moves); {@link ArticleScheduler} publishes it
     * then through {@link #published}. A published article is refused: it is out already.
     */
    @ContentWrite
    public ArticleAdminView schedule(UUID id, ScheduleRequest request, String ifMatch, Actor actor) {
        Article article = find(id);
        ArticlePolicy.checkPublication(actor, article);
        ExpectedVersion.check(ifMatch, article.version());
        if (article.isPublished()) {
            throw new ScheduleConflictException("It is published already; unpublish it first to schedule it again");
        }
        Instant now = Instant.now();
        if (!request.publishAt().isAfter(now)) {
            throw new InvalidRequestException("publishAt", "must be in the future");
        }
        if (request.unpublishAt() != null && !request.unpublishAt().isAfter(request.publishAt())) {
            throw new InvalidRequestException("unpublishAt", "must be after publishAt");
        }
        Publication before = Publication.of(article);
        article.schedule(request.publishAt(), request.unpublishAt());
        changed(article, before, Operation.SCHEDULED);
        return ArticleAdminView.of(article);
    }

    @ContentWrite
    public ArticleAdminView unschedule(UUID id, String ifMatch, Actor actor) {
        Article article = find(id);
        ArticlePolicy.checkPublication(actor, article);
        ExpectedVersion.check(ifMatch, article.version());
        if (!article.isScheduled()) {
            throw new ScheduleConflictException("It is not scheduled (status " + article.status() + ")");
        }
        Publication before = Publication.of(article);
        article.unschedule();
        changed(article, before, Operation.UPDATED);
        return ArticleAdminView.of(article);
    }

    /** The one way an article goes out: a manual publish and the schedule both come here. */
    ArticleAdminView published(Article article, Instant at) {
        Publication before = Publication.of(article);
        article.publish(at);
        changed(article, before, Operation.PUBLISHED);
        return ArticleAdminView.of(article);
    }

    /** The one way an article comes down: a manual unpublish and an expiry both come here. */
    ArticleAdminView unpublished(Article article) {
        Publication before = Publication.of(article);
        article.unpublish();
        changed(article, before, Operation.UNPUBLISHED);
        return ArticleAdminView.of(article);
    }

    private Article find(UUID id) {
        return articles.findByIdOptional(id).orElseThrow(() -> new ArticleNotFoundException("with id " + id));
    }
}
