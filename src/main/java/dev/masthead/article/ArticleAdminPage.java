package dev.masthead.article;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.masthead.web.PageMeta;

/** A page of articles of any status, as the Management API lists them. */
@Schema(name = "ArticleAdminPage")
public record ArticleAdminPage(@Schema(required = true) List<ArticleAdminSummary> data, @Schema(required = true) PageMeta meta) {
}
