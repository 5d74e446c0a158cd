package dev.masthead.article;

import jakarta.validation.constraints.Min;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How much history articles keep. */
@ConfigMapping(prefix = "masthead.revisions")
public interface RevisionConfig {

    /** Revisions kept per article; recording one more deletes the oldest beyond this. */
    @WithDefault("100")
    @Min(1)
    int keep();
}
