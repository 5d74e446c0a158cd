package dev.masthead.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import jakarta.inject.Inject;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;

import dev.masthead.article.ArticleFixtures;
import dev.masthead.article.ArticleFixtures.CreatedArticle;
import dev.masthead.author.AuthorFixtures;
import dev.masthead.author.AuthorFixtures.CreatedAuthor;
import dev.masthead.search.SearchResult.Match;
import dev.masthead.search.SearchResult.TagFacet;
import dev.masthead.tag.TagFixtures;
import dev.masthead.tag.TagFixtures.CreatedTag;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The H2 fallback over articles made here, each test with invented words no
 * other data contains. H2 only: on PostgreSQL the masthead_fold alias does not
 * exist (PostgresSearch answers there and has its own tests).
 */
@QuarkusTest
@DisabledIfSystemProperty(named = "quarkus.test.profile", matches = ".*\\bpg\\b.*")
class PlainSearchTest {

    private static final char START = Highlights.START;
    private static final char STOP = Highlights.STOP;
    private static final Instant BASE = Instant.parse("2021-03-01T10:00:00Z");

    @Inject
    DataSource dataSource;

    private PlainSearch search;

    @BeforeEach
    void index() {
        search = new PlainSearch(dataSource, 1000);
    }

    /** A word no article has yet: letters only, never ending in a letter the stemmer strips. */
    private static String word() {
        StringBuilder w = new StringBuilder("zq");
        ThreadLocalRandom random = ThreadLocalRandom.current();
        for (int i = 0; i < 9; i++) {
            w.append((char) ('a' + random.nextInt(16)));
        }
        return w.append('k').toString();
    }

    private static CreatedArticle published(String title, String markdown) {
        return ArticleFixtures.article().title(title).markdown(markdown).published();
    }

    private SearchResult find(String q) {
        return search.search(new SearchRequest(q, List.of(), null, null, null, 1, 100));
    }

    private static List<String> ids(SearchResult result) {
        return result.matches().stream().map(m -> m.id().toString()).toList();
    }

    @Test
    void everyWordMustOccur() {
        String a = word();
        String b = word();
        CreatedArticle both = published("Both " + a, "It mentions " + b + " too.");
        published("Only " + a, "Nothing else.");

        SearchResult result = find(a + " " + b);

        assertEquals(List.of(both.id()), ids(result));
        assertEquals(1, result.total());
    }

    @Test
    void aPhraseNeedsItsWordsTogetherAndInOrder() {
        String a = word();
        String b = word();
        CreatedArticle together = published("Together", "We saw " + a + ", " + b + " at dawn.");
        CreatedArticle apart = published("Apart", "We saw " + b + " and then " + a + " at dusk.");

        assertEquals(List.of(together.id()), ids(find("\"" + a + " " + b + "\"")));
        assertEquals(2, find(a + " " + b).total());
        assertTrue(ids(find(a + " " + b)).contains(apart.id()));
    }

    @Test
    void orFindsEither() {
        String a = word();
        String b = word();
        String c = word();
        CreatedArticle first = published("First " + a, "Body.");
        CreatedArticle second = published("Second", "Body with " + b + ".");
        published("Third " + c, "Body.");

        SearchResult result = find(a + " OR " + b);

        assertEquals(2, result.total());
        assertTrue(ids(result).containsAll(List.of(first.id(), second.id())));
    }

    @Test
    void anExcludedWordOrPhraseKeepsAnArticleOut() {
        String a = word();
        String b = word();
        published("Has " + a, "And " + b + " too.");
        CreatedArticle without = published("Has " + a + " alone", "Nothing else.");

        assertEquals(List.of(without.id()), ids(find(a + " -" + b)));
        assertEquals(List.of(without.id()), ids(find(a + " -\"and " + b + "\"")));
        assertEquals(0, find("-" + a).total());
    }

    @Test
    void pluralsFindTheSingularAndBack() {
        String singular = word();
        String plural = word();
        CreatedArticle one = published("One " + singular, "Body.");
        CreatedArticle many = published("Many " + plural + "s", "Body.");

        assertEquals(List.of(one.id()), ids(find(singular + "s")));
        assertEquals(List.of(many.id()), ids(find(plural)));
    }

