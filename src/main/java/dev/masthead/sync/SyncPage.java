package dev.masthead.sync;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of a sync: exactly one of the two cursors is present. */
@Schema(name = "SyncPage")
public record SyncPage(
        @Schema(required = true, description = "Changes to apply in this order") List<SyncItem> items,
        @Schema(description = "More is ready now: ask again with this cursor at once. Absent on the last page")
        String nextPageCursor,
        @Schema(description = "Caught up: keep this cursor and send it on the next sync. Present on the last page only")
        String nextSyncCursor) {

    static SyncPage more(List<SyncItem> items, String nextPageCursor) {
        return new SyncPage(items, nextPageCursor, null);
    }

    static SyncPage caughtUp(List<SyncItem> items, String nextSyncCursor) {
        return new SyncPage(items, null, nextSyncCursor);
    }
}
