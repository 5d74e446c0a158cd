package dev.masthead.tag;

import dev.masthead.web.problem.ItemNotFoundException;

public class TagNotFoundException extends ItemNotFoundException {

    public TagNotFoundException(String what) {
        super("No tag " + what);
    }
}
