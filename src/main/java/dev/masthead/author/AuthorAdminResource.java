package dev.masthead.author;

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

@Path("/api/v1/admin/authors")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
@SecurityRequirement(name = ApiContract.BEARER)
@SecurityRequirement(name = ApiContract.API_KEY)
@Tag(name = ApiContract.MANAGEMENT_AUTHORS)
/** Reading is open to every account and key; changing needs an editor or a content:write key. */
public class AuthorAdminResource {

    private final AuthorService authors;

    AuthorAdminResource(AuthorService authors) {
        this.authors = authors;
    }

    @GET
    @Operation(operationId = "adminListAuthors", summary = "List authors", description = "By name, with versions for editing.")
    @APIResponse(responseCode = "200", description = "A page of authors",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AuthorAdminPage.class)))
    public AuthorAdminPage list(@BeanParam PageParameters paging) {
        return authors.list(paging);
    }

    @POST
    @RolesAllowed({ "EDITOR", "content:write" })
    @Operation(operationId = "createAuthor", summary = "Create an author profile",
            description = "The slug derives from the name unless given; an explicit slug in use is a 409.")
    @APIResponse(responseCode = "201", description = "Created",
            headers = { @Header(name = "Location", ref = "Location"), @Header(name = "ETag", ref = "ETag") },
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AuthorAdminItem.class)))
    @APIResponse(responseCode = "409", ref = ApiContract.CONFLICT)
    public Response create(@RequestBody(required = true) @Valid @NotNull AuthorRequest request) {
        AuthorAdminView author = authors.create(request);
        return AdminResponses.created("/api/v1/admin/authors/" + author.id(), new AuthorAdminItem(author), author.version());
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "adminGetAuthor", summary = "Get an author profile")
    @APIResponse(responseCode = "200", description = "The author; its ETag is the version to send in If-Match",
            headers = @Header(name = "ETag", ref = "ETag"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AuthorAdminItem.class)))
    public Response get(@Parameter(description = "The author's id") @PathParam("id") UUID id) {
        AuthorAdminView author = authors.get(id);
        return AdminResponses.ok(new AuthorAdminItem(author), author.version());
    }

    @PUT
    @RolesAllowed({ "EDITOR", "content:write" })
    @Path("/{id}")
    @Operation(operationId = "replaceAuthor", summary = "Replace an author profile",
            description = "Needs the current version, as If-Match or in the body.")
    @APIResponse(responseCode = "200", description = "Replaced", headers = @Header(name = "ETag", ref = "ETag"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AuthorAdminItem.class)))
    @APIResponse(responseCode = "409", ref = ApiContract.CONFLICT)
    public Response replace(@Parameter(description = "The author's id") @PathParam("id") UUID id,
            @RequestBody(required = true) @Valid @NotNull AuthorRequest request,
            @Parameter(description = "The ETag of the version being replaced") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        AuthorAdminView author = authors.replace(id, request, ifMatch);
        return AdminResponses.ok(new AuthorAdminItem(author), author.version());
    }

    @PATCH
    @RolesAllowed({ "EDITOR", "content:write" })
    @Path("/{id}")
    @Consumes(MergePatch.MEDIA_TYPE)
    @Operation(operationId = "patchAuthor", summary = "Change some fields of an author profile",
            description = "A JSON merge patch (RFC 7396) of AuthorRequest: the members sent replace, null removes an "
                    + "optional one. Needs If-Match or a version member.")
    @APIResponse(responseCode = "200", description = "Changed", headers = @Header(name = "ETag", ref = "ETag"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AuthorAdminItem.class)))
    @APIResponse(responseCode = "409", ref = ApiContract.CONFLICT)
    public Response patch(@Parameter(description = "The author's id") @PathParam("id") UUID id,
            @RequestBody(required = true, content = @Content(mediaType = MergePatch.MEDIA_TYPE,
                    schema = @Schema(ref = "MergePatch"))) @NotNull JsonNode patch,
            @Parameter(description = "The ETag of the version being changed") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        AuthorAdminView author = authors.patch(id, patch, ifMatch);
        return AdminResponses.ok(new AuthorAdminItem(author), author.version());
    }

    @DELETE
    @RolesAllowed({ "EDITOR", "content:write" })
    @Path("/{id}")
    @Operation(operationId = "deleteAuthor", summary = "Delete an author profile", description = "Refused with 409 while the author is credited on any article. Needs If-Match.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "409", ref = ApiContract.CONFLICT)
    public Response delete(@Parameter(description = "The author's id") @PathParam("id") UUID id,
            @Parameter(description = "The ETag of the version being deleted") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        authors.delete(id, ifMatch);
        return Response.noContent().build();
    }
}
