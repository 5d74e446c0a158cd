package dev.masthead.article;

import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Draft previews: how preview tokens are signed and where a frontend's
 * draft mode is entered. {@link ArticlePreviews} checks these at start.
 */
@ConfigMapping(prefix = "masthead.preview")
public interface PreviewConfig {

    /**
     * Secret preview tokens are signed with (a key is derived from it). When
     * absent, a key is derived from masthead.auth.token-secret; never the
     * same key as the Management tokens'.
     */
    Optional<String> secret();

    /**
     * The frontend URL a preview opens, with {@code {token}} (required),
     * {@code {slug}}, {@code {id}} and {@code {site}} (masthead.site.url)
     * filled in; e.g. a Next.js draft-mode route.
     */
    @WithDefault("{site}/api/draft?token={token}&slug={slug}")
    String urlTemplate();
}
