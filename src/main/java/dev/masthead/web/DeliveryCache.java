package dev.masthead.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

import org.jboss.logging.Logger;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import dev.masthead.content.ContentChanged;
import dev.masthead.content.ContentLogFollowing;
import dev.masthead.content.EntityType;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;

/**
 * Rendered Delivery responses of this replica, bounded by bytes. It never
 * serves what a committed write changed:
 * <ul>
 * <li>a change invalidates after its commit and before the writer's response
 * leaves; changes from other replicas arrive through the content log;</li>
 * <li>a response computed while a change landed is not kept: every
 * invalidation moves the generation on, and {@link #put} refuses a response
 * read at an older one;</li>
 * <li>while the content log cannot be followed, nothing is kept.</li>
 * </ul>
 * An article change drops that article's page and every list, tag and author
 * page (their counts and summaries may move); other articles' pages stay. A
 * tag or author change drops everything, since every page may show them.
 */
@ApplicationScoped
public class DeliveryCache {

    private static final Logger LOG = Logger.getLogger(DeliveryCache.class);

    /** Null when the cache is switched off. */
    private final Cache<String, CachedResponse> entries;
    private volatile long generation;
    private volatile boolean following;

    DeliveryCache(DeliveryCacheConfig config, MeterRegistry registry) {
        if (config.cache().enabled()) {
            entries = Caffeine.newBuilder()
                    .maximumWeight(config.cache().maxSize().asLongValue())
                    .<String, CachedResponse>weigher((key, response) -> response.weight(key))
                    .recordStats()
                    .build();
            CaffeineCacheMetrics.monitor(registry, entries, "delivery");
            Gauge.builder("masthead.delivery.cache.weight", entries,
                    cache -> cache.policy().eviction().map(e -> e.weightedSize().orElse(0)).orElse(0L))
                    .description("Approximate bytes held by the Delivery response cache")
                    .baseUnit("bytes").register(registry);
        } else {
            entries = null;
            LOG.info("The Delivery response cache is off: every GET reads the database");
        }
    }

    /** Read before rendering; hand it to {@link #put} with what was rendered. */
    public long generation() {
        return generation;
    }

    public CachedResponse get(String key) {
        return entries == null ? null : entries.getIfPresent(key);
    }

    /** Keeps a response unless content changed since {@code renderedAt} was read. */
    public synchronized void put(String key, long renderedAt, CachedResponse response) {
        if (entries != null && following && renderedAt == generation) {
            entries.put(key, response);
        }
    }

    void onChange(@Observes(during = TransactionPhase.AFTER_SUCCESS) ContentChanged change) {
        invalidate(change);
    }

    synchronized void invalidate(ContentChanged change) {
        generation++;
        if (entries == null) {
            return;
        }
        if (change.type() == EntityType.ARTICLE) {
            entries.asMap().values().removeIf(entry -> entry.article() == null || entry.article().equals(change.id()));
        } else {
            entries.invalidateAll();
        }
    }

    synchronized void onFollowing(@Observes ContentLogFollowing event) {
        generation++;
        following = event.following();
        if (entries != null && !following) {
            entries.invalidateAll();
        }
    }
}
