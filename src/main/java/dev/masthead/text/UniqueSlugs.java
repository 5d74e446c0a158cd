package dev.masthead.text;

import java.util.function.Predicate;

/** Picks the first free slug of {@code base}, {@code base-2}, {@code base-3}, ... */
public final class UniqueSlugs {

    private UniqueSlugs() {
    }

    /**
     * @param source   text to derive the slug from (a title or a name)
     * @param fallback used when the source leaves nothing to slug (emoji, other scripts)
     * @param taken    whether a candidate is already in use
     */
    public static String derive(String source, String fallback, Predicate<String> taken) {
        String base = Slugs.slugify(source);
        if (base.isEmpty()) {
            base = fallback;
        }
        if (!taken.test(base)) {
            return base;
        }
        for (int n = 2;; n++) {
            String candidate = Slugs.withSuffix(base, n);
            if (!taken.test(candidate)) {
                return candidate;
            }
        }
    }
}
