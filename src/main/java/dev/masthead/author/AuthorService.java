package dev.masthead.author;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiFunction;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;

import com.fasterxml.jackson.databind.JsonNode;

import dev.masthead.content.ContentLog;
import dev.masthead.content.ContentWrite;
import dev.masthead.content.EntityType;
import dev.masthead.content.PublishedItem;
import dev.masthead.content.Change;
import dev.masthead.content.SlugClaims;
import dev.masthead.site.Permalinks;
import dev.masthead.web.ExpectedVersion;
import dev.masthead.web.IdReferences;
import dev.masthead.web.MergePatch;
import dev.masthead.web.PageMeta;
import dev.masthead.web.PageParameters;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class AuthorService {

    private final AuthorRepository authors;
    private final MergePatch mergePatch;
    private final Event<AuthorDeleting> deleting;
    private final ContentLog log;
    private final Permalinks permalinks;

    AuthorService(AuthorRepository authors, MergePatch mergePatch, Event<AuthorDeleting> deleting, ContentLog log,
            Permalinks permalinks) {
        this.authors = authors;
        this.mergePatch = mergePatch;
        this.deleting = deleting;
        this.log = log;
        this.permalinks = permalinks;
    }

    public AuthorPage listPublic(PageParameters paging) {
        return page(paging, (item, count) -> AuthorView.of(item, count, permalinks.author(item.slug())), AuthorPage::new);
    }

    /** The author with this id as the Delivery API shows it; empty when it is gone (webhooks read it so). */
    public Optional<AuthorView> publicById(UUID id) {
        return authors.findByIdOptional(id).map(author -> AuthorView.of(author, countOf(author), permalinks.author(author.slug())));
    }

    public AuthorView publicBySlug(String slug) {
        Author author = authors.findBySlug(slug)
                .orElseThrow(() -> new AuthorNotFoundException("with slug '" + slug + "'"));
        return AuthorView.of(author, countOf(author), permalinks.author(author.slug()));
    }

    /** How many authors have a published article; the sitemap index counts its chunks by it. */
    public long countWithPublishedArticles() {
        return authors.countWithPublishedArticles();
    }

    /** Authors with a published article in slug order, positions [first, first + limit), for a sitemap chunk. */
    public List<PublishedItem> withPublishedArticles(long first, int limit) {
        return authors.withPublishedArticles(first, limit);
    }

    public AuthorAdminPage list(PageParameters paging) {
        return page(paging, AuthorAdminView::of, AuthorAdminPage::new);
    }

    public AuthorAdminView get(UUID id) {
        Author author = find(id);
        return AuthorAdminView.of(author, countOf(author));
    }

    @ContentWrite
    public AuthorAdminView create(AuthorRequest request) {
        Author author = createProfile(request);
        return AuthorAdminView.of(author, 0);
    }

    /** Also used when an account is created: every account gets its byline. */
    @ContentWrite
    public Author createProfile(AuthorRequest request) {
        Author author = new Author(slugFor(request, null), request.name().strip());
        author.describe(request.name().strip(), request.bio(), request.avatarUrl(), request.website());
        authors.persist(author);
        log.record(Change.created(EntityType.AUTHOR, author.id(), author.slug()));
        return author;
    }

    @ContentWrite
    public AuthorAdminView replace(UUID id, AuthorRequest request, String ifMatch) {
        Author author = find(id);
        ExpectedVersion.of(ifMatch, request.version()).ifPresent(v -> ExpectedVersion.verify(v, author.version()));
        author.changeSlug(request.slug() == null ? author.slug() : slugFor(request, author.id()));
        author.describe(request.name().strip(), request.bio(), request.avatarUrl(), request.website());
        log.record(Change.updated(EntityType.AUTHOR, author.id(), author.slug()));
        return AuthorAdminView.of(author, countOf(author));
    }

    @ContentWrite
    public AuthorAdminView patch(UUID id, JsonNode patch, String ifMatch) {
        Author author = find(id);
        AuthorRequest current = new AuthorRequest(author.name(), author.slug(), author.bio(), author.avatarUrl(),
                author.website(), null);
        return replace(id, mergePatch.apply(current, patch, AuthorRequest.class), ifMatch);
    }

    @ContentWrite
    public void delete(UUID id, String ifMatch) {
        Author author = find(id);
        ExpectedVersion.of(ifMatch, null).ifPresent(v -> ExpectedVersion.verify(v, author.version()));
        deleting.fire(new AuthorDeleting(author));
        authors.delete(author);
        log.record(Change.deleted(EntityType.AUTHOR, author.id(), author.slug()));
    }

    public Author find(UUID id) {
        return authors.findByIdOptional(id).orElseThrow(() -> new AuthorNotFoundException("with id " + id));
    }

    /**
     * The authors for an article write, in the order given; unknown or
     * repeated ids are reported per position.
     */
    public List<Author> resolve(List<UUID> ids) {
        if (ids == null || ids.isEmpty()) {
            return List.of();
        }
        return IdReferences.inOrder("authorIds", ids, authors.list("id in ?1", new HashSet<>(ids)), Author::id);
    }

    private <V, P> P page(PageParameters paging, BiFunction<Author, Long, V> view,
            BiFunction<List<V>, PageMeta, P> envelope) {
        int page = paging.page();
        int size = paging.pageSize();
        var query = authors.findAll(Sort.by("name").and("id")).page(Page.of(page - 1, size));
        List<Author> rows = query.list();
        Map<UUID, Long> counts = authors.publishedArticleCounts(rows.stream().map(Author::id).toList());
        List<V> data = rows.stream().map(a -> view.apply(a, counts.getOrDefault(a.id(), 0L))).toList();
        return envelope.apply(data, PageMeta.counted(page, size, query.count(), null));
    }

    private long countOf(Author author) {
        return authors.publishedArticleCounts(List.of(author.id())).getOrDefault(author.id(), 0L);
    }

    private String slugFor(AuthorRequest request, UUID self) {
        UUID except = self == null ? new UUID(0, 0) : self;
        return SlugClaims.claim(request.slug(), request.name(), "author", slug -> authors.slugTaken(slug, except));
    }

    // --- Delta sync ---------------------------------------------------------------

    /** Authors in id order after {@code after} (null: from the first), at most {@code limit}, as the Delivery API shows them. */
    public List<AuthorView> publicAfter(UUID after, int limit) {
        var query = after == null ? authors.findAll(Sort.by("id")) : authors.find("id > ?1", Sort.by("id"), after);
        return publicViews(query.range(0, limit - 1).list());
    }

    /** The authors among these ids, as the Delivery API shows them; an id with no author (deleted) is left out. */
    public Map<UUID, AuthorView> publicByIds(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<UUID, AuthorView> views = new HashMap<>();
        publicViews(authors.list("id in ?1", new HashSet<>(ids))).forEach(view -> views.put(view.id(), view));
        return views;
    }

    private List<AuthorView> publicViews(List<Author> rows) {
        Map<UUID, Long> counts = authors.publishedArticleCounts(rows.stream().map(Author::id).toList());
        return rows.stream().map(row -> AuthorView.of(row, counts.getOrDefault(row.id(), 0L), permalinks.author(row.slug())))
                .toList();
    }
}
