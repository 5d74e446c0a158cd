package dev.masthead.author;

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

@Path("/api/v1/admin/authors")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
@SecurityRequirement(name = "bearer")
@Tag(name = "Management: authors")
public class AuthorAdminResource {

    private final AuthorService authors;

    AuthorAdminResource(AuthorService authors) {
        this.authors = authors;
    }

    @GET
    @Operation(operationId = "adminListAuthors", summary = "List authors")
    public ListEnvelope<AuthorAdminView> list(@BeanParam PageParameters paging) {
        return authors.list(paging);
    }

    @POST
    @Operation(operationId = "createAuthor", summary = "Create an author profile")
    public Response create(@Valid @NotNull AuthorRequest request) {
        AuthorAdminView author = authors.create(request);
        return AdminResponses.created("/api/v1/admin/authors/" + author.id(), ItemEnvelope.of(author), author.version());
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "adminGetAuthor", summary = "Get an author profile")
    public Response get(@PathParam("id") UUID id) {
        AuthorAdminView author = authors.get(id);
        return AdminResponses.ok(ItemEnvelope.of(author), author.version());
    }

    @PUT
    @Path("/{id}")
    @Operation(operationId = "replaceAuthor", summary = "Replace an author profile",
            description = "Needs the current version, as If-Match or in the body.")
    public Response replace(@PathParam("id") UUID id, @Valid @NotNull AuthorRequest request,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        AuthorAdminView author = authors.replace(id, request, ifMatch);
        return AdminResponses.ok(ItemEnvelope.of(author), author.version());
    }

    @PATCH
    @Path("/{id}")
    @Consumes(MergePatch.MEDIA_TYPE)
    @Operation(operationId = "patchAuthor", summary = "Change some fields of an author profile (JSON merge patch)")
    public Response patch(@PathParam("id") UUID id, @NotNull JsonNode patch,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        AuthorAdminView author = authors.patch(id, patch, ifMatch);
        return AdminResponses.ok(ItemEnvelope.of(author), author.version());
    }

    @DELETE
    @Path("/{id}")
    @Operation(operationId = "deleteAuthor", summary = "Delete an author profile",
            description = "Refused (409) while the author is credited on any article. Needs If-Match.")
    public Response delete(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        authors.delete(id, ifMatch);
        return Response.noContent().build();
    }
}
