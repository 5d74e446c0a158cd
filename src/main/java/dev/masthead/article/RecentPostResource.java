package dev.masthead.article;

import java.util.List;

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
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dev.masthead.web.DeliveryResponses;
import dev.masthead.web.QueryValues;

/** The "Recent Posts" sidebar widget. */
@Path("/api/v1/recent-posts")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Delivery: articles")
public class RecentPostResource {

    static final int DEFAULT_LIMIT = 6;
    static final int MAX_LIMIT = 50;

    private final ArticleService articles;
    private final DeliveryResponses responses;

    RecentPostResource(ArticleService articles, DeliveryResponses responses) {
        this.articles = articles;
        this.responses = responses;
    }

    @GET
    @Operation(operationId = "listRecentPosts", summary = "Newest published articles, small projection")
    public Response list(
            @QueryParam("limit") @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "50", defaultValue = "6")) String limit,
            @Context HttpHeaders headers) {
        int n = QueryValues.intInRange("limit", limit, DEFAULT_LIMIT, 1, MAX_LIMIT);
        return responses.ok(new RecentPosts(articles.recent(n)), headers, null, List.of("list:articles"), null);
    }

    /** {@code {"data": [...]}}: the widget needs no paging. */
    @Schema(name = "RecentPosts")
    public record RecentPosts(@Schema(required = true) List<RecentPost> data) {
    }
}
