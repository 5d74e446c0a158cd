package dev.masthead.sync;

import static dev.masthead.article.ArticleFixtures.article;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;

import dev.masthead.article.ArticleFixtures;
import dev.masthead.article.ArticleFixtures.CreatedArticle;
import dev.masthead.content.Writes;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The property the log's ordering buys: a client that pages through an
 * initial sync while editors publish, edit, take down and delete articles,
 * then follows the deltas from its cursor, ends up holding exactly the
 * published articles, with their current titles.
 */
@QuarkusTest
class SyncNoGapTest {

    private static final int ROUNDS = 8;

    @Inject
    DataSource dataSource;

    @Test
    void anInitialSyncThenItsDeltasMissNothingThatCommittedMeanwhile() throws Exception {
        List<CreatedArticle> edited = new ArrayList<>();
        List<CreatedArticle> drafts = new ArrayList<>();
        List<CreatedArticle> doomed = new ArrayList<>();
        for (int i = 0; i < ROUNDS; i++) {
            edited.add(article().published());
            drafts.add(article().draft());
            doomed.add(article().published());
        }
        ExecutorService editors = Executors.newFixedThreadPool(3);
        List<Future<?>> work = new ArrayList<>();
        try {
            work.add(editors.submit(() -> {
                for (int i = 0; i < ROUNDS; i++) {
                    Writes.patch(Writes.article(edited.get(i).id()), Map.of("title", "Edited " + i + " " + edited.get(i).title()));
                    article().published();
                }
            }));
            work.add(editors.submit(() -> {
                for (int i = 0; i < ROUNDS; i++) {
                    ArticleFixtures.publish(drafts.get(i), null);
                    Writes.patch(Writes.article(drafts.get(i).id()), Map.of("title", "Out " + i + " " + drafts.get(i).title()));
                }
            }));
            work.add(editors.submit(() -> {
                for (int i = 0; i < ROUNDS; i++) {
                    if (i % 2 == 0) {
                        ArticleFixtures.unpublish(doomed.get(i).id());
                    } else {
                        Writes.delete(Writes.article(doomed.get(i).id()));
                    }
                }
            }));
            SyncClient client = new SyncClient(3, "article");
            client.sync();
            int deltas = 0;
            while (work.stream().anyMatch(future -> !future.isDone())) {
                client.sync();
                deltas++;
            }
            for (Future<?> future : work) {
                future.get(60, TimeUnit.SECONDS);
            }
            client.sync();

            assertEquals(publishedTitles(dataSource), SyncResourceTest.titles(client),
                    "the client's copy is the published set after " + client.pages.size() + " pages, " + deltas
                            + " deltas while writing");
            assertTrue(client.pages.size() > 3, "the initial sync took several pages");
        } finally {
            editors.shutdownNow();
        }
    }

    /** Every published article's title by id, straight from the database. */
    static Map<String, String> publishedTitles(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(
                        "select id, title from article where status = 'PUBLISHED'");
                ResultSet result = select.executeQuery()) {
            Map<String, String> titles = new HashMap<>();
            while (result.next()) {
                titles.put(result.getObject(1, java.util.UUID.class).toString(), result.getString(2));
            }
            return titles;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
