package dev.masthead.tag;

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
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.fasterxml.jackson.databind.JsonNode;

import dev.masthead.web.AdminResponses;
import dev.masthead.web.ItemEnvelope;
import dev.masthead.web.ListEnvelope;
import dev.masthead.web.MergePatch;
import dev.masthead.web.PageParameters;
import io.quarkus.security.Authenticated;

@Path("/api/v1/admin/tags")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
@SecurityRequirement(name = "bearer")
@Tag(name = "Management: tags")
public class TagAdminResource {

    private final TagService tags;

    TagAdminResource(TagService tags) {
        this.tags = tags;
    }

    @GET
    @Operation(operationId = "adminListTags", summary = "List tags")
    public ListEnvelope<TagAdminView> list(@BeanParam PageParameters paging) {
        return tags.list(paging);
    }

    @POST
    @Operation(operationId = "createTag", summary = "Create a tag")
    public Response create(@Valid @NotNull TagRequest request) {
        TagAdminView tag = tags.create(request);
        return AdminResponses.created("/api/v1/admin/tags/" + tag.id(), ItemEnvelope.of(tag), tag.version());
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "adminGetTag", summary = "Get a tag")
    public Response get(@PathParam("id") UUID id) {
        TagAdminView tag = tags.get(id);
        return AdminResponses.ok(ItemEnvelope.of(tag), tag.version());
    }

    @PUT
    @Path("/{id}")
    @Operation(operationId = "replaceTag", summary = "Replace a tag",
            description = "Needs the current version, as If-Match or in the body.")
    public Response replace(@PathParam("id") UUID id, @Valid @NotNull TagRequest request,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        TagAdminView tag = tags.replace(id, request, ifMatch);
        return AdminResponses.ok(ItemEnvelope.of(tag), tag.version());
    }

    @PATCH
    @Path("/{id}")
    @Consumes(MergePatch.MEDIA_TYPE)
    @Operation(operationId = "patchTag", summary = "Change some fields of a tag (JSON merge patch)")
    public Response patch(@PathParam("id") UUID id, @NotNull JsonNode patch,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        TagAdminView tag = tags.patch(id, patch, ifMatch);
        return AdminResponses.ok(ItemEnvelope.of(tag), tag.version());
    }

    @DELETE
    @Path("/{id}")
    @Operation(operationId = "deleteTag", summary = "Delete a tag",
            description = "Takes the tag off every article that has it. Needs If-Match.")
    public Response delete(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        tags.delete(id, ifMatch);
        return Response.noContent().build();
    }
}