    @Test
    void caseAndAccentsAreFolded() {
        String w = word();
        CreatedArticle accented = published("Türkiye and Straße " + w, "Body.");
        CreatedArticle plain = published("Turkiye " + w, "Body.");

        SearchResult result = find("TURKIYE " + w);
        assertEquals(2, result.total());
        assertTrue(ids(result).containsAll(List.of(accented.id(), plain.id())));
        assertEquals(List.of(accented.id()), ids(find("strasse " + w)));
        assertEquals(2, find("Türkiye " + w).total());
    }

    @Test
    void draftsAndUnpublishedArticlesAreNeverFound() {
        String w = word();
        ArticleFixtures.article().title("Draft " + w).draft();
        CreatedArticle withdrawn = published("Withdrawn " + w, "Body.");
        ArticleFixtures.unpublish(withdrawn.id());

        assertEquals(0, find(w).total());
    }

    @Test
    void tagNamesAreSearchedToo() {
        String w = word();
        CreatedTag tag = TagFixtures.createTag(w);
        CreatedArticle tagged = ArticleFixtures.article().title("Tagged").tag(tag.id()).published();

        assertEquals(List.of(tagged.id()), ids(find(w)));
    }

    @Test
    void filtersByAnyTagAuthorAndAnExclusiveWindow() {
        String w = word();
        CreatedTag red = TagFixtures.createTag("red");
        CreatedTag blue = TagFixtures.createTag("blue");
        CreatedAuthor author = AuthorFixtures.createAuthor("writer");
        CreatedArticle first = ArticleFixtures.article().title("First " + w).tag(red.id()).author(author.id())
                .publishedAt(BASE);
        CreatedArticle second = ArticleFixtures.article().title("Second " + w).tag(blue.id())
                .publishedAt(BASE.plus(1, ChronoUnit.DAYS));
        CreatedArticle third = ArticleFixtures.article().title("Third " + w).publishedAt(BASE.plus(2, ChronoUnit.DAYS));

        assertEquals(List.of(second.id(), first.id()),
                ids(search.search(new SearchRequest(w, List.of(red.slug(), blue.slug()), null, null, null, 1, 20))));
        assertEquals(List.of(first.id()),
                ids(search.search(new SearchRequest(w, List.of(), author.slug(), null, null, 1, 20))));
        assertEquals(List.of(second.id()), ids(search.search(new SearchRequest(w, List.of(), null,
                BASE, BASE.plus(2, ChronoUnit.DAYS), 1, 20))));
        assertEquals(List.of(third.id(), second.id(), first.id()), ids(find(w)));
    }

    @Test
    void pagesThroughEqualScoresNewestFirstWithTheTotal() {
        String w = word();
        CreatedArticle[] articles = new CreatedArticle[5];
        for (int i = 0; i < 5; i++) {
            articles[i] = ArticleFixtures.article().title("Story " + i + " " + w).markdown("Body.")
                    .publishedAt(BASE.plus(i, ChronoUnit.HOURS));
        }

        SearchResult second = search.search(new SearchRequest(w, List.of(), null, null, null, 2, 2));
        assertEquals(5, second.total());
        assertEquals(List.of(articles[2].id(), articles[1].id()), ids(second));
        SearchResult last = search.search(new SearchRequest(w, List.of(), null, null, null, 3, 2));
        assertEquals(List.of(articles[0].id()), ids(last));
        assertEquals(0, search.search(new SearchRequest(w, List.of(), null, null, null, 9, 2)).matches().size());
    }

    @Test
    void onlyTheNewestMaxMatchesAreConsidered() {
        String w = word();
        CreatedTag old = TagFixtures.createTag("old");
        ArticleFixtures.article().title("Oldest " + w).tag(old.id()).publishedAt(BASE);
        CreatedArticle middle = ArticleFixtures.article().title("Middle").markdown("Body " + w)
                .publishedAt(BASE.plus(1, ChronoUnit.DAYS));
        CreatedArticle newest = ArticleFixtures.article().title("Newest").markdown("Body " + w)
                .publishedAt(BASE.plus(2, ChronoUnit.DAYS));

        SearchResult result = new PlainSearch(dataSource, 2).search(
                new SearchRequest(w, List.of(), null, null, null, 1, 20));

        assertEquals(2, result.total());
        assertEquals(List.of(newest.id(), middle.id()), ids(result));
        assertTrue(result.facets().isEmpty());
    }

