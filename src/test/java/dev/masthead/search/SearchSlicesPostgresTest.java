package dev.masthead.search;

import static dev.masthead.article.ArticleFixtures.article;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.inject.Inject;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;

import dev.masthead.search.SearchResult.Match;
import dev.masthead.tag.TagFixtures;
import io.quarkus.test.junit.QuarkusTest;

/**
 * On PostgreSQL, however {@link PostgresSearch} finds them (walking the
 * publication order when a probe of the newest articles finds the query
 * common, else all the GIN index's matches when it finds none, else time
 * slices through the index, then all the matches when they hold too few), the
 * matches it ranks are exactly the newest
 * {@code max-matches} ones. Here with 3 matches wanted and a probe of 8
 * articles, over 16 articles of one tag: the newest 8 an hour apart, the older
 * ones a day apart. A probe with one match sizes a first slice from its hourly
 * rate, for 2.5 times the matches wanted, reaching the tenth article (9); a
 * longer one, sized from what that held, reaches back further; all the matches
 * are read after that. The cost of a row is set so high that the probe takes
 * the query for a rare one only when it finds no match, whatever else the test
 * database holds.
 */
@QuarkusTest
@EnabledIf("dev.masthead.Databases#postgres")
class SearchSlicesPostgresTest {

    private static final int WANTED = 3;
    private static final int PROBE = 8;
    private static final int ARTICLES = 16;

    @Inject
    DataSource dataSource;

    @Test
    void oneMatchInTheProbeTakesASliceThenALongerOne() {
        Timeline timeline = timeline(Set.of(2, 12, 13, 14));
        assertEquals(timeline.ids(2, 12, 13), found(timeline.request(List.of(timeline.tag()), null, null)));
    }

    @Test
    void aLongerSliceSizedFromTheFirstFindsTheOthers() {
        Timeline timeline = timeline(Set.of(2, 9, 11, 14));
        assertEquals(timeline.ids(2, 9, 11), found(timeline.request(List.of(timeline.tag()), null, null)));
    }

    @Test
    void noMatchInTheProbeFindsTheOlderOnes() {
        Timeline timeline = timeline(Set.of(10, 11, 14, 15));
        assertEquals(timeline.ids(10, 11, 14), found(timeline.request(List.of(timeline.tag()), null, null)));
    }

    @Test
    void manyMatchesInTheProbeWalkThePublicationOrder() {
        Timeline timeline = timeline(Set.of(0, 1, 3, 5, 9));
        assertEquals(timeline.ids(0, 1, 3), found(timeline.request(List.of(timeline.tag()), null, null)));
    }

    @Test
    void fewerMatchesThanWantedAfterBothSlicesAreAllFound() {
        Timeline timeline = timeline(Set.of(2, 15));
        assertEquals(timeline.ids(2, 15), found(timeline.request(List.of(timeline.tag()), null, null)));
    }

    @Test
    void aTagFilterLeavesOutTheOtherArticlesInTheSlices() {
        Timeline timeline = timeline(Set.of(2, 12, 13, 14));
        // Untagged, just newer than the tag's second match: the longer slice would find it first without the filter.
        article().title("Story " + timeline.word() + " untagged").publishedAt(timeline.at(12).plusSeconds(60)).id();
        assertEquals(timeline.ids(2, 12, 13), found(timeline.request(List.of(timeline.tag()), null, null)));
    }

    @Test
    void theWholeArchiveAndTheDateFiltersGiveTheSameNewestMatches() {
        Timeline timeline = timeline(Set.of(2, 12, 13, 14));
        assertEquals(timeline.ids(2, 12, 13), found(timeline.request(List.of(), null, null)));
        assertEquals(timeline.ids(12, 13, 14), found(timeline.request(List.of(), null, timeline.at(2))));
        assertEquals(timeline.ids(2, 12), found(timeline.request(List.of(timeline.tag()), timeline.at(13), null)));
    }

    private Set<String> found(SearchRequest request) {
        SearchResult result = new PostgresSearch(dataSource, WANTED, PROBE, Double.MAX_VALUE).search(request);
        assertEquals(result.matches().size(), result.total());
        return result.matches().stream().map(Match::id).map(Object::toString).collect(Collectors.toSet());
    }

    /** The tag's articles, 0 the newest; those in {@code matching} hold the word. */
    private static Timeline timeline(Set<Integer> matching) {
        String word = SearchWords.unique();
        TagFixtures.CreatedTag tag = TagFixtures.createTag("slices");
        Instant newest = Instant.now().minus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        List<Instant> dates = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < ARTICLES; i++) {
            Instant at = i < PROBE ? newest.minus(Duration.ofHours(i))
                    : newest.minus(Duration.ofHours(PROBE - 1)).minus(Duration.ofDays(i - PROBE + 1));
            dates.add(at);
            String title = (matching.contains(i) ? "Story " + word : "Story elsewhere") + " number " + i;
            ids.add(article().title(title).tag(tag.id()).publishedAt(at).id());
        }
        return new Timeline(word, tag.slug(), dates, ids);
    }

    private record Timeline(String word, String tag, List<Instant> dates, List<String> ids) {

        Set<String> ids(int... positions) {
            return Arrays.stream(positions).mapToObj(ids::get).collect(Collectors.toSet());
        }

        Instant at(int position) {
            return dates.get(position);
        }

        SearchRequest request(List<String> tags, Instant after, Instant before) {
            return new SearchRequest(word, tags, null, after, before, 1, 10);
        }
    }
}
