package dev.masthead.feed;

import jakarta.ws.rs.BeanParam;
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

import dev.masthead.article.FeedQuery;
import dev.masthead.delivery.DeliveryResponses;
import dev.masthead.web.ApiContract;

/**
 * The public feeds: RSS 2.0, Atom 1.0 and JSON Feed 1.1 of the site, of
 * one tag and of one author, published articles only, cached and
 * validated like every Delivery answer.
 */
@Path("/feeds")
@SecurityRequirements
@Tag(name = ApiContract.DELIVERY_FEEDS)
public class FeedResource {

    public static final String RSS = "application/rss+xml; charset=utf-8";
    public static final String ATOM = "application/atom+xml; charset=utf-8";
    public static final String JSON_FEED = "application/feed+json; charset=utf-8";
    static final String RSS_TYPE = "application/rss+xml";
    static final String ATOM_TYPE = "application/atom+xml";

    private final FeedService feeds;
    private final DeliveryResponses responses;

    FeedResource(FeedService feeds, DeliveryResponses responses) {
        this.feeds = feeds;
        this.responses = responses;
    }

    @GET
    @Path("/rss.xml")
    @Produces(RSS)
    @Operation(operationId = "getRssFeed", summary = "RSS 2.0 feed of the site",
            description = "The newest published articles of the whole site, newest first.")
    @APIResponse(responseCode = "200", description = "The feed",
            headers = @Header(name = "Last-Modified", ref = "Last-Modified"),
            content = @Content(mediaType = RSS, schema = @Schema(type = SchemaType.STRING)))
    public Response rssSite(@BeanParam FeedParameters parameters, @Context HttpHeaders headers, @Context UriInfo uri) {
        FeedQuery query = feeds.query(FeedQuery.Scope.SITE, null, parameters, null);
        return responses.cachedDocument(uri, headers, () -> feeds.rss(query));
    }

    @GET
    @Path("/atom.xml")
    @Produces(ATOM)
    @Operation(operationId = "getAtomFeed", summary = "Atom 1.0 feed of the site",
            description = "The newest published articles of the whole site, newest first.")
    @APIResponse(responseCode = "200", description = "The feed",
            headers = @Header(name = "Last-Modified", ref = "Last-Modified"),
            content = @Content(mediaType = ATOM, schema = @Schema(type = SchemaType.STRING)))
    public Response atomSite(@BeanParam FeedParameters parameters, @Context HttpHeaders headers, @Context UriInfo uri) {
        FeedQuery query = feeds.query(FeedQuery.Scope.SITE, null, parameters, null);
        return responses.cachedDocument(uri, headers, () -> feeds.atom(query));
    }

    @GET
    @Path("/feed.json")
    @Produces(JSON_FEED)
    @Operation(operationId = "getJsonFeed", summary = "JSON Feed 1.1 of the site",
            description = "The newest published articles of the whole site, newest first. Follow next_url to walk older entries.")
    @APIResponse(responseCode = "200", description = "The feed",
            headers = @Header(name = "Last-Modified", ref = "Last-Modified"),
            content = @Content(mediaType = JSON_FEED, schema = @Schema(implementation = JsonFeed.class)))
    public Response jsonSite(@BeanParam JsonFeedParameters parameters, @Context HttpHeaders headers, @Context UriInfo uri) {
        FeedQuery query = feeds.query(FeedQuery.Scope.SITE, null, parameters, parameters.cursor);
        return responses.cachedDocument(uri, headers, () -> feeds.json(query));
    }

    @GET
    @Path("/tags/{slug}/rss.xml")
    @Produces(RSS)
    @Operation(operationId = "getRssFeedByTag", summary = "RSS 2.0 feed of a tag",
            description = "The newest published articles filed under one tag, newest first.")
    @APIResponse(responseCode = "200", description = "The feed",
            headers = @Header(name = "Last-Modified", ref = "Last-Modified"),
            content = @Content(mediaType = RSS, schema = @Schema(type = SchemaType.STRING)))
    public Response rssTag(@Parameter(description = "The tag's slug", example = "climate") @PathParam("slug") String slug,
            @BeanParam FeedParameters parameters, @Context HttpHeaders headers, @Context UriInfo uri) {
        FeedQuery query = feeds.query(FeedQuery.Scope.TAG, slug, parameters, null);
        return responses.cachedDocument(uri, headers, () -> feeds.rss(query));
    }

