package dev.masthead.article;

import java.util.UUID;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dev.masthead.auth.Caller;
import dev.masthead.text.LineDiff;
import dev.masthead.web.AdminResponses;
import dev.masthead.web.ApiContract;
import dev.masthead.web.PageParameters;
import dev.masthead.web.QueryValues;
import io.quarkus.security.Authenticated;

/** An article's history: its revisions, what each changed, and putting one back. */
@Path("/api/v1/admin/articles/{id}/revisions")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@SecurityRequirement(name = ApiContract.BEARER)
@SecurityRequirement(name = ApiContract.API_KEY)
@Tag(name = ApiContract.MANAGEMENT_ARTICLES)
public class ArticleRevisionResource {

    private final ArticleRevisionService revisions;
    private final Caller caller;

    ArticleRevisionResource(ArticleRevisionService revisions, Caller caller) {
        this.revisions = revisions;
        this.caller = caller;
    }

    @GET
    @Operation(operationId = "listArticleRevisions", summary = "List an article's revisions",
            description = "Newest first, without their content. Every change to a content field (title, markdown, "
                    + "excerpt, slug, authors, tags, feature image, SEO, featured) is one revision; publishing "
                    + "is not. The oldest beyond masthead.revisions.keep are deleted.")
    @APIResponse(responseCode = "200", description = "A page of revisions",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RevisionPage.class)))
    public RevisionPage list(@Parameter(description = "The article's id") @PathParam("id") UUID id,
            @BeanParam PageParameters paging) {
        return revisions.list(id, paging, caller.actor());
    }

    @GET
    @Path("/{number}")
    @Operation(operationId = "getArticleRevision", summary = "Get one revision with the article's content then")
    @APIResponse(responseCode = "200", description = "The revision and its snapshot",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RevisionItem.class)))
    public RevisionItem get(@Parameter(description = "The article's id") @PathParam("id") UUID id,
            @Parameter(description = "The revision's number", schema = @Schema(type = SchemaType.INTEGER, minimum = "1"))
            @PathParam("number") String number) {
        return new RevisionItem(revisions.get(id, number, caller.actor()));
    }

    @GET
    @Path("/{number}/diff")
    @Operation(operationId = "diffArticleRevision", summary = "What a revision changed",
            description = "A unified line diff of the markdown and each other differing field with both values, "
                    + "from revision `against` (by default the one just before; the first revision is compared "
                    + "with an empty article) to revision `number`. Bounded: past "
                    + LineDiff.MAX_COMPARED_LINES + " differing lines per side the diff is partial and says so (complete false, note).")
    @APIResponse(responseCode = "200", description = "The differences",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RevisionDiffItem.class)))
    public RevisionDiffItem diff(@Parameter(description = "The article's id") @PathParam("id") UUID id,
            @Parameter(description = "The revision's number", schema = @Schema(type = SchemaType.INTEGER, minimum = "1"))
            @PathParam("number") String number,
            @Parameter(description = "The revision to compare with; by default the one before",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "1")) @QueryParam("against") String against) {
        Integer base = against == null ? null : QueryValues.intInRange("against", against, 1, 1, Integer.MAX_VALUE);
        return new RevisionDiffItem(revisions.diff(id, number, base, caller.actor()));
    }

    @POST
    @Path("/{number}/restore")
    @Operation(operationId = "restoreArticleRevision", summary = "Put a revision's content back",
            description = "Writes the revision's content fields back as the article's content, exactly like a PUT "
                    + "of them (slug rules, authors the caller may credit), which records a new revision: history "
                    + "is never rewritten. Status and publication stay as they are. Needs If-Match. A revision "
                    + "naming a tag or author deleted since is refused (400) rather than restored in part.")
    @APIResponse(responseCode = "200", description = "Restored", headers = @Header(name = "ETag", ref = "ETag"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ArticleAdminItem.class)))
    @APIResponse(responseCode = "409", ref = ApiContract.CONFLICT)
    @APIResponse(responseCode = "428", ref = ApiContract.PRECONDITION_REQUIRED)
    public Response restore(@Parameter(description = "The article's id") @PathParam("id") UUID id,
            @Parameter(description = "The revision's number", schema = @Schema(type = SchemaType.INTEGER, minimum = "1"))
            @PathParam("number") String number,
            @Parameter(description = "The ETag of the article version being replaced") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        ArticleAdminView article = revisions.restore(id, number, ifMatch, caller.actor());
        return AdminResponses.ok(new ArticleAdminItem(article), article.version());
    }
}
