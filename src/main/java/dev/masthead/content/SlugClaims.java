package dev.masthead.content;

import java.util.function.Predicate;

import dev.masthead.text.UniqueSlugs;
import dev.masthead.web.problem.SlugTakenException;

/**
 * How a write gets its slug, the same for articles, tags and authors: the one
 * it asks for, refused with 409 when another item has it, or else one derived
 * from its title or name and kept unique with {@code -2}, {@code -3}. Run it
 * inside a content write, whose lock on the log's head keeps a racing writer
 * from claiming the same slug between the check and the insert.
 */
public final class SlugClaims {

    private SlugClaims() {
    }

    /**
     * @param requested the slug the request names, or null to derive one
     * @param source    the title or name to derive from
     * @param kind      what is slugged ("article", "tag", "author"): the problem's wording and the fallback slug
     * @param taken     whether another item of this kind holds a slug
     */
    public static String claim(String requested, String source, String kind, Predicate<String> taken) {
        if (requested == null) {
            return UniqueSlugs.derive(source, kind, taken);
        }
        if (taken.test(requested)) {
            throw new SlugTakenException(kind, requested);
        }
        return requested;
    }
}
