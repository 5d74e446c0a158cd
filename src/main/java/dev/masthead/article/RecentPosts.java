package dev.masthead.article;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The "Recent Posts" widget: {@code {"data": [...]}}, no paging. */
@Schema(name = "RecentPosts")
public record RecentPosts(@Schema(required = true) List<RecentPost> data) {
}
