package dev.masthead.sync;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.DiscriminatorMapping;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.masthead.article.ArticleView;
import dev.masthead.author.AuthorView;
import dev.masthead.tag.TagView;

/**
 * One change in a sync page: an item as the public sees it now (to store,
 * replacing any copy of the same id), or a tombstone for one that left
 * public view (to drop).
 */
@Schema(name = "SyncItem", oneOf = { SyncItem.ArticleItem.class, SyncItem.TagItem.class, SyncItem.AuthorItem.class,
        SyncItem.Tombstone.class }, discriminatorProperty = "type", discriminatorMapping = {
                @DiscriminatorMapping(value = SyncItem.ARTICLE, schema = SyncItem.ArticleItem.class),
                @DiscriminatorMapping(value = SyncItem.TAG, schema = SyncItem.TagItem.class),
                @DiscriminatorMapping(value = SyncItem.AUTHOR, schema = SyncItem.AuthorItem.class),
                @DiscriminatorMapping(value = SyncItem.ARTICLE_DELETED, schema = SyncItem.Tombstone.class),
                @DiscriminatorMapping(value = SyncItem.ARTICLE_UNPUBLISHED, schema = SyncItem.Tombstone.class),
                @DiscriminatorMapping(value = SyncItem.TAG_DELETED, schema = SyncItem.Tombstone.class),
                @DiscriminatorMapping(value = SyncItem.AUTHOR_DELETED, schema = SyncItem.Tombstone.class) })
public sealed interface SyncItem {

    String ARTICLE = "article";
    String TAG = "tag";
    String AUTHOR = "author";
    String ARTICLE_DELETED = "article.deleted";
    String ARTICLE_UNPUBLISHED = "article.unpublished";
    String TAG_DELETED = "tag.deleted";
    String AUTHOR_DELETED = "author.deleted";

    String type();

    @Schema(name = "SyncArticle", description = "A published article, whole, exactly as GET /api/v1/articles/{slug} "
            + "shows it")
    record ArticleItem(@Schema(required = true, enumeration = ARTICLE) String type,
            @Schema(required = true) ArticleView article) implements SyncItem {

        ArticleItem(ArticleView article) {
            this(ARTICLE, article);
        }
    }

    @Schema(name = "SyncTag", description = "A tag as GET /api/v1/tags/{slug} shows it")
    record TagItem(@Schema(required = true, enumeration = TAG) String type,
            @Schema(required = true) TagView tag) implements SyncItem {

        TagItem(TagView tag) {
            this(TAG, tag);
        }
    }

    @Schema(name = "SyncAuthor", description = "An author profile as GET /api/v1/authors/{slug} shows it")
    record AuthorItem(@Schema(required = true, enumeration = AUTHOR) String type,
            @Schema(required = true) AuthorView author) implements SyncItem {

        AuthorItem(AuthorView author) {
            this(AUTHOR, author);
        }
    }

    @Schema(name = "SyncTombstone", description = "An item that left public view: drop the local copy with this id. "
            + "article.unpublished: taken down (by hand or by its scheduled expiry), it may come back as an upsert; "
            + "article.deleted, tag.deleted, author.deleted: gone for good")
    record Tombstone(
            @Schema(required = true, enumeration = { ARTICLE_DELETED, ARTICLE_UNPUBLISHED, TAG_DELETED,
                    AUTHOR_DELETED }) String type,
            @Schema(required = true) UUID id,
            @Schema(required = true, description = "The slug it had when it left", examples = "budget-vote") String slug,
            @Schema(required = true, description = "When it left") Instant at) implements SyncItem {
    }
}
