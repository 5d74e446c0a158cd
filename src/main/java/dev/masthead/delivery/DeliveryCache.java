package dev.masthead.delivery;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import dev.masthead.content.ContentChanged;
import dev.masthead.content.ContentLogFollowing;
import dev.masthead.content.EntityType;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.jboss.logging.Logger;

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
 * An article change drops that article's page and every list, feed, sitemap,
 * tag and author page (their counts and summaries may move); other articles'
 * pages stay. A response that names when it expires (a window of time that
 * moves on by itself) is not served after that. A
 * tag or author change drops everything, since every page may show them.
 */
@ApplicationScoped
public class DeliveryCache {

    private static final Logger LOG = Logger.getLogger(DeliveryCache.class);

    private static final String NAME = "delivery";

    /** These three are null when the cache is switched off. */
    private final Cache<String, CachedResponse> entries;
    private final Counter hits;
    private final Counter misses;
    private volatile long generation;
    private volatile boolean following;

    DeliveryCache(DeliveryConfig config, MeterRegistry registry) {
        if (config.cache().enabled()) {
            entries = Caffeine.newBuilder()
                    .maximumWeight(config.cache().maxSize().asLongValue())
                    .<String, CachedResponse>weigher((key, response) -> response.weight(key))
                    .recordStats()
                    .build();
            hits = gets(registry, "hit");
            misses = gets(registry, "miss");
            Gauge.builder("cache.size", entries, Cache::estimatedSize).tag("cache", NAME)
                    .description("Responses held").register(registry);
            FunctionCounter.builder("cache.evictions", entries, cache -> cache.stats().evictionCount())
                    .tag("cache", NAME).description("Responses dropped to stay within the size bound").register(registry);
            Gauge.builder("masthead.delivery.cache.weight", entries,
                    cache -> cache.policy().eviction().map(e -> e.weightedSize().orElse(0)).orElse(0L))
                    .description("Approximate bytes held by the Delivery response cache")
                    .baseUnit("bytes").register(registry);
        } else {
            entries = null;
            hits = null;
            misses = null;
            LOG.info("The Delivery response cache is off: every GET reads the database");
        }
    }

    /** Read before rendering; hand it to {@link #put} with what was rendered. */
    public long generation() {
        return generation;
    }

    /**
     * The response kept for this key, or null. Counts a hit when there is one;
     * a miss is counted by {@link #missed} where a response is then rendered,
     * so a request that looks twice counts once.
     */
    public CachedResponse get(String key) {
        if (entries == null) {
            return null;
        }
        CachedResponse cached = entries.policy().getIfPresentQuietly(key);
        if (cached != null && cached.expired(Instant.now())) {
            entries.asMap().remove(key, cached);
            return null;
        }
        if (cached != null) {
            hits.increment();
        }
        return cached;
    }

    /** A response has to be rendered: the cache did not hold it. */
    public void missed() {
        if (misses != null) {
            misses.increment();
        }
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

    private static Counter gets(MeterRegistry registry, String result) {
        return Counter.builder("cache.gets").tag("cache", NAME).tag("result", result)
                .description("Delivery GETs answered from the cache (hit) or rendered (miss)").register(registry);
    }

    synchronized void onFollowing(@Observes ContentLogFollowing event) {
        generation++;
        following = event.following();
        if (entries != null && !following) {
            entries.invalidateAll();
        }
    }
}
