package dev.masthead.web;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Paging facts of a list. Page mode fills page, total and totalPages; cursor
 * mode skips the count, so total and totalPages are absent there.
 */
@Schema(name = "PageMeta")
public record PageMeta(
        @Schema(description = "1-based page number; absent in cursor mode") Integer page,
        @Schema(required = true) int pageSize,
        @Schema(description = "Number of matching items; absent in cursor mode") Long total,
        @Schema(description = "Absent in cursor mode") Integer totalPages,
        @Schema(description = "Opaque cursor of the next page; absent on the last page") String nextCursor) {

    public static PageMeta counted(int page, int pageSize, long total, String nextCursor) {
        int totalPages = (int) Math.max(1, (total + pageSize - 1) / pageSize);
        return new PageMeta(page, pageSize, total, totalPages, nextCursor);
    }

    public static PageMeta uncounted(int pageSize, String nextCursor) {
        return new PageMeta(null, pageSize, null, null, nextCursor);
    }

    public boolean hasNextPage() {
        return page != null ? page < totalPages : nextCursor != null;
    }
}
