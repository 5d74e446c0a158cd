package dev.masthead.tag;

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
public class TagService {

    private final TagRepository tags;
    private final MergePatch mergePatch;
    private final Event<TagDeleting> deleting;
    private final ContentLog log;
    private final Permalinks permalinks;

    TagService(TagRepository tags, MergePatch mergePatch, Event<TagDeleting> deleting, ContentLog log,
            Permalinks permalinks) {
        this.tags = tags;
        this.mergePatch = mergePatch;
        this.deleting = deleting;
        this.log = log;
        this.permalinks = permalinks;
    }

    public TagPage listPublic(PageParameters paging) {
        return page(paging, (item, count) -> TagView.of(item, count, permalinks.tag(item.slug())), TagPage::new);
    }

    /** The tag with this id as the Delivery API shows it; empty when it is gone (webhooks read it so). */
    public Optional<TagView> publicById(UUID id) {
        return tags.findByIdOptional(id).map(tag -> TagView.of(tag, countOf(tag), permalinks.tag(tag.slug())));
    }

    public TagView publicBySlug(String slug) {
        Tag tag = tags.findBySlug(slug).orElseThrow(() -> new TagNotFoundException("with slug '" + slug + "'"));
        return TagView.of(tag, countOf(tag), permalinks.tag(tag.slug()));
    }

    /** How many tags have a published article; the sitemap index counts its chunks by it. */
    public long countWithPublishedArticles() {
        return tags.countWithPublishedArticles();
    }

    /** Tags with a published article in slug order, positions [first, first + limit), for a sitemap chunk. */
    public List<PublishedItem> withPublishedArticles(long first, int limit) {
        return tags.withPublishedArticles(first, limit);
    }

    public TagAdminPage list(PageParameters paging) {
        return page(paging, TagAdminView::of, TagAdminPage::new);
    }

    public TagAdminView get(UUID id) {
        Tag tag = find(id);
        return TagAdminView.of(tag, countOf(tag));
    }

    @ContentWrite
    public TagAdminView create(TagRequest request) {
        Tag tag = new Tag(slugFor(request, null), request.name().strip());
        tag.describe(request.name().strip(), request.description());
        tags.persist(tag);
        log.record(Change.created(EntityType.TAG, tag.id(), tag.slug()));
        return TagAdminView.of(tag, 0);
    }

    @ContentWrite
    public TagAdminView replace(UUID id, TagRequest request, String ifMatch) {
        Tag tag = find(id);
        ExpectedVersion.of(ifMatch, request.version()).ifPresent(v -> ExpectedVersion.verify(v, tag.version()));
        tag.changeSlug(request.slug() == null ? tag.slug() : slugFor(request, tag.id()));
        tag.describe(request.name().strip(), request.description());
        log.record(Change.updated(EntityType.TAG, tag.id(), tag.slug()));
        return TagAdminView.of(tag, countOf(tag));
    }

    @ContentWrite
    public TagAdminView patch(UUID id, JsonNode patch, String ifMatch) {
        Tag tag = find(id);
        TagRequest current = new TagRequest(tag.name(), tag.slug(), tag.description(), null);
        TagRequest patched = mergePatch.apply(current, patch, TagRequest.class);
        return replace(id, patched, ifMatch);
    }

    /** Deleting a tag takes it off every article that had it (observers of TagDeleting); the articles stay. */
    @ContentWrite
    public void delete(UUID id, String ifMatch) {
        Tag tag = find(id);
        ExpectedVersion.of(ifMatch, null).ifPresent(v -> ExpectedVersion.verify(v, tag.version()));
        TagDeleting event = new TagDeleting(tag);
        deleting.fire(event);
        tags.delete(tag);
        log.record(Change.deleted(EntityType.TAG, tag.id(), tag.slug()));
        log.record(event.refiled());
    }

    /**
     * The tags for an article write, in the order given; unknown or repeated
     * ids are reported per position.
     */
    public List<Tag> resolve(List<UUID> ids) {
        if (ids == null || ids.isEmpty()) {
            return List.of();
        }
        return IdReferences.inOrder("tagIds", ids, tags.list("id in ?1", new HashSet<>(ids)), Tag::id);
    }

    private <V, P> P page(PageParameters paging, BiFunction<Tag, Long, V> view,
            BiFunction<List<V>, PageMeta, P> envelope) {
        int page = paging.page();
        int size = paging.pageSize();
        var query = tags.findAll(Sort.by("name").and("id")).page(Page.of(page - 1, size));
        List<Tag> rows = query.list();
        Map<UUID, Long> counts = tags.publishedArticleCounts(rows.stream().map(Tag::id).toList());
        List<V> data = rows.stream().map(t -> view.apply(t, counts.getOrDefault(t.id(), 0L))).toList();
        return envelope.apply(data, PageMeta.counted(page, size, query.count(), null));
    }

    private long countOf(Tag tag) {
        return tags.publishedArticleCounts(List.of(tag.id())).getOrDefault(tag.id(), 0L);
    }

    private Tag find(UUID id) {
        return tags.findByIdOptional(id).orElseThrow(() -> new TagNotFoundException("with id " + id));
    }

    private String slugFor(TagRequest request, UUID self) {
        UUID except = self == null ? new UUID(0, 0) : self;
        return SlugClaims.claim(request.slug(), request.name(), "tag", slug -> tags.slugTaken(slug, except));
    }

    // --- Delta sync ---------------------------------------------------------------

    /** Tags in id order after {@code after} (null: from the first), at most {@code limit}, as the Delivery API shows them. */
    public List<TagView> publicAfter(UUID after, int limit) {
        var query = after == null ? tags.findAll(Sort.by("id")) : tags.find("id > ?1", Sort.by("id"), after);
        return publicViews(query.range(0, limit - 1).list());
    }

    /** The tags among these ids, as the Delivery API shows them; an id with no tag (deleted) is left out. */
    public Map<UUID, TagView> publicByIds(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<UUID, TagView> views = new HashMap<>();
        publicViews(tags.list("id in ?1", new HashSet<>(ids))).forEach(view -> views.put(view.id(), view));
        return views;
    }

    private List<TagView> publicViews(List<Tag> rows) {
        Map<UUID, Long> counts = tags.publishedArticleCounts(rows.stream().map(Tag::id).toList());
        return rows.stream().map(row -> TagView.of(row, counts.getOrDefault(row.id(), 0L), permalinks.tag(row.slug())))
                .toList();
    }
}
