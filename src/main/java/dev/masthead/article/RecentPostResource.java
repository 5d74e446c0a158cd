package dev.masthead.article;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dev.masthead.web.ApiContract;
import dev.masthead.delivery.DeliveryResponses;
import dev.masthead.web.QueryValues;
import dev.masthead.delivery.Representation;

/** The "Recent Posts" sidebar widget. */
@Path("/api/v1/recent-posts")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirements
@Tag(name = ApiContract.DELIVERY_ARTICLES)
public class RecentPostResource {

    static final int DEFAULT_LIMIT = 6;
    static final int MAX_LIMIT = 50;

    private final PublishedArticleService articles;
    private final DeliveryResponses responses;

    RecentPostResource(PublishedArticleService articles, DeliveryResponses responses) {
        this.articles = articles;
        this.responses = responses;
    }

    @GET
    @Operation(operationId = "listRecentPosts", summary = "The Recent Posts widget",
            description = "The newest published articles in the small projection a sidebar needs.")
    @APIResponse(responseCode = "200", description = "Newest first",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RecentPosts.class)))
    public Response list(
            @Parameter(description = "How many posts", schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "50", defaultValue = "6"))
            @QueryParam("limit") String limit,
            @Context HttpHeaders headers, @Context UriInfo uri) {
        int n = QueryValues.intInRange("limit", limit, DEFAULT_LIMIT, 1, MAX_LIMIT);
        return responses.cached(uri, headers, () -> Representation.list(articles.recent(n), "list:articles", null));
    }
}
