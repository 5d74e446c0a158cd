package dev.masthead.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class SlugsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', ignoreLeadingAndTrailingWhitespace = false, value = {
        "Türkiye’s trade|turkiyes-trade",
        "Ærø Straße|aero-strasse",
        "  Hello,   World!! |hello-world",
        "C'est déjà l'été|cest-deja-lete",
        "Don't panic|dont-panic",
        "Nation\u02BCs pride|nations-pride",
        "Fish & Chips|fish-and-chips",
        "Łódź, Kraków and Gdańsk|lodz-krakow-and-gdansk",
        "Œuvre of Þórr the Ðane|oeuvre-of-thorr-the-dane",
        "Dığer İstanbul|diger-istanbul",
        "Niño años|nino-anos",
        "ＦＵＬＬ ｗｉｄｔｈ ﬁne|full-width-fine",
        "Budget 2026: what changes?|budget-2026-what-changes",
        "--already--hyphenated--|already-hyphenated",
        "snake_case and dots.too|snake-case-and-dots-too",
        "Tokyo 東京 summit|tokyo-summit",
        "COVID-19 ١٢٣|covid-19-123",
    })
    void slugifiesExamples(String text, String expected) {
        assertEquals(expected, Slugs.slugify(text));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "🎉🎉", "東京", "Москва", "!!! ??? ---", "'’ʼ"})
    void nothingUsableGivesEmpty(String text) {
        assertEquals("", Slugs.slugify(text));
    }

    @Test
    void longTitlesAreCutAtAWordBoundary() {
        String title = "The extraordinarily long headline about parliamentary procedure that keeps "
                + "going well past any reasonable length for a web address, honestly";

        String slug = Slugs.slugify(title);

        // Cutting at 96 would split "reasonable", so the slug stops at the previous word.
        assertEquals("the-extraordinarily-long-headline-about-parliamentary-procedure-that-keeps-"
                + "going-well-past-any", slug);
        assertTrue(slug.length() <= Slugs.MAX_LENGTH, slug);
    }

    @Test
    void singleOverlongWordIsHardCut() {
        String slug = Slugs.slugify("x".repeat(200));

        assertEquals("x".repeat(Slugs.MAX_LENGTH), slug);
    }

    @Test
    void cutNeverLeavesATrailingHyphen() {
        // 95 letters, then a word: the 96-char cut would end in '-'.
        String slug = Slugs.slugify("a".repeat(95) + " bcd");

        assertEquals("a".repeat(95), slug);
    }

    @ParameterizedTest
    @ValueSource(strings = {"a", "budget-2026", "a-b-c", "x1"})
    void acceptsCanonicalSlugs(String slug) {
        assertTrue(Slugs.isValid(slug));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"-a", "a-", "a--b", "A", "a b", "ä", "a_b"})
    void rejectsNonCanonicalSlugs(String slug) {
        assertFalse(Slugs.isValid(slug));
    }

    @Test
    void rejectsOverlongSlugs() {
        assertTrue(Slugs.isValid("a".repeat(Slugs.MAX_LENGTH)));
        assertFalse(Slugs.isValid("a".repeat(Slugs.MAX_LENGTH + 1)));
    }

    @Test
    void withSuffixAppendsNumber() {
        assertEquals("budget-2", Slugs.withSuffix("budget", 2));
    }

    @Test
    void withSuffixShortensTheBaseToFit() {
        String base = "word-".repeat(19) + "a"; // 96 chars

        String slug = Slugs.withSuffix(base, 10);

        // The base may keep 93 chars; cutting there would split a word, so one more goes.
        assertEquals("word-".repeat(17) + "word-10", slug);
        assertTrue(Slugs.isValid(slug), slug);
    }

    @Test
    void withSuffixRejectsBadInput() {
        assertThrows(IllegalArgumentException.class, () -> Slugs.withSuffix("", 2));
        assertThrows(IllegalArgumentException.class, () -> Slugs.withSuffix("a", -1));
    }
}
