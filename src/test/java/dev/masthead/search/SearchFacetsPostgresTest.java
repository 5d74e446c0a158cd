package dev.masthead.search;

import static dev.masthead.article.ArticleFixtures.article;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;

import dev.masthead.search.SearchResult.TagFacet;
import dev.masthead.tag.TagFixtures;
import io.quarkus.test.junit.QuarkusTest;

/**
 * On PostgreSQL a search counts its facets on a second connection while it
 * cuts its snippets, a few searches at a time; the others count their own
 * after their snippets. Either way each search answers its own matches' tags:
 * here more searches at once than there are threads for facets, each for its
 * own word, filed under its own tag (two articles) and a shared one (one).
 * When no second connection can be had, a search counts them on its own.
 */
@QuarkusTest
@EnabledIf("dev.masthead.Databases#postgres")
class SearchFacetsPostgresTest {

    private static final int SEARCHES = 12;

    @Inject
    DataSource dataSource;

    @Test
    void searchesAtOnceEachCountTheirOwnMatchesTags() throws Exception {
        TagFixtures.CreatedTag shared = TagFixtures.createTag("facets-shared");
        List<String> words = new ArrayList<>();
        List<TagFixtures.CreatedTag> tags = new ArrayList<>();
        for (int i = 0; i < SEARCHES; i++) {
            String word = SearchWords.unique();
            TagFixtures.CreatedTag own = TagFixtures.createTag("facets-own");
            article().title("Story " + word + " first").tag(own.id()).tag(shared.id()).published();
            article().title("Story " + word + " second").tag(own.id()).published();
            words.add(word);
            tags.add(own);
        }
        PostgresSearch search = new PostgresSearch(dataSource, 1000);
        ExecutorService readers = Executors.newFixedThreadPool(SEARCHES);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<List<TagFacet>>> facets = new ArrayList<>();
            for (String word : words) {
                Callable<List<TagFacet>> facetsOf = () -> {
                    start.await();
                    return search.search(new SearchRequest(word, List.of(), null, null, null, 1, 10)).facets();
                };
                facets.add(readers.submit(facetsOf));
            }
            start.countDown();
            for (int i = 0; i < SEARCHES; i++) {
                TagFixtures.CreatedTag own = tags.get(i);
                assertEquals(List.of(new TagFacet(own.slug(), own.name(), 2), new TagFacet(shared.slug(), shared.name(), 1)),
                        facets.get(i).get(30, TimeUnit.SECONDS), words.get(i));
            }
        } finally {
            readers.shutdownNow();
        }
    }

    @Test
    void withoutASecondConnectionASearchCountsItsFacetsOnItsOwn() {
        String word = SearchWords.unique();
        TagFixtures.CreatedTag own = TagFixtures.createTag("facets-alone");
        article().title("Story " + word).tag(own.id()).published();
        // A pool with no connection to spare: the thread counting facets beside the snippets gets none.
        DataSource noneToSpare = (DataSource) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] { DataSource.class }, (proxy, method, arguments) -> {
                    if (method.getName().equals("getConnection")
                            && Thread.currentThread().getName().startsWith("search-facets-")) {
                        throw new SQLException("Sorry, acquisition timeout!");
                    }
                    try {
                        return method.invoke(dataSource, arguments);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
        SearchResult result = new PostgresSearch(noneToSpare, 1000)
                .search(new SearchRequest(word, List.of(), null, null, null, 1, 10));
        assertEquals(1, result.total());
        assertEquals(List.of(new TagFacet(own.slug(), own.name(), 1)), result.facets());
    }
}
