package dev.masthead.article;

import java.util.Arrays;
import java.util.stream.Collectors;

import dev.masthead.web.problem.InvalidParameterException;

/** The orders a Delivery list may take; each ends on id so pages never overlap. */
public enum ArticleSort {
    NEWEST("-publishedAt", "a.published_at desc, a.id desc"),
    OLDEST("publishedAt", "a.published_at asc, a.id asc"),
    TITLE("title", "a.title asc, a.id asc"),
    RECENTLY_UPDATED("-updatedAt", "a.updated_at desc, a.id desc");

    private final String parameter;
    private final String orderBy;

    ArticleSort(String parameter, String orderBy) {
        this.parameter = parameter;
        this.orderBy = orderBy;
    }

    public static ArticleSort parse(String value) {
        if (value == null) {
            return NEWEST;
        }
        for (ArticleSort sort : values()) {
            if (sort.parameter.equals(value)) {
                return sort;
            }
        }
        throw new InvalidParameterException("sort", "must be one of " + allowed());
    }

    static String allowed() {
        return Arrays.stream(values()).map(s -> s.parameter).collect(Collectors.joining(", "));
    }

    /** The SQL order over {@code article a}. */
    String sqlOrderBy() {
        return orderBy;
    }

    /** Keyset paging walks publication order only. */
    boolean allowsCursor() {
        return this == NEWEST || this == OLDEST;
    }
}
