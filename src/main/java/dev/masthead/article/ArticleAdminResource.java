package dev.masthead.article;

import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
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

import com.fasterxml.jackson.databind.JsonNode;

import dev.masthead.auth.Caller;
import dev.masthead.web.AdminResponses;
import dev.masthead.web.ApiContract;
import dev.masthead.web.problem.InvalidParameterException;
import dev.masthead.web.MergePatch;
import dev.masthead.web.PageParameters;
import io.quarkus.security.Authenticated;

/** Writing articles: drafts, edits, publication. */
@Path("/api/v1/admin/articles")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
@SecurityRequirement(name = ApiContract.BEARER)
@SecurityRequirement(name = ApiContract.API_KEY)
@Tag(name = ApiContract.MANAGEMENT_ARTICLES)
public class ArticleAdminResource {

    private static final String CREATE_EXAMPLE = """
            {"title": "Port Halden volumes hit a record", "markdown": "Ships queued past the breakwater...\\n\\n## Why now\\n\\nThe new grain corridor...",
             "authorIds": ["508ad4f8-bfe9-40fb-b17f-d6480c395154"], "tagIds": ["de4e665f-2645-4897-aa4e-71e5e082798b"],
             "featured": true, "featureImage": {"url": "https://images.example.com/port-halden.jpg", "alt": "Cranes at dusk"}}""";

    private final ArticleService articles;
    private final Caller caller;

    ArticleAdminResource(ArticleService articles, Caller caller) {
        this.articles = articles;
        this.caller = caller;
    }

