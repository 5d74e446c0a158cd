package dev.masthead.webhook;

import java.util.List;

/**
 * The event types a webhook may subscribe to, and how a subscription matches:
 * an exact type, a family ({@code article.*}) or everything ({@code *}).
 * Only changes the public could see are events: a draft's edits never leave.
 */
public final class WebhookEvents {

    public static final String ARTICLE_PUBLISHED = "article.published";
    /** A published article changed, and is still published. */
    public static final String ARTICLE_UPDATED = "article.updated";
    public static final String ARTICLE_UNPUBLISHED = "article.unpublished";
    /** A published article was deleted. */
    public static final String ARTICLE_DELETED = "article.deleted";
    /** A draft was queued to publish at a set time, or its time moved. */
    public static final String ARTICLE_SCHEDULED = "article.scheduled";
    public static final String TAG_CREATED = "tag.created";
    public static final String TAG_UPDATED = "tag.updated";
    public static final String TAG_DELETED = "tag.deleted";
    public static final String AUTHOR_CREATED = "author.created";
    public static final String AUTHOR_UPDATED = "author.updated";
    public static final String AUTHOR_DELETED = "author.deleted";
    /** Sent by {@code POST .../ping} to the one webhook, whatever it subscribes to. */
    public static final String PING = "webhook.ping";

    public static final List<String> TYPES = List.of(ARTICLE_PUBLISHED, ARTICLE_UPDATED, ARTICLE_UNPUBLISHED,
            ARTICLE_DELETED, ARTICLE_SCHEDULED, TAG_CREATED, TAG_UPDATED, TAG_DELETED, AUTHOR_CREATED,
            AUTHOR_UPDATED, AUTHOR_DELETED);

    public static final List<String> SUBSCRIPTIONS = List.of("*", "article.*", "tag.*", "author.*",
            ARTICLE_PUBLISHED, ARTICLE_UPDATED, ARTICLE_UNPUBLISHED, ARTICLE_DELETED, ARTICLE_SCHEDULED, TAG_CREATED,
            TAG_UPDATED, TAG_DELETED, AUTHOR_CREATED, AUTHOR_UPDATED, AUTHOR_DELETED);

    private WebhookEvents() {
    }

    /** Whether a subscription (one of {@link #SUBSCRIPTIONS}) takes events of this type. */
    public static boolean matches(String subscription, String type) {
        if (subscription.equals("*") || subscription.equals(type)) {
            return true;
        }
        return subscription.endsWith(".*") && type.startsWith(subscription.substring(0, subscription.length() - 1));
    }

    /** Whether any of these subscriptions takes events of this type. */
    public static boolean matchesAny(List<String> subscriptions, String type) {
        return subscriptions.stream().anyMatch(subscription -> matches(subscription, type));
    }
}
