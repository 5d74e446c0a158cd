package dev.masthead.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import dev.masthead.web.problem.InvalidParameterException;
import dev.masthead.web.PageParameters;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Parsing list parameters: any text either parses or is a precise 400, never another failure. */
class ArticleQueryPropertiesTest {

    @Property(tries = 2000)
    void anyParameterTextParsesOrIsRejectedAsInvalid(@ForAll("text") String page, @ForAll("text") String pageSize,
            @ForAll("text") String sort, @ForAll("text") String featured, @ForAll("text") String after,
            @ForAll("text") String cursor, @ForAll("text") String tag) {
        ArticleListParameters parameters = parameters(page, pageSize, sort, featured, after, cursor, tag);
        try {
            ArticleQuery query = ArticleQuery.of(parameters, cursor != null);
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
        assertEquals(cursor, ArticleCursor.decode(cursor.encode(), sort));
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
