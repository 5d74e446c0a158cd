package dev.masthead.tag;

import java.util.List;

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
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dev.masthead.web.DeliveryResponses;
import dev.masthead.web.ItemEnvelope;
import dev.masthead.web.ListEnvelope;
import dev.masthead.web.PageLinks;
import dev.masthead.web.PageParameters;

@Path("/api/v1/tags")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Delivery: tags")
public class TagResource {

    private final TagService tags;
    private final DeliveryResponses responses;

    TagResource(TagService tags, DeliveryResponses responses) {
        this.tags = tags;
        this.responses = responses;
    }

    @GET
    @Operation(operationId = "listTags", summary = "List tags",
            description = "All tags by name, each with the number of its published articles.")
    public Response list(@BeanParam PageParameters paging, @Context HttpHeaders headers, @Context UriInfo uri) {
        ListEnvelope<TagView> page = tags.listPublic(paging);
        return responses.ok(page, headers, null, List.of("list:tags"), PageLinks.of(uri, page.meta()));
    }

    @GET
    @Path("/{slug}")
    @Operation(operationId = "getTagBySlug", summary = "Get a tag by slug")
    public Response get(@PathParam("slug") String slug, @Context HttpHeaders headers) {
        TagView tag = tags.publicBySlug(slug);
        return responses.ok(ItemEnvelope.of(tag), headers, null, List.of("tag:" + tag.slug()), null);
    }
}
