package dev.masthead.web.problem;

import java.util.List;

/** An explicit slug that another item of the same kind already uses. */
public class SlugTakenException extends ProblemException {

    public SlugTakenException(String kind, String slug) {
        super(ProblemType.SLUG_TAKEN, "Another " + kind + " already uses the slug '" + slug + "'",
                List.of(new Problem.FieldError("slug", "already in use")));
    }
}
