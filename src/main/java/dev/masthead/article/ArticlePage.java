package dev.masthead.article;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.masthead.web.PageMeta;

/** A page of published articles, as the Delivery API lists them. */
@Schema(name = "ArticlePage")
public record ArticlePage(@Schema(required = true) List<ArticleSummary> data, @Schema(required = true) PageMeta meta) {
}
