package dev.masthead.article;

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

/**
 * The filters every Delivery read over many published articles takes (the
 * list, search), as sent, with page and pageSize; each accessor checks its
 * value and answers it or throws the house 400.
 */
public class ArticleFilterParameters extends PageParameters {

    static final int MAX_TAGS = 20;

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

    public ArticleFilterParameters() {
    }

    protected ArticleFilterParameters(String page, String pageSize, List<String> tag, String author,
            String publishedAfter, String publishedBefore) {
        super(page, pageSize);
        this.tag = tag;
        this.author = author;
        this.publishedAfter = publishedAfter;
        this.publishedBefore = publishedBefore;
    }

    /** The tag slugs, at most {@value #MAX_TAGS}; none when absent. */
    public List<String> tags() {
        List<String> tags = tag == null ? List.of() : List.copyOf(tag);
        if (tags.size() > MAX_TAGS) {
            throw new InvalidParameterException("tag", "at most " + MAX_TAGS + " tags");
        }
        tags.forEach(slug -> requireSlug("tag", slug));
        return tags;
    }

    /** The author slug, or null. */
    public String author() {
        if (author != null) {
            requireSlug("author", author);
        }
        return author;
    }

    public Instant publishedAfter() {
        return QueryValues.instant("publishedAfter", publishedAfter);
    }

    public Instant publishedBefore() {
        return QueryValues.instant("publishedBefore", publishedBefore);
    }

    private static void requireSlug(String parameter, String value) {
        if (!Slugs.isValid(value)) {
            throw new InvalidParameterException(parameter, "must be a slug (lowercase letters, digits, hyphens)");
        }
    }
}
