package dev.masthead.author;

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

@Path("/api/v1/authors")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirements
@Tag(name = ApiContract.DELIVERY_AUTHORS)
public class AuthorResource {

    private final AuthorService authors;
    private final DeliveryResponses responses;

    AuthorResource(AuthorService authors, DeliveryResponses responses) {
        this.authors = authors;
        this.responses = responses;
    }

    @GET
    @Operation(operationId = "listAuthors", summary = "List authors", description = "All author profiles by name, each with the number of its published articles.")
    @APIResponse(responseCode = "200", description = "A page of authors",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AuthorPage.class)))
    public Response list(@BeanParam PageParameters paging, @Context HttpHeaders headers, @Context UriInfo uri) {
        return responses.cached(uri, headers, () -> {
            AuthorPage page = authors.listPublic(paging);
            return Representation.list(page, "list:authors", PageLinks.of(uri, page.meta()));
        });
    }

    @GET
    @Path("/{slug}")
    @Operation(operationId = "getAuthorBySlug", summary = "Get an author by slug")
    @APIResponse(responseCode = "200", description = "The author",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AuthorItem.class)))
    public Response get(@Parameter(description = "The author's slug", example = "zoe-lindqvist") @PathParam("slug") String slug,
            @Context HttpHeaders headers, @Context UriInfo uri) {
        return responses.cached(uri, headers, () -> {
            AuthorView author = authors.publicBySlug(slug);
            return Representation.page(new AuthorItem(author), "author:" + author.slug());
        });
    }
}
