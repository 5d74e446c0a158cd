package dev.masthead.article;

import java.util.List;
import java.util.UUID;

import dev.masthead.auth.Actor;
import dev.masthead.auth.ForbiddenActionException;
import dev.masthead.auth.Role;
import dev.masthead.author.Author;

/**
 * Who may do what with an article. Editors, admins and content:write keys
 * may do anything; an AUTHOR may edit, publish, schedule and delete their own
 * articles; a CONTRIBUTOR may write and edit their own drafts and nothing
 * published or scheduled (what goes out is an author's or editor's call).
 * "Own" means the actor's author profile is among the article's authors.
 * Another's article is invisible (404) to those who may not see all content.
 */
final class ArticlePolicy {

    private ArticlePolicy() {
    }

    static void checkVisible(Actor actor, Article article) {
        if (!actor.seesAllContent() && !owns(actor, article)) {
            throw new ArticleNotFoundException("with id " + article.id());
        }
    }

    static void checkCreate(Actor actor) {
        if (!actor.writesContent()) {
            throw new ForbiddenActionException("This API key may only read content (scope content:read)");
        }
    }

    static void checkEdit(Actor actor, Article article) {
        checkVisible(actor, article);
        checkCreate(actor);
        if (!actor.editsAllContent() && (article.isPublished() || article.isScheduled())
                && !actor.role().atLeast(Role.AUTHOR)) {
            throw new ForbiddenActionException("A contributor may not change published or scheduled work");
        }
    }

    static void checkPublication(Actor actor, Article article) {
        checkVisible(actor, article);
        if (!actor.mayPublish()) {
            throw new ForbiddenActionException(actor.isApiKey() ? "This API key may only read content"
                    : "A contributor may not publish or unpublish; ask an author or editor");
        }
    }

    static void checkDelete(Actor actor, Article article) {
        checkEdit(actor, article);
    }

    /** Those who may not edit all content must stay among the authors of what they write. */
    static void checkCredits(Actor actor, List<Author> authors) {
        if (!actor.editsAllContent() && !actor.isAmong(authors.stream().map(Author::id).toList())) {
            throw new ForbiddenActionException("You may only write articles you are credited on; keep yourself among authorIds");
        }
    }

    /** The author profile whose articles this actor is limited to, or null when it sees all content. */
    static UUID visibleAuthor(Actor actor) {
        return actor.seesAllContent() ? null : actor.authorId();
    }

    private static boolean owns(Actor actor, Article article) {
        return actor.isAmong(article.authors().stream().map(Author::id).toList());
    }
}
