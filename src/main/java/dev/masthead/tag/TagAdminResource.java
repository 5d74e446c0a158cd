package dev.masthead.tag;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
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
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.fasterxml.jackson.databind.JsonNode;

import dev.masthead.web.AdminResponses;
import dev.masthead.web.ApiContract;
import dev.masthead.web.MergePatch;
import dev.masthead.web.PageParameters;
import io.quarkus.security.Authenticated;

@Path("/api/v1/admin/tags")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
@SecurityRequirement(name = ApiContract.BEARER)
@SecurityRequirement(name = ApiContract.API_KEY)
@Tag(name = ApiContract.MANAGEMENT_TAGS)
/** Reading is open to every account and key; changing needs an editor or a content:write key. */
public class TagAdminResource {

    private final TagService tags;

    TagAdminResource(TagService tags) {
        this.tags = tags;
    }

    @GET
    @Operation(operationId = "adminListTags", summary = "List tags", description = "By name, with versions for editing.")
    @APIResponse(responseCode = "200", description = "A page of tags",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TagAdminPage.class)))
    public TagAdminPage list(@BeanParam PageParameters paging) {
        return tags.list(paging);
    }

    @POST
    @RolesAllowed({ "EDITOR", "content:write" })
    @Operation(operationId = "createTag", summary = "Create a tag",
            description = "The slug derives from the name unless given; an explicit slug in use is a 409.")
    @APIResponse(responseCode = "201", description = "Created",
            headers = { @Header(name = "Location", ref = "Location"), @Header(name = "ETag", ref = "ETag") },
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TagAdminItem.class)))
    @APIResponse(responseCode = "409", ref = ApiContract.CONFLICT)
    public Response create(@RequestBody(required = true) @Valid @NotNull TagRequest request) {
        TagAdminView tag = tags.create(request);
        return AdminResponses.created("/api/v1/admin/tags/" + tag.id(), new TagAdminItem(tag), tag.version());
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "adminGetTag", summary = "Get a tag")
    @APIResponse(responseCode = "200", description = "The tag; its ETag is the version to send in If-Match",
            headers = @Header(name = "ETag", ref = "ETag"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TagAdminItem.class)))
    public Response get(@Parameter(description = "The tag's id") @PathParam("id") UUID id) {
        TagAdminView tag = tags.get(id);
        return AdminResponses.ok(new TagAdminItem(tag), tag.version());
    }

    @PUT
    @RolesAllowed({ "EDITOR", "content:write" })
    @Path("/{id}")
    @Operation(operationId = "replaceTag", summary = "Replace a tag",
            description = "Needs the current version, as If-Match or in the body.")
    @APIResponse(responseCode = "200", description = "Replaced", headers = @Header(name = "ETag", ref = "ETag"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TagAdminItem.class)))
    @APIResponse(responseCode = "409", ref = ApiContract.CONFLICT)
    public Response replace(@Parameter(description = "The tag's id") @PathParam("id") UUID id,
            @RequestBody(required = true) @Valid @NotNull TagRequest request,
            @Parameter(description = "The ETag of the version being replaced") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        TagAdminView tag = tags.replace(id, request, ifMatch);
        return AdminResponses.ok(new TagAdminItem(tag), tag.version());
    }

    @PATCH
    @RolesAllowed({ "EDITOR", "content:write" })
    @Path("/{id}")
    @Consumes(MergePatch.MEDIA_TYPE)
    @Operation(operationId = "patchTag", summary = "Change some fields of a tag",
            description = "A JSON merge patch (RFC 7396) of TagRequest: the members sent replace, null removes an "
                    + "optional one. Needs If-Match or a version member.")
    @APIResponse(responseCode = "200", description = "Changed", headers = @Header(name = "ETag", ref = "ETag"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TagAdminItem.class)))
    @APIResponse(responseCode = "409", ref = ApiContract.CONFLICT)
    public Response patch(@Parameter(description = "The tag's id") @PathParam("id") UUID id,
            @RequestBody(required = true, content = @Content(mediaType = MergePatch.MEDIA_TYPE,
                    schema = @Schema(ref = "MergePatch"))) @NotNull JsonNode patch,
            @Parameter(description = "The ETag of the version being changed") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        TagAdminView tag = tags.patch(id, patch, ifMatch);
        return AdminResponses.ok(new TagAdminItem(tag), tag.version());
    }

    @DELETE
    @RolesAllowed({ "EDITOR", "content:write" })
    @Path("/{id}")
    @Operation(operationId = "deleteTag", summary = "Delete a tag", description = "Takes the tag off every article that has it. Needs If-Match.")
    @APIResponse(responseCode = "204", description = "Deleted")
    public Response delete(@Parameter(description = "The tag's id") @PathParam("id") UUID id,
            @Parameter(description = "The ETag of the version being deleted") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        tags.delete(id, ifMatch);
        return Response.noContent().build();
    }
}
