package dev.masthead.search;

import java.util.regex.Pattern;

import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import dev.masthead.article.ArticleFilterParameters;
import dev.masthead.web.problem.InvalidParameterException;

/** The search request as bound: text, checked by {@link #request()} into a {@link SearchRequest}. */
public class SearchParameters extends ArticleFilterParameters {

    /** Longer is not a search a reader typed; it would only make the query plan larger. */
    static final int MAX_QUERY_LENGTH = 200;
    private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");

    @QueryParam("q")
    @Parameter(required = true, description = "What to look for, in web-search syntax: words (all must match), "
            + "\"a quoted phrase\", `or` between alternatives, -word to exclude. At most " + MAX_QUERY_LENGTH
            + " characters.", example = "harbour \"record volumes\" -strike",
            schema = @Schema(type = SchemaType.STRING, minLength = 1, maxLength = MAX_QUERY_LENGTH))
    String q;

    public SearchParameters() {
    }

    SearchRequest request() {
        if (q == null || q.isBlank()) {
            throw new InvalidParameterException("q", "is required: the words to search for");
        }
        if (q.length() > MAX_QUERY_LENGTH) {
            throw new InvalidParameterException("q", "must be at most " + MAX_QUERY_LENGTH + " characters");
        }
        // PostgreSQL text cannot hold a NUL; no control character means anything to a search.
        String text = CONTROL.matcher(q).replaceAll(" ").strip();
        return new SearchRequest(text, tags(), author(), publishedAfter(), publishedBefore(), page(), pageSize());
    }
}
