package dev.masthead.search;

import java.time.Instant;
import java.util.List;

import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import dev.masthead.text.Slugs;
import dev.masthead.web.PageParameters;
import dev.masthead.web.QueryValues;
import dev.masthead.web.problem.InvalidParameterException;

/** The search request as bound: text, checked by {@link #request()} into a {@link SearchRequest}. */
public class SearchParameters extends PageParameters {

    /** Longer is not a search a reader typed; it would only make the query plan larger. */
    static final int MAX_QUERY_LENGTH = 200;
    static final int MAX_TAGS = 20;

    @QueryParam("q")
    @Parameter(required = true, description = "What to look for, in web-search syntax: words (all must match), "
            + "\"a quoted phrase\", `or` between alternatives, -word to exclude. At most " + MAX_QUERY_LENGTH
            + " characters.", example = "harbour \"record volumes\" -strike",
            schema = @Schema(type = SchemaType.STRING, minLength = 1, maxLength = MAX_QUERY_LENGTH))
    String q;

    @QueryParam("tag")
    @Parameter(description = "Tag slug; repeat for articles with any of several tags")
    List<String> tag;

    @QueryParam("author")
    @Parameter(description = "Author slug")
    String author;

    @QueryParam("publishedAfter")
    @Parameter(description = "Only articles published after this instant", schema = @Schema(type = SchemaType.STRING, format = "date-time"))
    String publishedAfter;

    @QueryParam("publishedBefore")
    @Parameter(description = "Only articles published before this instant", schema = @Schema(type = SchemaType.STRING, format = "date-time"))
    String publishedBefore;

    public SearchParameters() {
    }

    SearchRequest request() {
        if (q == null || q.isBlank()) {
            throw new InvalidParameterException("q", "is required: the words to search for");
        }
        if (q.length() > MAX_QUERY_LENGTH) {
            throw new InvalidParameterException("q", "must be at most " + MAX_QUERY_LENGTH + " characters");
        }
        List<String> tags = tag == null ? List.of() : List.copyOf(tag);
        if (tags.size() > MAX_TAGS) {
            throw new InvalidParameterException("tag", "at most " + MAX_TAGS + " tags");
        }
        tags.forEach(slug -> requireSlug("tag", slug));
        if (author != null) {
            requireSlug("author", author);
        }
        Instant after = QueryValues.instant("publishedAfter", publishedAfter);
        Instant before = QueryValues.instant("publishedBefore", publishedBefore);
        return new SearchRequest(q.strip(), tags, author, after, before, page(), pageSize());
    }

    private static void requireSlug(String parameter, String value) {
        if (!Slugs.isValid(value)) {
            throw new InvalidParameterException(parameter, "must be a slug (lowercase letters, digits, hyphens)");
        }
    }
}
