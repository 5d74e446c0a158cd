package dev.masthead.sync;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import dev.masthead.article.ArticleBatch;
import dev.masthead.article.ArticleView;
import dev.masthead.article.PublishedArticleService;
import dev.masthead.author.AuthorService;
import dev.masthead.author.AuthorView;
import dev.masthead.content.EntityType;
import dev.masthead.content.Operation;
import dev.masthead.delivery.CursorSeal;
import dev.masthead.tag.TagService;
import dev.masthead.tag.TagView;
import dev.masthead.web.problem.InvalidParameterException;

/**
 * Delta sync over the content log, for clients that keep a copy of the
 * published content.
 * <p>
 * The initial sync reads the log's head S0 before any content, then pages
 * through published articles, tags and authors in id order. Whatever commits
 * after that read has a position above S0 (events commit in log order), so
 * the delta from S0 brings it: nothing that changes during a long initial
 * sync is missed.
 * <p>
 * A delta walks the visible events (those the public could see: never a
 * draft's) after its cursor up to the head read at its start, keeps each
 * item's latest one only, and answers each kept item's current public state:
 * the item itself, or a tombstone when it is no longer public. A change that
 * lands after that head is answered again by the next delta; answering an
 * item twice is harmless, missing one is not possible.
 */
@ApplicationScoped
public class SyncService {

    public static final int DEFAULT_LIMIT = 100;
    public static final int MAX_LIMIT = 500;
    /** A delta page examines at most this many events per item it may return, so long superseded runs stay linear. */
    static final int SCAN_FACTOR = 5;

    private final SyncLog log;
    private final PublishedArticleService articles;
    private final TagService tags;
    private final AuthorService authors;
    private final CursorSeal seal;
    private final long contentBudget;

    SyncService(SyncLog log, PublishedArticleService articles, TagService tags, AuthorService authors, CursorSeal seal,
            SyncConfig config) {
        this.log = log;
        this.articles = articles;
        this.tags = tags;
        this.authors = authors;
        this.seal = seal;
        this.contentBudget = config.maxContentSize().asLongValue();
    }

    /**
     * The next page of a sync: the initial sync without a cursor, else what
     * the cursor continues. {@code types} (null: all, or the cursor's) must
     * match the cursor's when both are given.
     */
    public SyncPage page(String cursor, int limit, String types) {
        SyncTypes requested = types == null ? null : SyncTypes.parse(types);
        if (cursor == null) {
            SyncTypes kinds = requested == null ? SyncTypes.ALL : requested;
            return initial(new SyncCursor.Initial(log.head(), kinds.first(), null, kinds), limit);
        }
        SyncCursor from = SyncCursor.decode(cursor, seal);
        if (requested != null && !requested.equals(from.types())) {
            throw new InvalidParameterException("types", "must be left out or be the cursor's own ("
                    + from.types().code() + "): a sync keeps the types it started with");
        }
        if (from instanceof SyncCursor.Initial initial) {
            if (initial.position() < log.trimmedThrough()) {
                throw new SyncCursorExpiredException();
            }
            return initial(initial, limit);
        }
        return delta((SyncCursor.Delta) from, limit);
    }

    private SyncPage initial(SyncCursor.Initial from, int limit) {
        List<SyncItem> items = new ArrayList<>();
        EntityType phase = from.phase();
        UUID after = from.after();
        while (phase != null && items.size() < limit) {
            int room = limit - items.size();
            Phase read = switch (phase) {
                case ARTICLE -> articlesAfter(after, room);
                case TAG -> tagsAfter(after, room);
                case AUTHOR -> authorsAfter(after, room);
            };
            items.addAll(read.items());
            if (read.more()) {
                after = read.last();
                break;
            }
            phase = from.types().next(phase);
            after = null;
        }
        if (phase == null) {
            return SyncPage.caughtUp(items, new SyncCursor.Delta(from.position(), from.types()).encode(seal));
        }
        return SyncPage.more(items, new SyncCursor.Initial(from.position(), phase, after, from.types()).encode(seal));
    }

    /** Published articles after {@code after}: as many as {@code room} allows and the body budget holds. */
    private Phase articlesAfter(UUID after, int room) {
        List<UUID> ids = articles.publishedIdsAfter(after, room + 1);
        List<UUID> taken = ids.subList(0, Math.min(room, ids.size()));
        ArticleBatch batch = articles.wholeWithin(taken, contentBudget);
        List<SyncItem> items = new ArrayList<>();
        for (UUID id : taken.subList(0, batch.covered())) {
            // One taken down since its id was read is left out: its event comes after S0, so the delta has it.
            ArticleView article = batch.published().get(id);
            if (article != null) {
                items.add(new SyncItem.ArticleItem(article));
            }
        }
        boolean more = batch.covered() < taken.size() || ids.size() > room;
        return new Phase(items, more, batch.covered() == 0 ? after : taken.get(batch.covered() - 1));
    }

