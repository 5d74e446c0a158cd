package dev.masthead.sitemap;

import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
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

import dev.masthead.delivery.DeliveryResponses;
import dev.masthead.delivery.Representation;
import dev.masthead.web.ApiContract;

/** The sitemaps of published content, for search engines; public and cacheable like the rest of Delivery. */
@Path("/")
@Produces(SitemapResource.XML)
@SecurityRequirements
@Tag(name = ApiContract.DELIVERY_SITEMAPS)
public class SitemapResource {

    static final String XML = "application/xml; charset=utf-8";
    private static final String ARTICLES = "list:articles";
    private static final String TAGS = "list:tags";
    private static final String AUTHORS = "list:authors";

    private final SitemapService sitemaps;
    private final DeliveryResponses responses;

    SitemapResource(SitemapService sitemaps, DeliveryResponses responses) {
        this.sitemaps = sitemaps;
        this.responses = responses;
    }

    @GET
    @Path("sitemap.xml")
    @Operation(operationId = "getSitemapIndex", summary = "The sitemap index",
            description = "A sitemaps.org index naming every article sitemap (at least one), then the tag and author "
                    + "sitemaps (tags and authors with published articles). Children carry no lastmod.")
    @APIResponse(responseCode = "200", description = "The sitemap index",
            headers = @Header(name = "Last-Modified", ref = "Last-Modified"),
            content = @Content(mediaType = "application/xml", schema = @Schema(type = SchemaType.STRING)))
    public Response index(@Context HttpHeaders headers, @Context UriInfo uri) {
        return responses.cachedDocument(uri, headers,
                () -> document(sitemaps.index(), List.of(ARTICLES, TAGS, AUTHORS)));
    }

    @GET
    @Path("sitemaps/articles-{n}.xml")
    @Operation(operationId = "getArticleSitemap", summary = "One article sitemap",
            description = "Published articles in publication order, oldest first, a chunk of them per number "
                    + "(masthead.sitemaps.chunk-size): each with its page, its last change and its feature image. "
                    + "Articles whose canonical URL is off the website are left out but keep their place.")
    @APIResponse(responseCode = "200", description = "An article sitemap",
            headers = @Header(name = "Last-Modified", ref = "Last-Modified"),
            content = @Content(mediaType = "application/xml", schema = @Schema(type = SchemaType.STRING)))
    public Response articles(@Parameter(description = "The chunk number, from 1", example = "1",
            schema = @Schema(type = SchemaType.INTEGER, minimum = "1")) @PathParam("n") String n,
            @Context HttpHeaders headers, @Context UriInfo uri) {
        return responses.cachedDocument(uri, headers, () -> document(sitemaps.articles(n), List.of(ARTICLES)));
    }

    @GET
    @Path("sitemaps/tags-{n}.xml")
    @Operation(operationId = "getTagSitemap", summary = "One tag sitemap",
            description = "Tags with published articles, by slug, a chunk per number; lastmod is the tag's own "
                    + "change or its newest article's publication, whichever is later.")
    @APIResponse(responseCode = "200", description = "A tag sitemap",
            headers = @Header(name = "Last-Modified", ref = "Last-Modified"),
            content = @Content(mediaType = "application/xml", schema = @Schema(type = SchemaType.STRING)))
    public Response tags(@Parameter(description = "The chunk number, from 1", example = "1",
            schema = @Schema(type = SchemaType.INTEGER, minimum = "1")) @PathParam("n") String n,
            @Context HttpHeaders headers, @Context UriInfo uri) {
        return responses.cachedDocument(uri, headers, () -> document(sitemaps.tags(n), List.of(TAGS)));
    }

    @GET
    @Path("sitemaps/authors-{n}.xml")
    @Operation(operationId = "getAuthorSitemap", summary = "One author sitemap",
            description = "Authors with published articles, by slug, a chunk per number; lastmod is the profile's "
                    + "own change or its newest article's publication, whichever is later.")
    @APIResponse(responseCode = "200", description = "An author sitemap",
            headers = @Header(name = "Last-Modified", ref = "Last-Modified"),
            content = @Content(mediaType = "application/xml", schema = @Schema(type = SchemaType.STRING)))
    public Response authors(@Parameter(description = "The chunk number, from 1", example = "1",
            schema = @Schema(type = SchemaType.INTEGER, minimum = "1")) @PathParam("n") String n,
            @Context HttpHeaders headers, @Context UriInfo uri) {
        return responses.cachedDocument(uri, headers, () -> document(sitemaps.authors(n), List.of(AUTHORS)));
    }

    @GET
    @Path("sitemap-news.xml")
    @Operation(operationId = "getNewsSitemap", summary = "The Google News sitemap",
            description = "Articles published in the last 48 hours, newest first, at most 1,000; empty when "
                    + "nothing is new. A cached copy goes stale when its oldest article leaves the window.")
    @APIResponse(responseCode = "200", description = "The news sitemap",
            headers = @Header(name = "Last-Modified", ref = "Last-Modified"),
            content = @Content(mediaType = "application/xml", schema = @Schema(type = SchemaType.STRING)))
    public Response news(@Context HttpHeaders headers, @Context UriInfo uri) {
        return responses.cachedDocument(uri, headers, () -> document(sitemaps.news(), List.of(ARTICLES)));
    }

    private static Representation document(SitemapDocument sitemap, List<String> surrogateKeys) {
        return Representation.document(sitemap.xml(), XML, sitemap.lastModified(), surrogateKeys, null,
                sitemap.expires());
    }
}
