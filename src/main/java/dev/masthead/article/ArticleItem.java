package dev.masthead.article;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One published article, whole. */
@Schema(name = "ArticleItem")
public record ArticleItem(@Schema(required = true) ArticleView data) {
}
