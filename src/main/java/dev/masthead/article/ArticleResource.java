package dev.masthead.article;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dev.masthead.web.ApiContract;
import dev.masthead.delivery.DeliveryResponses;
import dev.masthead.web.PageLinks;
import dev.masthead.web.QueryValues;
import dev.masthead.delivery.Representation;

/** The public read side of articles: published ones only, cacheable. */
@Path("/api/v1/articles")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirements
@Tag(name = ApiContract.DELIVERY_ARTICLES)
public class ArticleResource {

    static final int RELATED_DEFAULT_LIMIT = 4;
    static final int RELATED_MAX_LIMIT = 12;

    private final PublishedArticleService articles;
    private final DeliveryResponses responses;

    ArticleResource(PublishedArticleService articles, DeliveryResponses responses) {
        this.articles = articles;
        this.responses = responses;
    }

    @GET
    @Operation(operationId = "listArticles", summary = "List published articles",
            description = "Newest first by default. Page mode (page, pageSize) counts the total; cursor mode "
                    + "(cursor, empty to start, then meta.nextCursor) walks keyset pages at any depth without "
                    + "counting. An unknown parameter or value is a 400.")
    @APIResponse(responseCode = "200", description = "A page of article summaries",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ArticlePage.class)))
    public Response list(@BeanParam ArticleListParameters parameters, @Context HttpHeaders headers,
            @Context UriInfo uri) {
        ArticleQuery query = articles.query(parameters, uri.getQueryParameters().containsKey("cursor"));
        return responses.cached(uri, headers, () -> {
            ArticlePage page = articles.list(query);
            return Representation.list(page, "list:articles", PageLinks.of(uri, page.meta()));
        });
    }

    @GET
    @Path("/{slug}")
    @Operation(operationId = "getArticleBySlug", summary = "Get a published article by slug",
            description = "The whole article with sanitized HTML. A former slug of the article answers 301 "
                    + "with the current location.")
    @APIResponse(responseCode = "200", description = "The article",
            headers = @Header(name = "Last-Modified", ref = "Last-Modified"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ArticleItem.class)))
    @APIResponse(responseCode = "301", description = "The article moved to a new slug",
            headers = @Header(name = "Location", ref = "Location"))
    public Response get(
            @Parameter(description = "The article's slug", example = "port-halden-container-volumes-hit-record")
            @PathParam("slug") String slug,
            @Context HttpHeaders headers, @Context UriInfo uri) {
        return responses.cached(uri, headers, () -> {
            PublishedArticle result = articles.bySlug(slug);
            if (result instanceof PublishedArticle.Moved moved) {
                return Representation.moved(uri(moved.currentSlug()));
            }
            PublishedArticle.Found found = (PublishedArticle.Found) result;
            return Representation.article(new ArticleItem(found.view()), found.view().id(), found.lastModified(),
                    surrogateKeys(found.view()));
        });
    }

    @GET
    @Path("/{slug}/related")
    @Operation(operationId = "listRelatedArticles", summary = "Articles related to a published article",
            description = "Published articles sharing tags with this one, most related first: each shared tag "
                    + "counts by its rarity (ln(1 + N / df), N published articles, df those carrying the tag), "
                    + "the sum times 1.5 when the primary tags match, times 2^(-|days apart| / half-life) "
                    + "(masthead.related.half-life, 30 days by default). Ties go to the newest. Never the article "
                    + "itself. Only its first 10 tags count, and per tag the 100 articles nearest in time on "
                    + "either side. A former slug answers 301 to the current one's related list.")
    @APIResponse(responseCode = "200", description = "Related articles, most related first; empty when none shares a tag",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = RelatedArticles.class)))
    @APIResponse(responseCode = "301", description = "The article moved to a new slug: its related list is there",
            headers = @Header(name = "Location", ref = "Location"))
    @APIResponse(responseCode = "400", ref = ApiContract.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ApiContract.NOT_FOUND)
    public Response related(
            @Parameter(description = "The article's slug", example = "port-halden-container-volumes-hit-record")
            @PathParam("slug") String slug,
            @Parameter(description = "How many related articles at most", schema = @Schema(type = SchemaType.INTEGER,
                    minimum = "1", maximum = "12", defaultValue = "4"))
            @QueryParam("limit") String limit,
            @Context HttpHeaders headers, @Context UriInfo uri) {
        int n = QueryValues.intInRange("limit", limit, RELATED_DEFAULT_LIMIT, 1, RELATED_MAX_LIMIT);
        return responses.cached(uri, headers, () -> {
            RelatedLookup result = articles.related(slug, n);
            if (result instanceof RelatedLookup.Moved moved) {
                String query = uri.getRequestUri().getRawQuery();
                return Representation.moved(URI.create(path(moved.currentSlug()) + "/related"
                        + (query == null ? "" : "?" + query)));
            }
            RelatedLookup.Found found = (RelatedLookup.Found) result;
            List<String> keys = new ArrayList<>();
            keys.add("article:" + found.article());
            found.tagSlugs().forEach(tag -> keys.add("tag:" + tag));
            keys.add("list:articles");
            // A list over many articles (article == null): any article, tag or author change drops it,
            // which covers this article, its tags and every candidate.
            return new Representation(found.page(), MediaType.APPLICATION_JSON, null, keys, null, null, null, null);
        });
    }

    private static URI uri(String slug) {
        return URI.create(path(slug));
    }

    private static String path(String slug) {
        return "/api/v1/articles/" + slug;
    }

    private static List<String> surrogateKeys(ArticleView article) {
        List<String> keys = new ArrayList<>();
        keys.add("article:" + article.id());
        article.tags().forEach(tag -> keys.add("tag:" + tag.slug()));
        article.authors().forEach(author -> keys.add("author:" + author.slug()));
        return keys;
    }
}
