package dev.masthead.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import dev.masthead.search.WebSearchQuery.Operand;
import dev.masthead.search.WebSearchQuery.Term;

class WebSearchQueryPropertiesTest {

    @Property(tries = 3000)
    void parseNeverThrowsAndStaysInBounds(@ForAll String q) {
        assertInBounds(WebSearchQuery.parse(q));
    }

    @Property(tries = 3000)
    void queryLikeTextStaysInBounds(@ForAll("queries") String q) {
        assertInBounds(WebSearchQuery.parse(q));
    }

    @Property(tries = 1000)
    void foldIsIdempotent(@ForAll("queries") String text) {
        String folded = WebSearchQuery.fold(text);

        assertEquals(folded, WebSearchQuery.fold(folded));
        assertFalse(folded.contains("  "), folded);
        assertFalse(folded.contains("|"), folded);
    }

    @Property(tries = 1000)
    void aWordIsFoundInTheTextItCameFrom(@ForAll("words") String word) {
        WebSearchQuery query = WebSearchQuery.parse(word);
        for (Term term : query.requiredTerms()) {
            assertTrue(WebSearchQuery.fold("Before " + word + " after").contains(term.text()), term.text());
        }
    }

    private static void assertInBounds(WebSearchQuery query) {
        int terms = query.excluded().size();
        for (Operand operand : query.required()) {
            assertFalse(operand.alternatives().isEmpty());
            terms += operand.alternatives().size();
        }
        assertTrue(terms <= WebSearchQuery.MAX_TERMS, "terms: " + terms);
        assertEquals(query.required().isEmpty(), query.isEmpty());
        for (Term term : query.requiredTerms()) {
            assertTerm(term);
        }
        query.excluded().forEach(WebSearchQueryPropertiesTest::assertTerm);
    }

    private static void assertTerm(Term term) {
        assertFalse(term.text().isEmpty());
        assertFalse(term.text().contains("%") || term.text().contains("_") || term.text().contains("\\"));
        String[] words = term.text().split(" ");
        assertTrue(words.length <= WebSearchQuery.MAX_PHRASE_WORDS);
        assertEquals(term.phrase(), words.length > 1);
        for (String w : words) {
            assertFalse(w.isEmpty(), term.text());
            assertTrue(w.length() <= WebSearchQuery.MAX_WORD_LENGTH, w);
        }
    }

    @Provide
    Arbitrary<String> queries() {
        return Arbitraries.strings()
                .withChars("aeio rstOR\"-_%'()éüßİı\u0301 ")
                .withCharRange('\u0590', '\u05ff')
                .ofMaxLength(400);
    }

    @Provide
    Arbitrary<String> words() {
        return Arbitraries.strings().withCharRange('a', 'z').withChars("éüßøæłıÅ").ofMinLength(1).ofMaxLength(80);
    }
}