    @Test
    void facetsCountTheMatchesTagsMostFirstThenByName() {
        String w = word();
        CreatedTag common = TagFixtures.createTag("zz-common");
        CreatedTag rareB = TagFixtures.createTag("bb-rare");
        CreatedTag rareA = TagFixtures.createTag("aa-rare");
        ArticleFixtures.article().title("One " + w).tag(common.id()).tag(rareB.id()).published();
        ArticleFixtures.article().title("Two " + w).tag(common.id()).tag(rareA.id()).published();
        ArticleFixtures.article().title("Other").tag(common.id()).published();

        List<TagFacet> facets = find(w).facets();

        assertEquals(List.of(new TagFacet(common.slug(), common.name(), 2), new TagFacet(rareA.slug(), rareA.name(), 1),
                new TagFacet(rareB.slug(), rareB.name(), 1)), facets);
    }

    @Test
    void aTitleMatchOutranksABodyMatch() {
        String w = word();
        CreatedArticle inTitle = ArticleFixtures.article().title("About " + w).markdown("Body.").publishedAt(BASE);
        CreatedArticle inBody = ArticleFixtures.article().title("Other")
                .markdown("Words words words. " + w + " appears here.").publishedAt(BASE.plus(1, ChronoUnit.DAYS));

        SearchResult result = find(w);

        assertEquals(List.of(inTitle.id(), inBody.id()), ids(result));
        assertTrue(result.matches().get(0).score() > result.matches().get(1).score());
    }

    @Test
    void snippetsMarkWholeWordsIgnoringCaseAndAccents() {
        String w = word();
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < 60; i++) {
            body.append("before").append(i).append(' ');
        }
        body.append("the Türkiye ").append(w.toUpperCase()).append("s result");
        for (int i = 0; i < 60; i++) {
            body.append(" after").append(i);
        }
        published("Vote in Türkiye: " + w, body.toString());

        Match match = find("turkiye " + w).matches().get(0);

        assertEquals("Vote in " + START + "Türkiye" + STOP + ": " + START + w + STOP, match.title());
        String snippet = match.body();
        assertTrue(snippet.startsWith("\u2026") && snippet.endsWith("\u2026"), snippet);
        assertTrue(snippet.contains(START + "Türkiye" + STOP + " " + START + w.toUpperCase() + "s" + STOP), snippet);
        int words = snippet.split("\\s+").length;
        assertTrue(words >= 25 && words <= 32, snippet);
    }

    @Test
    void aPhraseIsMarkedWhereItOccurs() {
        String a = word();
        String b = word();
        published("Title", "Here " + a + " then " + b + ", and later " + a + " " + b + ".");

        Match match = find("\"" + a + " " + b + "\"").matches().get(0);

        assertEquals("Title", match.title());
        assertEquals("Here " + a + " then " + b + ", and later " + START + a + " " + b + STOP + ".", match.body());
    }

    @Test
    void aBodyWithoutTheMatchShowsItsStart() {
        String w = word();
        published("Only in the title " + w, "Opening words of the body.");

        assertEquals("Opening words of the body.", find(w).matches().get(0).body());
    }

    @Test
    void aHostileTitleCannotForgeMarks() {
        String w = word();
        published("<script>alert(1)</script> \u0002x\u0003 " + w, "Body \u0002forged\u0003 " + w);

        Match match = find(w).matches().get(0);

        String title = Highlights.toHtml(match.title());
        assertEquals("&lt;script&gt;alert(1)&lt;/script&gt; x <mark>" + w + "</mark>", title);
        String body = Highlights.toHtml(match.body());
        assertFalse(body.contains("<mark>forged"), body);
        assertTrue(body.contains("<mark>" + w + "</mark>"), body);
    }

    @Test
    void likeWildcardsInTheQueryAreLiteral() {
        String w = word();
        published("Fifty " + w + " percent", "Body.");

        assertEquals(0, find("%").total());
        assertEquals(0, find("_").total());
        assertEquals(0, find("\\").total());
        assertEquals(0, find("%%% __").total());
        assertEquals(1, find(w + "%").total());
        assertEquals("%a\\%b\\_c\\\\%", PlainSearch.likePattern("a%b_c\\"));
    }

    @Test
    void emptyQueriesFindNothing() {
        assertEquals(SearchResult.empty(), find("the of and"));
        assertEquals(SearchResult.empty(), find("\"\" -"));
        assertEquals(SearchResult.empty(), find("-" + word()));
    }

    @Test
    void aMatchCarriesItsId() {
        String w = word();
        CreatedArticle article = published("Id " + w, "Body.");

        assertEquals(UUID.fromString(article.id()), find(w).matches().get(0).id());
    }
}
