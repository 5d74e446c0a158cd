package dev.masthead.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.masthead.search.WebSearchQuery.Operand;
import dev.masthead.search.WebSearchQuery.Term;

class WebSearchQueryTest {

    /** The query as a compact string: operands joined by " & ", alternatives by " | ", phrases quoted, "!x" excluded. */
    private static String read(String q) {
        WebSearchQuery query = WebSearchQuery.parse(q);
        String required = query.required().stream().map(WebSearchQueryTest::operand)
                .collect(Collectors.joining(" & "));
        String excluded = query.excluded().stream().map(t -> "!" + term(t)).collect(Collectors.joining(" & "));
        return excluded.isEmpty() ? required : required + " & " + excluded;
    }

    private static String operand(Operand operand) {
        return operand.alternatives().stream().map(WebSearchQueryTest::term).collect(Collectors.joining(" | "));
    }

    private static String term(Term term) {
        return term.phrase() ? "\"" + term.text() + "\"" : term.text();
    }

    @Test
    void unquotedWordsAreAnded() {
        assertEquals("harbour & boat", read("harbour boat"));
    }

    @Test
    void quotedWordsAreAPhrase() {
        assertEquals("\"harbour boat\" & strike", read("\"harbour boat\" strike"));
        assertTrue(WebSearchQuery.parse("\"harbour boat\"").required().get(0).alternatives().get(0).phrase());
    }

    @Test
    void aPhraseKeepsItsStopWordsAndStemsOnlyItsLastWord() {
        assertEquals("\"bank of england\"", read("\"Bank of England\""));
        assertEquals("\"general election\"", read("\"general elections\""));
        assertEquals("\"elections result\"", read("\"elections results\""));
    }

    @Test
    void orMakesAlternativesCaseInsensitively() {
        assertEquals("boat | bus & strike", read("boat or bus strike"));
        assertEquals("boat | bus | tram", read("boat OR bus Or tram"));
        assertEquals("\"harbour boat\" | bus", read("\"harbour boat\" or bus"));
    }

    @Test
    void orWithoutTwoOperandsIsIgnored() {
        assertEquals("boat", read("or boat"));
        assertEquals("boat", read("boat or"));
        assertEquals("", read("or or"));
        assertEquals("boat | bus", read("boat or or bus"));
        assertEquals("\"boat or bus\"", read("\"boat or bus\""));
    }

    @Test
    void minusExcludes() {
        assertEquals("boat & !strike", read("boat -strike"));
        assertEquals("boat & !\"harbour strike\"", read("boat -\"harbour strike\""));
        assertEquals("boat & !strike", read("boat --strike"));
    }

    @Test
    void aMinusInsideAWordOnlySeparates() {
        assertEquals("covid & 19", read("covid-19"));
        assertEquals("boat", read("boat - the"));
    }

    @Test
    void exclusionsOnlyAreEmpty() {
        assertTrue(WebSearchQuery.parse("-boat -\"harbour strike\"").isEmpty());
    }

    @Test
    void stemsPluralsToAPrefixOfBothForms() {
        assertEquals("election", read("elections"));
        assertEquals("election", read("election"));
        assertEquals("stor", read("stories"));
        assertEquals("stor", read("story"));
        assertEquals("box", read("boxes"));
        assertEquals("church", read("churches"));
        assertEquals("class", read("classes"));
        assertEquals("vote", read("votes"));
        assertEquals("census", read("census"));
        assertEquals("news", read("news"));
        assertEquals("day", read("day"));
        assertEquals("ferr", read("ferries"));
        assertEquals("ferr", read("ferry"));
    }

    @Test
    void foldsCaseAndAccents() {
        assertEquals("turkiye", read("Türkiye"));
        assertEquals("istanbul", read("İstanbul"));
        assertEquals("diyarbakir", read("Diyarbakır"));
        assertEquals("strasse", read("Straße"));
        assertEquals("orsted", read("Ørsted"));
        assertEquals("aeroe", read("Ærøe"));
        assertEquals("lodz", read("Łódź"));
        assertEquals("cafe", read("cafe\u0301"));
        assertEquals(WebSearchQuery.fold("Türkiye"), WebSearchQuery.fold("TURKIYE"));
    }

    @Test
    void foldCollapsesPunctuationToSingleSpaces() {
        assertEquals("harbour boat s strike 2024", WebSearchQuery.fold("  Harbour-boat's STRIKE, (2024)!  "));
        assertEquals("", WebSearchQuery.fold("--- ..."));
        assertEquals(null, WebSearchQuery.fold(null));
    }

    @Test
    void dropsStopWords() {
        assertEquals("harbour & boat", read("the harbour and a boat"));
        assertEquals("", read("The OF and"));
        assertEquals("", read("\"the of\""));
        assertEquals("", read("\"the\""));
    }

    @Test
    void keepsAtMostSixteenTermsOfAtMostSixtyFourCharacters() {
        String many = "w1 w2 w3 w4 w5 w6 w7 w8 w9 w10 w11 w12 w13 w14 w15 w16 w17 w18";
        assertEquals(WebSearchQuery.MAX_TERMS, WebSearchQuery.parse(many).required().size());
        String longWord = "x".repeat(500);
        assertEquals("x".repeat(WebSearchQuery.MAX_WORD_LENGTH), read(longWord));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\"\"", "\"\" \"\"", "-", "--", "---", "or", "or or", "OR", "\"", "!!!", "-\"\"",
            "-or", "%", "_", "\\", "'", "()", "\u0002\u0003"})
    void meaninglessInputIsEmpty(String q) {
        assertTrue(WebSearchQuery.parse(q).isEmpty(), q);
    }

    @Test
    void oddInputNeverThrows() {
        assertEquals("\"unclosed phrase\"", read("\"unclosed phrase"));
        assertEquals("unclosed", read("\"unclosed"));
        assertTrue(WebSearchQuery.parse("--x").isEmpty());
        assertEquals("y & !x", read("--x y"));
        assertTrue(WebSearchQuery.parse("-".repeat(1000)).isEmpty());
        assertEquals("y & !x", read("-".repeat(1000) + "x y"));
        assertEquals("boat", read("🚢 boat 😀"));
        assertEquals("שלום & עולם", read("שלום עולם"));
        assertEquals("مرحبا", read("مرحبا"));
        assertEquals("drop & table & article", read("'; DROP TABLE article; --"));
        assertEquals("script & alert & 1 & script", read("<script>alert(1)</script>"));
        assertEquals("50", read("50%"));
        assertEquals("a1", read("a1_%"));
        WebSearchQuery.parse(null);
        WebSearchQuery.parse("\uD800 lone \uDC00 surrogates");
    }

    @Test
    void requiredTermsListAlternativesInOrder() {
        List<Term> terms = WebSearchQuery.parse("boat or bus strike -tram").requiredTerms();
        assertEquals(List.of("boat", "bus", "strike"), terms.stream().map(Term::text).toList());
    }

    @Test
    void foldsALongTextInOnePass() {
        String ascii = "Harbour ferry, strike! ".repeat(50_000);
        String accented = "Türkiye Straße Ørsted ".repeat(20_000);

        assertEquals(ascii.length() - 50_000 * 2 - 1, WebSearchQuery.fold(ascii).length());
        assertTrue(WebSearchQuery.fold(accented).startsWith("turkiye strasse orsted turkiye"));
    }
}