    @GET
    @Operation(operationId = "adminListArticles", summary = "List articles of every status",
            description = "Most recently changed first; with status=SCHEDULED the publishing queue, next due first.")
    @APIResponse(responseCode = "200", description = "A page of articles",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ArticleAdminPage.class)))
    public ArticleAdminPage list(@BeanParam PageParameters paging,
            @Parameter(description = "Only articles with this status", schema = @Schema(implementation = ArticleStatus.class))
            @QueryParam("status") String status) {
        return articles.list(parseStatus(status), paging, caller.actor());
    }

    @POST
    @Operation(operationId = "createArticle", summary = "Create a draft article",
            description = "Always a draft. Without authorIds the caller's own author profile is credited; the slug "
                    + "derives from the title unless given.")
    @APIResponse(responseCode = "201", description = "The draft",
            headers = { @Header(name = "Location", ref = "Location"), @Header(name = "ETag", ref = "ETag") },
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ArticleAdminItem.class)))
    @APIResponse(responseCode = "409", ref = ApiContract.CONFLICT)
    public Response create(@RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ArticleRequest.class),
            examples = @ExampleObject(name = "draft", value = CREATE_EXAMPLE))) @Valid @NotNull ArticleRequest request) {
        ArticleAdminView article = articles.create(request, caller.actor());
        return AdminResponses.created("/api/v1/admin/articles/" + article.id(), new ArticleAdminItem(article),
                article.version());
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "adminGetArticle", summary = "Get an article of any status")
    @APIResponse(responseCode = "200", description = "The article; its ETag is the version to send in If-Match",
            headers = @Header(name = "ETag", ref = "ETag"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ArticleAdminItem.class)))
    public Response get(@Parameter(description = "The article's id") @PathParam("id") UUID id) {
        ArticleAdminView article = articles.get(id, caller.actor());
        return AdminResponses.ok(new ArticleAdminItem(article), article.version());
    }

    @PUT
    @Path("/{id}")
    @Operation(operationId = "replaceArticle", summary = "Replace an article",
            description = "Needs the current version, as If-Match or in the body. Without slug the article keeps its "
                    + "own; a new slug keeps the old one redirecting.")
    @APIResponse(responseCode = "200", description = "Replaced", headers = @Header(name = "ETag", ref = "ETag"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ArticleAdminItem.class)))
    @APIResponse(responseCode = "409", ref = ApiContract.CONFLICT)
    public Response replace(@Parameter(description = "The article's id") @PathParam("id") UUID id,
            @RequestBody(required = true) @Valid @NotNull ArticleRequest request,
            @Parameter(description = "The ETag of the version being replaced") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        ArticleAdminView article = articles.replace(id, request, ifMatch, caller.actor());
        return AdminResponses.ok(new ArticleAdminItem(article), article.version());
    }

    @PATCH
    @Path("/{id}")
    @Consumes(MergePatch.MEDIA_TYPE)
    @Operation(operationId = "patchArticle", summary = "Change some fields of an article",
            description = "A JSON merge patch (RFC 7396) of ArticleRequest: the members sent replace, null removes "
                    + "an optional one (a null excerpt derives one again). One more member, unpublishAt, sets when a "
                    + "scheduled or published article comes down (in the future; null clears it). Needs If-Match or a "
                    + "version member.")
    @APIResponse(responseCode = "200", description = "Changed", headers = @Header(name = "ETag", ref = "ETag"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ArticleAdminItem.class)))
    @APIResponse(responseCode = "409", ref = ApiContract.CONFLICT)
    public Response patch(@Parameter(description = "The article's id") @PathParam("id") UUID id,
            @RequestBody(required = true, content = @Content(mediaType = MergePatch.MEDIA_TYPE,
                    schema = @Schema(ref = "MergePatch"),
                    examples = @ExampleObject(name = "feature", value = "{\"featured\": true, \"excerpt\": null}")))
            @NotNull JsonNode patch,
            @Parameter(description = "The ETag of the version being changed") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        ArticleAdminView article = articles.patch(id, patch, ifMatch, caller.actor());
        return AdminResponses.ok(new ArticleAdminItem(article), article.version());
    }

    @DELETE
    @Path("/{id}")
    @Operation(operationId = "deleteArticle", summary = "Delete an article", description = "Needs If-Match.")
    @APIResponse(responseCode = "204", description = "Deleted")
    public Response delete(@Parameter(description = "The article's id") @PathParam("id") UUID id,
            @Parameter(description = "The ETag of the version being deleted") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        articles.delete(id, ifMatch, caller.actor());
        return Response.noContent().build();
    }

    @POST
    @Path("/{id}/publish")
    @Operation(operationId = "publishArticle", summary = "Publish an article",
            description = "Visible in the Delivery API at once. An optional body backdates publishedAt (never "
                    + "into the future). If-Match is checked when sent.")
    @APIResponse(responseCode = "200", description = "Published", headers = @Header(name = "ETag", ref = "ETag"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ArticleAdminItem.class)))
    public Response publish(@Parameter(description = "The article's id") @PathParam("id") UUID id,
            @RequestBody(required = false) @Valid PublishRequest request,
            @Parameter(description = "The ETag of the version being published") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        ArticleAdminView article = articles.publish(id, request, ifMatch, caller.actor());
        return AdminResponses.ok(new ArticleAdminItem(article), article.version());
    }

    @POST
    @Path("/{id}/unpublish")
    @Operation(operationId = "unpublishArticle", summary = "Take an article back to draft",
            description = "It leaves the Delivery API at once. If-Match is checked when sent.")
    @APIResponse(responseCode = "200", description = "Back to draft", headers = @Header(name = "ETag", ref = "ETag"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ArticleAdminItem.class)))
    public Response unpublish(@Parameter(description = "The article's id") @PathParam("id") UUID id,
            @Parameter(description = "The ETag of the version being unpublished") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        ArticleAdminView article = articles.unpublish(id, ifMatch, caller.actor());
        return AdminResponses.ok(new ArticleAdminItem(article), article.version());
    }

    private static ArticleStatus parseStatus(String status) {
        if (status == null) {
            return null;
        }
        try {
            return ArticleStatus.valueOf(status);
        } catch (IllegalArgumentException e) {
            throw new InvalidParameterException("status", "must be DRAFT, SCHEDULED or PUBLISHED");
        }
    }
}
