package dev.masthead.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class SlugsPropertiesTest {

    @Property(tries = 3000)
    void slugifyYieldsEmptyOrValid(@ForAll String text) {
        String slug = Slugs.slugify(text);

        assertTrue(slug.isEmpty() || Slugs.isValid(slug), slug);
    }

    @Property(tries = 3000)
    void headlineLikeTextYieldsEmptyOrValid(@ForAll("headlines") String text) {
        String slug = Slugs.slugify(text);

        assertTrue(slug.isEmpty() || Slugs.isValid(slug), slug);
    }

    @Property(tries = 2000)
    void slugifyIsIdempotent(@ForAll("headlines") String text) {
        String slug = Slugs.slugify(text);

        assertEquals(slug, Slugs.slugify(slug));
    }

    @Property(tries = 1000)
    void slugifyIsIdempotentOnArbitraryText(@ForAll String text) {
        String slug = Slugs.slugify(text);

        assertEquals(slug, Slugs.slugify(slug));
    }

    @Property(tries = 2000)
    void withSuffixKeepsValidSlugsValid(
            @ForAll("validSlugs") String base, @ForAll @IntRange(min = 2, max = 10_000) int n) {
        String slug = Slugs.withSuffix(base, n);

        assertTrue(Slugs.isValid(slug), slug);
        assertTrue(slug.endsWith("-" + n), slug);
    }

    @Provide
    Arbitrary<String> headlines() {
        return Arbitraries.of("Türkiye’s", "trade", "Ærø", "Straße", "C'est", "déjà", "l'été", "&",
                        "東京", "🎉", " ", "  ", "-", "--", "_", ".", ",", "!", "'", "’", "ʼ", "x",
                        "2026", "ﬁ", "Ａ", "İ", "ı", "Łódź", "\u0301", "\u20E3", "\n",
                        "averyveryverylongwordthatkeepsgoingandgoingforeverandeverandeverandeverok")
                .list().ofMaxSize(40)
                .map(parts -> String.join("", parts));
    }

    @Provide
    Arbitrary<String> validSlugs() {
        return Arbitraries.strings().withCharRange('a', 'z').withCharRange('0', '9')
                .ofMinLength(1).ofMaxLength(20)
                .list().ofMinSize(1).ofMaxSize(12)
                .map(words -> String.join("-", words))
                .filter(Slugs::isValid);
    }
}
