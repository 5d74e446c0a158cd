package dev.masthead.article;

import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dev.masthead.auth.Caller;
import dev.masthead.web.ApiContract;
import io.quarkus.security.Authenticated;

/** Handing out draft preview tokens, to whoever may read the article here. */
@Path("/api/v1/admin/articles/{id}/preview")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
@SecurityRequirement(name = ApiContract.BEARER)
@SecurityRequirement(name = ApiContract.API_KEY)
@Tag(name = ApiContract.MANAGEMENT_ARTICLES)
public class ArticlePreviewResource {

    private final ArticlePreviews previews;
    private final Caller caller;

    ArticlePreviewResource(ArticlePreviews previews, Caller caller) {
        this.previews = previews;
        this.caller = caller;
    }

    @POST
    @Operation(operationId = "previewArticle", summary = "Get a draft preview token for an article",
            description = "A signed token that opens GET /api/v1/preview/articles/{id} for this one article, whatever "
                    + "its status, until it expires (ttl: PT1M to P7D, PT1H by default; the body is optional), and "
                    + "the frontend's draft-mode URL carrying it. Anyone who may read the article may ask. The token "
                    + "opens nothing else: not the Management API, not another article's preview.")
    @APIResponse(responseCode = "200", description = "The token and the frontend URL",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PreviewView.class)))
    public Response preview(@Parameter(description = "The article's id") @PathParam("id") UUID id,
            @RequestBody(required = false) @Valid PreviewRequest request) {
        return Response.ok(previews.issue(id, request, caller.actor())).header(HttpHeaders.CACHE_CONTROL, "no-store")
                .build();
    }
}
