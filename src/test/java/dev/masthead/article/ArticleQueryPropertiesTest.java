package dev.masthead.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import dev.masthead.delivery.CursorSeal;
import dev.masthead.web.PageParameters;
import dev.masthead.web.problem.InvalidParameterException;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Parsing list parameters: any text either parses or is a precise 400, never another failure. */
class ArticleQueryPropertiesTest {

    private static final CursorSeal SEAL = new CursorSeal("a test secret of at least thirty-two bytes".getBytes());
    private static final CursorSeal OTHER_SEAL = new CursorSeal("another replica's different secret....".getBytes());

    @Property(tries = 2000)
    void anyParameterTextParsesOrIsRejectedAsInvalid(@ForAll("text") String page, @ForAll("text") String pageSize,
            @ForAll("text") String sort, @ForAll("text") String featured, @ForAll("text") String after,
            @ForAll("text") String cursor, @ForAll("text") String tag) {
        ArticleListParameters parameters = parameters(page, pageSize, sort, featured, after, cursor, tag);
        try {
            ArticleQuery query = ArticleQuery.of(parameters, cursor != null, SEAL);
            assertTrue(query.pageSize() >= 1 && query.pageSize() <= PageParameters.MAX_PAGE_SIZE);
            assertTrue(query.page() >= 1);
        } catch (InvalidParameterException expected) {
            assertEquals(400, expected.type().status());
        }
    }

    @Property
    void everyCursorWeIssueReadsBackTheSame(@ForAll @IntRange(min = 0, max = Integer.MAX_VALUE) int seconds,
            @ForAll @IntRange(min = 0, max = 999_999) int micros, @ForAll boolean oldestFirst) {
        ArticleSort sort = oldestFirst ? ArticleSort.OLDEST : ArticleSort.NEWEST;
        ArticleCursor cursor = new ArticleCursor(java.time.Instant.ofEpochSecond(seconds, micros * 1000L),
                java.util.UUID.randomUUID(), sort);
        assertEquals(cursor, ArticleCursor.decode(cursor.encode(SEAL), sort, SEAL));
    }

    @Property
    void aCursorIsRefusedWhenAnyCharacterChangesOrAnotherKeySealedIt(
            @ForAll @IntRange(min = 0, max = Integer.MAX_VALUE) int seconds, @ForAll @IntRange(min = 0, max = 200) int at) {
        String issued = new ArticleCursor(java.time.Instant.ofEpochSecond(seconds), java.util.UUID.randomUUID(),
                ArticleSort.NEWEST).encode(SEAL);
        int i = at % issued.length();
        // Moving a character half-way round the alphabet flips its top bit, which always carries data.
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
        char replacement = issued.charAt(i) == '.' ? 'A' : alphabet.charAt((alphabet.indexOf(issued.charAt(i)) + 32) % 64);
        String altered = issued.substring(0, i) + replacement + issued.substring(i + 1);
        assertThrows(InvalidParameterException.class, () -> ArticleCursor.decode(altered, ArticleSort.NEWEST, SEAL));
        assertThrows(InvalidParameterException.class, () -> ArticleCursor.decode(issued, ArticleSort.NEWEST, OTHER_SEAL));
    }

    @Property
    void aSealedCursorOutsideTheSupportedYearsIsStillRefused(@ForAll boolean future) {
        String payload = future ? "d:9999999999999:0:" + java.util.UUID.randomUUID()
                : "d:-99999999999:0:" + java.util.UUID.randomUUID();
        assertThrows(InvalidParameterException.class,
                () -> ArticleCursor.decode(SEAL.seal(payload), ArticleSort.NEWEST, SEAL));
    }

    @Provide
    Arbitrary<String> text() {
        return Arbitraries.oneOf(
                Arbitraries.just(null),
                Arbitraries.strings().ofMaxLength(40),
                Arbitraries.of("1", "0", "-1", "100", "101", "2147483647", "99999999999", "true", "false",
                        "-publishedAt", "publishedAt", "title", "-updatedAt", "2024-11-21T09:30:00Z", "",
                        "ZDoxOjE6MDAwMDAwMDAtMDAwMC0wMDAwLTAwMDAtMDAwMDAwMDAwMDAx", "economy", "' OR 1=1 --"));
    }

    private static ArticleListParameters parameters(String page, String pageSize, String sort, String featured,
            String after, String cursor, String tag) {
        return new ArticleListParameters(page, pageSize, cursor, tag == null ? null : List.of(tag), null, featured,
                after, null, sort);
    }
}
