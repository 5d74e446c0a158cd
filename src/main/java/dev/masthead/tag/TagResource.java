package dev.masthead.tag;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dev.masthead.web.ApiContract;
import dev.masthead.delivery.DeliveryResponses;
import dev.masthead.web.PageLinks;
import dev.masthead.web.PageParameters;
import dev.masthead.delivery.Representation;

@Path("/api/v1/tags")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirements
@Tag(name = ApiContract.DELIVERY_TAGS)
public class TagResource {

    private final TagService tags;
    private final DeliveryResponses responses;

    TagResource(TagService tags, DeliveryResponses responses) {
        this.tags = tags;
        this.responses = responses;
    }

    @GET
    @Operation(operationId = "listTags", summary = "List tags", description = "All tags by name, each with the number of its published articles.")
    @APIResponse(responseCode = "200", description = "A page of tags",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TagPage.class)))
    public Response list(@BeanParam PageParameters paging, @Context HttpHeaders headers, @Context UriInfo uri) {
        return responses.cached(uri, headers, () -> {
            TagPage page = tags.listPublic(paging);
            return Representation.list(page, "list:tags", PageLinks.of(uri, page.meta()));
        });
    }

    @GET
    @Path("/{slug}")
    @Operation(operationId = "getTagBySlug", summary = "Get a tag by slug")
    @APIResponse(responseCode = "200", description = "The tag",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TagItem.class)))
    public Response get(@Parameter(description = "The tag's slug", example = "climate") @PathParam("slug") String slug,
            @Context HttpHeaders headers, @Context UriInfo uri) {
        return responses.cached(uri, headers, () -> {
            TagView tag = tags.publicBySlug(slug);
            return Representation.page(new TagItem(tag), "tag:" + tag.slug());
        });
    }
}
