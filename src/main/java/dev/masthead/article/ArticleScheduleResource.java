package dev.masthead.article;

import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dev.masthead.auth.Caller;
import dev.masthead.web.AdminResponses;
import dev.masthead.web.ApiContract;
import io.quarkus.security.Authenticated;

/** Scheduling articles: the queue the {@link ArticleScheduler} publishes from. */
@Path("/api/v1/admin/articles/{id}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
@SecurityRequirement(name = ApiContract.BEARER)
@SecurityRequirement(name = ApiContract.API_KEY)
@Tag(name = ApiContract.MANAGEMENT_ARTICLES)
public class ArticleScheduleResource {

    private final ArticleService articles;
    private final Caller caller;

    ArticleScheduleResource(ArticleService articles, Caller caller) {
        this.articles = articles;
        this.caller = caller;
    }

    @POST
    @Path("/schedule")
    @Operation(operationId = "scheduleArticle", summary = "Schedule a draft to be published later",
            description = "The article becomes SCHEDULED and stays invisible to the Delivery API until publishAt, "
                    + "when it is published exactly like a manual publish, with publishedAt = publishAt (within about "
                    + "a second; overdue work runs at the next start). With unpublishAt it is unpublished again "
                    + "then. Scheduling a scheduled article moves it; a published one is a 409. If-Match is checked "
                    + "when sent.")
    @APIResponse(responseCode = "200", description = "Scheduled", headers = @Header(name = "ETag", ref = "ETag"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ArticleAdminItem.class)))
    @APIResponse(responseCode = "409", ref = ApiContract.CONFLICT)
    public Response schedule(@Parameter(description = "The article's id") @PathParam("id") UUID id,
            @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ScheduleRequest.class),
                    examples = @ExampleObject(name = "embargo",
                            value = "{\"publishAt\": \"2026-12-01T06:00:00Z\", \"unpublishAt\": \"2026-12-08T06:00:00Z\"}")))
            @Valid @NotNull ScheduleRequest request,
            @Parameter(description = "The ETag of the version being scheduled") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        ArticleAdminView article = articles.schedule(id, request, ifMatch, caller.actor());
        return AdminResponses.ok(new ArticleAdminItem(article), article.version());
    }

    @POST
    @Path("/unschedule")
    @Operation(operationId = "unscheduleArticle", summary = "Take a scheduled article back to draft",
            description = "Its publishAt and unpublishAt are cleared. An article that is not scheduled is a 409. "
                    + "If-Match is checked when sent.")
    @APIResponse(responseCode = "200", description = "Back to draft", headers = @Header(name = "ETag", ref = "ETag"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ArticleAdminItem.class)))
    @APIResponse(responseCode = "409", ref = ApiContract.CONFLICT)
    public Response unschedule(@Parameter(description = "The article's id") @PathParam("id") UUID id,
            @Parameter(description = "The ETag of the version being unscheduled") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        ArticleAdminView article = articles.unschedule(id, ifMatch, caller.actor());
        return AdminResponses.ok(new ArticleAdminItem(article), article.version());
    }
}
