package dev.masthead.article;

import dev.masthead.web.problem.ItemNotFoundException;

public class ArticleNotFoundException extends ItemNotFoundException {

    public ArticleNotFoundException(String what) {
        super("No article " + what);
    }
}
