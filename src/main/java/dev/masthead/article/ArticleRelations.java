package dev.masthead.article;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.masthead.author.AuthorRef;
import dev.masthead.site.Permalinks;
import dev.masthead.tag.TagRef;

/**
 * The authors and tags of some articles, in credit and filing order, with
 * the latest change among them: read for a whole page in one statement, so
 * a list or feed of any length costs the same one round trip.
 */
final class ArticleRelations {

    /** Authors first, then tags; each in its article's order. */
    private static final String RELATIONS = "select 0 as kind, x.article_id, x.position, p.id, p.slug, p.name, "
            + "p.avatar_url, p.updated_at from article_author x join author p on p.id = x.author_id "
            + "where x.article_id in (%1$s) union all "
            + "select 1, x.article_id, x.position, t.id, t.slug, t.name, null, t.updated_at "
            + "from article_tag x join tag t on t.id = x.tag_id where x.article_id in (%1$s) "
            + "order by 1, 2, 3";

    private final Map<UUID, List<AuthorRef>> authors = new HashMap<>();
    private final Map<UUID, List<TagRef>> tags = new HashMap<>();
    private final Map<UUID, Instant> latest = new HashMap<>();

    private ArticleRelations() {
    }

    static ArticleRelations read(Connection connection, List<UUID> ids, Permalinks permalinks) throws SQLException {
        ArticleRelations relations = new ArticleRelations();
        if (ids.isEmpty()) {
            return relations;
        }
        String placeholders = String.join(", ", Collections.nCopies(ids.size(), "?"));
        List<Object> parameters = new ArrayList<>(ids);
        parameters.addAll(ids);
        try (PreparedStatement select = PublishedArticleReads.prepare(connection, String.format(RELATIONS, placeholders),
                parameters); ResultSet result = select.executeQuery()) {
            while (result.next()) {
                UUID article = result.getObject(2, UUID.class);
                UUID id = result.getObject(4, UUID.class);
                Instant updated = PublishedArticleReads.instant(result, 8);
                if (result.getInt(1) == 0) {
                    relations.credit(article, new AuthorRef(id, result.getString(5), result.getString(6),
                            result.getString(7), permalinks.author(result.getString(5))), updated);
                } else {
                    relations.file(article, new TagRef(id, result.getString(5), result.getString(6),
                            permalinks.tag(result.getString(5))), updated);
                }
            }
        }
        return relations;
    }

    List<AuthorRef> authors(UUID article) {
        return authors.getOrDefault(article, List.of());
    }

    List<TagRef> tags(UUID article) {
        return tags.getOrDefault(article, List.of());
    }

    /** The later of the article's own change and its authors' and tags' latest. */
    Instant latestChange(UUID article, Instant own) {
        Instant related = latest.get(article);
        return related == null ? own : later(own, related);
    }

    static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private void credit(UUID article, AuthorRef author, Instant updated) {
        authors.computeIfAbsent(article, a -> new ArrayList<>()).add(author);
        latest.merge(article, updated, ArticleRelations::later);
    }

    private void file(UUID article, TagRef tag, Instant updated) {
        tags.computeIfAbsent(article, a -> new ArrayList<>()).add(tag);
        latest.merge(article, updated, ArticleRelations::later);
    }
}
