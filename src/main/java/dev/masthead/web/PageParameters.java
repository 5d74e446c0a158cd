package dev.masthead.web;

import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * {@code page} (1-based) and {@code pageSize} (default 20, at most 100),
 * bound as text so a bad value gets a precise 400 instead of a generic one.
 */
public class PageParameters {

    public static final int DEFAULT_PAGE_SIZE = 20;
    public static final int MAX_PAGE_SIZE = 100;

    @QueryParam("page")
    @Parameter(description = "1-based page number", schema = @Schema(type = SchemaType.INTEGER, minimum = "1", defaultValue = "1"))
    String page;

    @QueryParam("pageSize")
    @Parameter(description = "Items per page", schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "20"))
    String pageSize;

    public PageParameters() {
    }

    protected PageParameters(String page, String pageSize) {
        this.page = page;
        this.pageSize = pageSize;
    }

    public boolean pageGiven() {
        return page != null;
    }

    public int page() {
        return QueryValues.intInRange("page", page, 1, 1, Integer.MAX_VALUE / MAX_PAGE_SIZE);
    }

    public int pageSize() {
        return QueryValues.intInRange("pageSize", pageSize, DEFAULT_PAGE_SIZE, 1, MAX_PAGE_SIZE);
    }
}
