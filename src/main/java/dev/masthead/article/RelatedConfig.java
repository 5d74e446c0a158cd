package dev.masthead.article;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How related articles weigh time (see {@link RelatedArticleReads}). */
@ConfigMapping(prefix = "masthead.related")
public interface RelatedConfig {

    /**
     * How far apart in publication time a candidate may be before its score
     * halves: a candidate one half-life away counts half, two count a quarter.
     * Must be positive.
     */
    @WithDefault("P30D")
    Duration halfLife();
}
