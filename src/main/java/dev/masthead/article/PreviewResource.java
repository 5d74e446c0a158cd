package dev.masthead.article;

import java.util.UUID;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
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
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dev.masthead.web.ApiContract;

/**
 * A draft preview: one article, current and whatever its status, in the
 * Delivery shape, for the holder of a preview token. Never cached anywhere:
 * it does not go through DeliveryResponses (so neither DeliveryCache nor the
 * fast path ever holds it), carries no validator and tells every cache not to
 * store it.
 */
@Path("/api/v1/preview/articles")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = ApiContract.PREVIEW)
@SecurityRequirement(name = ApiContract.PREVIEW_QUERY)
@Tag(name = ApiContract.DELIVERY_PREVIEWS)
public class PreviewResource {

    private static final String BEARER = "Bearer ";

    private final ArticlePreviews previews;

    PreviewResource(ArticlePreviews previews) {
        this.previews = previews;
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "previewArticleById", summary = "Preview an article of any status",
            description = "Exactly what GET /api/v1/articles/{slug} would answer if the article were published now: "
                    + "an article never published shows the time of this request as publishedAt (and in its url). "
                    + "Needs a preview token from POST /api/v1/admin/articles/{id}/preview for this article, as "
                    + "Authorization: Bearer <token> or ?token=; without one, or with one expired, altered or for "
                    + "another article, it is a 401. Never cached: no ETag, Cache-Control: private, no-store.")
    @APIResponse(responseCode = "200", description = "The article as it is now",
            headers = @Header(name = "Cache-Control", description = "private, no-store",
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ArticleItem.class)))
    @APIResponse(responseCode = "401", ref = ApiContract.UNAUTHORIZED)
    public Response get(@Parameter(description = "The article's id") @PathParam("id") UUID id,
            @Parameter(hidden = true) @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @Parameter(description = "The preview token, when it cannot travel in the Authorization header")
            @QueryParam("token") String token) {
        ArticleView article = previews.read(id, token != null ? token : bearer(authorization));
        return Response.ok(new ArticleItem(article)).header(HttpHeaders.CACHE_CONTROL, "private, no-store").build();
    }

    private static String bearer(String authorization) {
        return authorization != null && authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())
                ? authorization.substring(BEARER.length()).strip() : null;
    }
}