    @GET
    @Path("/tags/{slug}/atom.xml")
    @Produces(ATOM)
    @Operation(operationId = "getAtomFeedByTag", summary = "Atom 1.0 feed of a tag",
            description = "The newest published articles filed under one tag, newest first.")
    @APIResponse(responseCode = "200", description = "The feed",
            headers = @Header(name = "Last-Modified", ref = "Last-Modified"),
            content = @Content(mediaType = ATOM, schema = @Schema(type = SchemaType.STRING)))
    public Response atomTag(@Parameter(description = "The tag's slug", example = "climate") @PathParam("slug") String slug,
            @BeanParam FeedParameters parameters, @Context HttpHeaders headers, @Context UriInfo uri) {
        FeedQuery query = feeds.query(FeedQuery.Scope.TAG, slug, parameters, null);
        return responses.cachedDocument(uri, headers, () -> feeds.atom(query));
    }

    @GET
    @Path("/tags/{slug}/feed.json")
    @Produces(JSON_FEED)
    @Operation(operationId = "getJsonFeedByTag", summary = "JSON Feed 1.1 of a tag",
            description = "The newest published articles filed under one tag, newest first. Follow next_url to walk older entries.")
    @APIResponse(responseCode = "200", description = "The feed",
            headers = @Header(name = "Last-Modified", ref = "Last-Modified"),
            content = @Content(mediaType = JSON_FEED, schema = @Schema(implementation = JsonFeed.class)))
    public Response jsonTag(@Parameter(description = "The tag's slug", example = "climate") @PathParam("slug") String slug,
            @BeanParam JsonFeedParameters parameters, @Context HttpHeaders headers, @Context UriInfo uri) {
        FeedQuery query = feeds.query(FeedQuery.Scope.TAG, slug, parameters, parameters.cursor);
        return responses.cachedDocument(uri, headers, () -> feeds.json(query));
    }

    @GET
    @Path("/authors/{slug}/rss.xml")
    @Produces(RSS)
    @Operation(operationId = "getRssFeedByAuthor", summary = "RSS 2.0 feed of an author",
            description = "The newest published articles credited to one author, newest first.")
    @APIResponse(responseCode = "200", description = "The feed",
            headers = @Header(name = "Last-Modified", ref = "Last-Modified"),
            content = @Content(mediaType = RSS, schema = @Schema(type = SchemaType.STRING)))
    public Response rssAuthor(@Parameter(description = "The author's slug", example = "amara-okafor") @PathParam("slug") String slug,
            @BeanParam FeedParameters parameters, @Context HttpHeaders headers, @Context UriInfo uri) {
        FeedQuery query = feeds.query(FeedQuery.Scope.AUTHOR, slug, parameters, null);
        return responses.cachedDocument(uri, headers, () -> feeds.rss(query));
    }

    @GET
    @Path("/authors/{slug}/atom.xml")
    @Produces(ATOM)
    @Operation(operationId = "getAtomFeedByAuthor", summary = "Atom 1.0 feed of an author",
            description = "The newest published articles credited to one author, newest first.")
    @APIResponse(responseCode = "200", description = "The feed",
            headers = @Header(name = "Last-Modified", ref = "Last-Modified"),
            content = @Content(mediaType = ATOM, schema = @Schema(type = SchemaType.STRING)))
    public Response atomAuthor(@Parameter(description = "The author's slug", example = "amara-okafor") @PathParam("slug") String slug,
            @BeanParam FeedParameters parameters, @Context HttpHeaders headers, @Context UriInfo uri) {
        FeedQuery query = feeds.query(FeedQuery.Scope.AUTHOR, slug, parameters, null);
        return responses.cachedDocument(uri, headers, () -> feeds.atom(query));
    }

    @GET
    @Path("/authors/{slug}/feed.json")
    @Produces(JSON_FEED)
    @Operation(operationId = "getJsonFeedByAuthor", summary = "JSON Feed 1.1 of an author",
            description = "The newest published articles credited to one author, newest first. Follow next_url to walk older entries.")
    @APIResponse(responseCode = "200", description = "The feed",
            headers = @Header(name = "Last-Modified", ref = "Last-Modified"),
            content = @Content(mediaType = JSON_FEED, schema = @Schema(implementation = JsonFeed.class)))
    public Response jsonAuthor(@Parameter(description = "The author's slug", example = "amara-okafor") @PathParam("slug") String slug,
            @BeanParam JsonFeedParameters parameters, @Context HttpHeaders headers, @Context UriInfo uri) {
        FeedQuery query = feeds.query(FeedQuery.Scope.AUTHOR, slug, parameters, parameters.cursor);
        return responses.cachedDocument(uri, headers, () -> feeds.json(query));
    }
}
