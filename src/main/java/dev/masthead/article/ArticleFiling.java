package dev.masthead.article;

import java.util.List;

import dev.masthead.author.AuthorRef;
import dev.masthead.tag.TagRef;

/** The tags an article is filed under and the authors it credits, in order. */
public record ArticleFiling(List<TagRef> tags, List<AuthorRef> authors) {
}