    private Phase tagsAfter(UUID after, int room) {
        List<TagView> rows = tags.publicAfter(after, room + 1);
        List<TagView> taken = rows.subList(0, Math.min(room, rows.size()));
        return new Phase(taken.stream().<SyncItem>map(SyncItem.TagItem::new).toList(), rows.size() > room,
                taken.isEmpty() ? after : taken.get(taken.size() - 1).id());
    }

    private Phase authorsAfter(UUID after, int room) {
        List<AuthorView> rows = authors.publicAfter(after, room + 1);
        List<AuthorView> taken = rows.subList(0, Math.min(room, rows.size()));
        return new Phase(taken.stream().<SyncItem>map(SyncItem.AuthorItem::new).toList(), rows.size() > room,
                taken.isEmpty() ? after : taken.get(taken.size() - 1).id());
    }

    private SyncPage delta(SyncCursor.Delta from, int limit) {
        long head = Math.max(log.head(), from.position());
        int scan = limit * SCAN_FACTOR;
        List<SyncLog.Event> window = log.window(from.position(), head, from.types(), scan);
        // Read after the walk: a trim that removed events the walk needed has committed by now and shows here.
        if (from.position() < log.trimmedThrough()) {
            throw new SyncCursorExpiredException();
        }
        List<SyncLog.Event> latest = new ArrayList<>();
        int examined = 0;
        while (examined < window.size() && latest.size() < limit) {
            SyncLog.Event event = window.get(examined++);
            if (!event.superseded()) {
                latest.add(event);
            }
        }
        List<UUID> articleIds = idsOf(latest, EntityType.ARTICLE);
        ArticleBatch batch = articles.wholeWithin(articleIds, contentBudget);
        Map<UUID, TagView> tagViews = tags.publicByIds(idsOf(latest, EntityType.TAG));
        Map<UUID, AuthorView> authorViews = authors.publicByIds(idsOf(latest, EntityType.AUTHOR));
        int end = latest.size();
        if (batch.covered() < articleIds.size()) {
            UUID first = articleIds.get(batch.covered());
            end = indexOf(latest, first);
        }
        List<SyncItem> items = new ArrayList<>(end);
        for (SyncLog.Event event : latest.subList(0, end)) {
            items.add(switch (event.type()) {
                case ARTICLE -> {
                    ArticleView article = batch.published().get(event.id());
                    yield article != null ? new SyncItem.ArticleItem(article) : tombstone(event,
                            event.operation() == Operation.DELETED ? SyncItem.ARTICLE_DELETED : SyncItem.ARTICLE_UNPUBLISHED);
                }
                case TAG -> {
                    TagView tag = tagViews.get(event.id());
                    yield tag != null ? new SyncItem.TagItem(tag) : tombstone(event, SyncItem.TAG_DELETED);
                }
                case AUTHOR -> {
                    AuthorView author = authorViews.get(event.id());
                    yield author != null ? new SyncItem.AuthorItem(author) : tombstone(event, SyncItem.AUTHOR_DELETED);
                }
            });
        }
        boolean walkedAll = end == latest.size() && examined == window.size();
        if (walkedAll && window.size() < scan) {
            return SyncPage.caughtUp(items, new SyncCursor.Delta(head, from.types()).encode(seal));
        }
        long through = walkedAll ? window.get(window.size() - 1).seq() : latest.get(end - 1).seq();
        return SyncPage.more(items, new SyncCursor.Delta(through, from.types()).encode(seal));
    }

    private static SyncItem tombstone(SyncLog.Event event, String type) {
        return new SyncItem.Tombstone(type, event.id(), event.slug(), event.at());
    }

    private static List<UUID> idsOf(List<SyncLog.Event> events, EntityType type) {
        return events.stream().filter(event -> event.type() == type).map(SyncLog.Event::id).toList();
    }

    /** Where this article's event is; each item has one latest event, so the id alone finds it. */
    private static int indexOf(List<SyncLog.Event> events, UUID article) {
        for (int i = 0; i < events.size(); i++) {
            if (events.get(i).type() == EntityType.ARTICLE && events.get(i).id().equals(article)) {
                return i;
            }
        }
        throw new IllegalStateException("An article of the page is not among its events");
    }

    /** What one phase of an initial page read: its items, whether it has more, and the last id it covered. */
    private record Phase(List<SyncItem> items, boolean more, UUID last) {
    }
}
