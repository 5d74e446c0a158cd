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
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.fasterxml.jackson.databind.JsonNode;

import dev.masthead.auth.Caller;
import dev.masthead.web.AdminResponses;
import dev.masthead.web.InvalidParameterException;
import dev.masthead.web.ItemEnvelope;
import dev.masthead.web.ListEnvelope;
import dev.masthead.web.MergePatch;
import dev.masthead.web.PageParameters;
import io.quarkus.security.Authenticated;

/** Writing articles: drafts, edits, publication. */
@Path("/api/v1/admin/articles")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
@SecurityRequirement(name = "bearer")
@Tag(name = "Management: articles")
public class ArticleAdminResource {

    private final ArticleService articles;
    private final Caller caller;

    ArticleAdminResource(ArticleService articles, Caller caller) {
        this.articles = articles;
        this.caller = caller;
    }

    @GET
    @Operation(operationId = "adminListArticles", summary = "List articles of every status",
            description = "Most recently changed first.")
    public ListEnvelope<ArticleAdminSummary> list(@BeanParam PageParameters paging,
            @QueryParam("status") @Parameter(schema = @Schema(type = SchemaType.STRING, enumeration = { "DRAFT", "PUBLISHED" })) String status) {
        return articles.list(parseStatus(status), paging);
    }

    @POST
    @Operation(operationId = "createArticle", summary = "Create a draft article")
    public Response create(@Valid @NotNull ArticleRequest request) {
        ArticleAdminView article = articles.create(request, caller.authorId());
        return AdminResponses.created("/api/v1/admin/articles/" + article.id(), ItemEnvelope.of(article),
                article.version());
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "adminGetArticle", summary = "Get an article of any status")
    public Response get(@PathParam("id") UUID id) {
        ArticleAdminView article = articles.get(id);
        return AdminResponses.ok(ItemEnvelope.of(article), article.version());
    }

    @PUT
    @Path("/{id}")
    @Operation(operationId = "replaceArticle", summary = "Replace an article",
            description = "Needs the current version, as If-Match or in the body.")
    public Response replace(@PathParam("id") UUID id, @Valid @NotNull ArticleRequest request,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        ArticleAdminView article = articles.replace(id, request, ifMatch, caller.authorId());
        return AdminResponses.ok(ItemEnvelope.of(article), article.version());
    }

    @PATCH
    @Path("/{id}")
    @Consumes(MergePatch.MEDIA_TYPE)
    @Operation(operationId = "patchArticle", summary = "Change some fields of an article (JSON merge patch)")
    public Response patch(@PathParam("id") UUID id, @NotNull JsonNode patch,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        ArticleAdminView article = articles.patch(id, patch, ifMatch, caller.authorId());
        return AdminResponses.ok(ItemEnvelope.of(article), article.version());
    }

    @DELETE
    @Path("/{id}")
    @Operation(operationId = "deleteArticle", summary = "Delete an article", description = "Needs If-Match.")
    public Response delete(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        articles.delete(id, ifMatch);
        return Response.noContent().build();
    }

    @POST
    @Path("/{id}/publish")
    @Operation(operationId = "publishArticle", summary = "Publish an article",
            description = "Visible in the Delivery API at once. An optional body backdates publishedAt.")
    public Response publish(@PathParam("id") UUID id, @Valid PublishRequest request,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        ArticleAdminView article = articles.publish(id, request, ifMatch);
        return AdminResponses.ok(ItemEnvelope.of(article), article.version());
    }

    @POST
    @Path("/{id}/unpublish")
    @Operation(operationId = "unpublishArticle", summary = "Take an article back to draft",
            description = "It leaves the Delivery API at once.")
    public Response unpublish(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        ArticleAdminView article = articles.unpublish(id, ifMatch);
        return AdminResponses.ok(ItemEnvelope.of(article), article.version());
    }

    private static ArticleStatus parseStatus(String status) {
        if (status == null) {
            return null;
        }
        try {
            return ArticleStatus.valueOf(status);
        } catch (IllegalArgumentException e) {
            throw new InvalidParameterException("status", "must be DRAFT or PUBLISHED");
        }
    }
}
