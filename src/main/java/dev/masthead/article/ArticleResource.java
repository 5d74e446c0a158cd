package dev.masthead.article;

import java.net.URI;
import java.util.ArrayList;
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

import com.fasterxml.jackson.databind.ObjectMapper;

import dev.masthead.web.DeliveryResponses;
import dev.masthead.web.FieldSelection;
import dev.masthead.web.ItemEnvelope;
import dev.masthead.web.ListEnvelope;
import dev.masthead.web.PageLinks;

/** The public read side of articles: published ones only, cacheable. */
@Path("/api/v1/articles")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Delivery: articles")
public class ArticleResource {

    private final ArticleService articles;
    private final DeliveryResponses responses;
    private final ObjectMapper mapper;

    ArticleResource(ArticleService articles, DeliveryResponses responses, ObjectMapper mapper) {
        this.articles = articles;
        this.responses = responses;
        this.mapper = mapper;
    }

    @GET
    @Operation(operationId = "listArticles", summary = "List published articles",
            description = "Newest first by default. Page mode (page, pageSize) counts the total; cursor mode "
                    + "(cursor) walks keyset pages at any depth without counting.")
    public Response list(@BeanParam ArticleListParameters parameters, @Context HttpHeaders headers,
            @Context UriInfo uri) {
        ArticleQuery query = ArticleQuery.of(parameters, uri.getQueryParameters().containsKey("cursor"));
        ListEnvelope<ArticleSummary> page = articles.listPublished(query);
        return responses.ok(FieldSelection.trim(mapper, page, query.fields()), headers, null, List.of("list:articles"),
                PageLinks.of(uri, page.meta()));
    }

    @GET
    @Path("/{slug}")
    @Operation(operationId = "getArticleBySlug", summary = "Get a published article by slug",
            description = "A former slug of the article answers 301 with the current location.")
    public Response get(@PathParam("slug") String slug, @Context HttpHeaders headers) {
        PublishedArticle result = articles.publishedBySlug(slug);
        if (result instanceof PublishedArticle.Moved moved) {
            return Response.status(Response.Status.MOVED_PERMANENTLY).location(uri(moved.currentSlug())).build();
        }
        PublishedArticle.Found found = (PublishedArticle.Found) result;
        return responses.ok(ItemEnvelope.of(found.view()), headers, found.lastModified(),
                surrogateKeys(found.view()), null);
    }

    private static URI uri(String slug) {
        return URI.create("/api/v1/articles/" + slug);
    }

    private static List<String> surrogateKeys(ArticleView article) {
        List<String> keys = new ArrayList<>();
        keys.add("article:" + article.id());
        article.tags().forEach(tag -> keys.add("tag:" + tag.slug()));
        article.authors().forEach(author -> keys.add("author:" + author.slug()));
        return keys;
    }
}
