package dev.masthead.article;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One article of any status, as the Management API shows it. */
@Schema(name = "ArticleAdminItem")
public record ArticleAdminItem(@Schema(required = true) ArticleAdminView data) {
}
