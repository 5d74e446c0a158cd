package dev.masthead.search;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dev.masthead.delivery.DeliveryResponses;
import dev.masthead.delivery.Representation;
import dev.masthead.web.ApiContract;
import dev.masthead.web.PageLinks;
import dev.masthead.web.PageMeta;

/** Full-text search of the published archive: public and cacheable like every Delivery read. */
@Path("/api/v1/search")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirements
@Tag(name = ApiContract.DELIVERY_SEARCH)
public class SearchResource {

    private final SearchService search;
    private final DeliveryResponses responses;

    SearchResource(SearchService search, DeliveryResponses responses) {
        this.search = search;
        this.responses = responses;
    }

    @GET
    @Operation(operationId = "searchArticles", summary = "Search published articles",
            description = "Ranked best first, then newest. Title matches weigh most, then the excerpt and tag names, "
                    + "then the body; words are stemmed and accents folded. Any text is a valid q: one that leaves "
                    + "nothing to search for (only common words, only exclusions) finds nothing. A missing or empty "
                    + "q, or an unknown parameter, is a 400. Highlights are HTML-escaped text with the matched words "
                    + "in <mark>. meta.facets.tags counts the matches' tags, to narrow a search down with tag=.")
    @APIResponse(responseCode = "200", description = "A page of hits",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SearchPage.class)))
    public Response search(@BeanParam SearchParameters parameters, @Context HttpHeaders headers, @Context UriInfo uri) {
        SearchRequest request = parameters.request();
        return responses.cached(uri, headers, () -> {
            SearchPage page = search.search(request);
            PageMeta paging = PageMeta.counted(page.meta().page(), page.meta().pageSize(), page.meta().total(), null);
            return Representation.list(page, "list:articles", PageLinks.of(uri, paging));
        });
    }
}
