package dev.masthead.search;

import java.util.concurrent.ThreadLocalRandom;

/**
 * Invented words no other article contains: a search for one of them (with
 * whatever else a test asks) sees only the articles that test wrote, however
 * many articles the suite's other tests leave in the shared database.
 */
final class SearchWords {

    private SearchWords() {
    }

    /**
     * Ten lowercase letters, "zq", seven random ones and "x": no English
     * ending (-s, -ed, -y, -ness, ...), so a stemmer leaves it as it is.
     */
    static String unique() {
        StringBuilder word = new StringBuilder("zq");
        for (int i = 0; i < 7; i++) {
            word.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
        }
        return word.append('x').toString();
    }
}
