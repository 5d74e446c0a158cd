package dev.masthead.article;

import java.util.UUID;

import dev.masthead.web.problem.ItemNotFoundException;

public class RevisionNotFoundException extends ItemNotFoundException {

    public RevisionNotFoundException(int number, UUID articleId) {
        super("No revision " + number + " of article " + articleId
                + " (numbers start at 1; the oldest beyond the kept number are deleted)");
    }

    /** The path named a revision by something that is not a number; it is not echoed back. */
    public RevisionNotFoundException(UUID articleId) {
        super("No such revision of article " + articleId + ": revisions are numbered 1, 2, ...");
    }
}
