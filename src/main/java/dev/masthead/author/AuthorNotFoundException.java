package dev.masthead.author;

import dev.masthead.web.problem.ItemNotFoundException;

public class AuthorNotFoundException extends ItemNotFoundException {

    public AuthorNotFoundException(String what) {
        super("No author " + what);
    }
}
