package dev.masthead.author;

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

@Path("/api/v1/authors")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Delivery: authors")
public class AuthorResource {

    private final AuthorService authors;
    private final DeliveryResponses responses;

    AuthorResource(AuthorService authors, DeliveryResponses responses) {
        this.authors = authors;
        this.responses = responses;
    }

    @GET
    @Operation(operationId = "listAuthors", summary = "List authors",
            description = "All author profiles by name, each with the number of its published articles.")
    public Response list(@BeanParam PageParameters paging, @Context HttpHeaders headers, @Context UriInfo uri) {
        ListEnvelope<AuthorView> page = authors.listPublic(paging);
        return responses.ok(page, headers, null, List.of("list:authors"), PageLinks.of(uri, page.meta()));
    }

    @GET
    @Path("/{slug}")
    @Operation(operationId = "getAuthorBySlug", summary = "Get an author by slug")
    public Response get(@PathParam("slug") String slug, @Context HttpHeaders headers) {
        AuthorView author = authors.publicBySlug(slug);
        return responses.ok(ItemEnvelope.of(author), headers, null, List.of("author:" + author.slug()), null);
    }
}
