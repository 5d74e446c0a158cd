package dev.masthead.article;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The related articles of one article: {@code {"data": [...]}}, most related first, no paging. */
@Schema(name = "RelatedArticles")
public record RelatedArticles(@Schema(required = true) List<RelatedArticle> data) {
}
