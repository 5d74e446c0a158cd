package dev.masthead.article;

import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import dev.masthead.author.Author;
import dev.masthead.tag.Tag;

/** Whether an article is published, and where: its tags and authors, at one moment of a write. */
record Publication(boolean published, Set<UUID> tags, Set<UUID> authors) {

    static final Publication NONE = new Publication(false, Set.of(), Set.of());

    static Publication of(Article article) {
        return new Publication(article.isPublished(), article.tags().stream().map(Tag::id).collect(Collectors.toSet()),
                article.authors().stream().map(Author::id).collect(Collectors.toSet()));
    }
}
