package dev.masthead.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.regex.Pattern;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class ExcerptsPropertiesTest {

    private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\\n\\s*\\n", Pattern.UNICODE_CHARACTER_CLASS);

    @Property(tries = 2000)
    void respectsLengthAndNeverBreaksCharacters(
            @ForAll("texts") String text, @ForAll @IntRange(min = 1, max = 400) int maxLength) {
        String excerpt = Excerpts.fromPlaintext(text, maxLength);

        assertTrue(excerpt.length() <= maxLength, excerpt);
        assertEquals(excerpt.strip(), excerpt);
        assertFalse(excerpt.contains("\n"), excerpt);
        assertFalse(excerpt.contains("  "), excerpt);
        assertTrue(wellFormedUtf16(excerpt), excerpt);
    }

    @Property(tries = 1000)
    void excerptIsAPrefixOfTheText(
            @ForAll("texts") String text, @ForAll @IntRange(min = 1, max = 400) int maxLength) {
        String excerpt = Excerpts.fromPlaintext(text, maxLength);
        String stem = excerpt.endsWith("…") ? excerpt.substring(0, excerpt.length() - 1) : excerpt;

        // The first paragraph is where the collapsed text starts; any cut keeps a prefix of it.
        assertTrue(Whitespace.collapse(text).startsWith(stem), excerpt);
    }

    @Property(tries = 1000)
    void excerptIsTheFirstParagraphWithTextCollapsedAndCutToFit(
            @ForAll("texts") String text, @ForAll @IntRange(min = 1, max = 400) int maxLength) {
        String paragraph = Arrays.stream(PARAGRAPH_BREAK.split(text)).map(Whitespace::collapse)
                .filter(collapsed -> !collapsed.isEmpty()).findFirst().orElse("");

        String excerpt = Excerpts.fromPlaintext(text, maxLength);

        if (paragraph.length() <= maxLength) {
            assertEquals(paragraph, excerpt);
        } else {
            assertTrue(excerpt.endsWith("…") && paragraph.startsWith(excerpt.substring(0, excerpt.length() - 1)),
                    excerpt);
        }
    }

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.of("word", "a", "Türkiye’s", "😀", "𝔘𝔫𝔦", " ", "  ", "\n", "\n\n", "\t",
                        ",", ".", ":", "—", "(", ")", "“", "”", "\u00A0", "\u001C", "longerwordwithoutspaces")
                .list().ofMaxSize(80)
                .map(parts -> String.join("", parts));
    }

    private static boolean wellFormedUtf16(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1))) {
                    return false;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return false;
            }
        }
        return true;
    }
}
