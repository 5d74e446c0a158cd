package dev.masthead.sync;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dev.masthead.delivery.DeliveryResponses;
import dev.masthead.web.ApiContract;
import dev.masthead.web.QueryValues;
import dev.masthead.web.problem.Problem;

/** Delta sync of the published content for clients that keep a copy of it (mobile apps). */
@Path("/api/v1/sync")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirements
@Tag(name = ApiContract.DELIVERY_SYNC)
public class SyncResource {

    /** A page answers for a cursor at the moment it is asked: keep it, but revalidate with its ETag. */
    static final String CACHE_CONTROL = "no-cache";

    private final SyncService sync;
    private final DeliveryResponses responses;

    SyncResource(SyncService sync, DeliveryResponses responses) {
        this.sync = sync;
        this.responses = responses;
    }

    @GET
    @Operation(operationId = "sync", summary = "Sync published content: everything, then the changes since",
            description = """
                    Without a cursor, an initial sync: every published article (whole, as \
                    GET /api/v1/articles/{slug} shows it), then every tag, then every author, in pages. \
                    While `nextPageCursor` is present, ask again with it at once; the last page carries \
                    `nextSyncCursor` instead: store it, and send it on the next sync. \
                    With that cursor, the changes since, in the order they happened: `article`, `tag` and \
                    `author` items replace the local copy with the same id; tombstones `article.deleted`, \
                    `article.unpublished` (by hand or by a scheduled expiry), `tag.deleted` and \
                    `author.deleted` say to drop it. An item changed several times comes once, as it is now. \
                    Nothing that changes while an initial sync runs is missed: the delta from its \
                    `nextSyncCursor` brings it. Drafts never appear. An empty delta answers no items and the \
                    same cursor; send If-None-Match with the ETag to get 304 instead. A page ends early rather \
                    than carry more than the configured article body size, so it may hold fewer than `limit` \
                    items and still have a next page. A cursor older than the change log's retention (90 days \
                    by default) answers 410 sync-cursor-expired: drop the local copy and sync again without a \
                    cursor. Cursors are opaque.""")
    @APIResponse(responseCode = "200", description = "A page of the sync",
            headers = @Header(name = "Cache-Control", description = "no-cache: keep it, revalidate with the ETag",
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SyncPage.class)))
    @APIResponse(responseCode = "410", description = "The cursor is older than the change log's retention: sync again "
            + "without a cursor (code sync-cursor-expired)",
            headers = @Header(name = "X-Request-Id", ref = "X-Request-Id"),
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response sync(
            @Parameter(description = "nextPageCursor or nextSyncCursor of the previous page; absent for an initial sync")
            @QueryParam("cursor") String cursor,
            @Parameter(description = "Items per page at most", schema = @Schema(type = SchemaType.INTEGER, minimum = "1",
                    maximum = "500", defaultValue = "100"))
            @QueryParam("limit") String limit,
            @Parameter(description = "Only these kinds of item: a comma-separated list of article, tag and author "
                    + "(all by default). A cursor keeps the types its sync started with", example = "article,tag")
            @QueryParam("types") String types,
            @Context HttpHeaders headers) {
        int n = QueryValues.intInRange("limit", limit, SyncService.DEFAULT_LIMIT, 1, SyncService.MAX_LIMIT);
        return responses.uncached(headers, sync.page(cursor, n, types), CACHE_CONTROL);
    }
}
