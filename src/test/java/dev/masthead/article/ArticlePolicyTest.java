package dev.masthead.article;

import static dev.masthead.article.ArticleFixtures.article;
import static dev.masthead.auth.AdminSession.asAdmin;
import static dev.masthead.auth.UserFixtures.bearing;
import static dev.masthead.auth.UserFixtures.createUser;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.masthead.auth.ApiKeyFixtures;
import dev.masthead.auth.UserFixtures.CreatedUser;
import dev.masthead.author.AuthorFixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * Contributors and authors see only their own articles in the Management
 * list, in every status, on every page: a newsroom's drafts are not theirs to
 * read. Articles by several authors, drafts and published, are made fresh;
 * each caller's whole list is walked a page of two at a time.
 */
@QuarkusTest
class ArticlePolicyTest {

    private static final String ARTICLES = "/api/v1/admin/articles";

    /** The callers and their articles, made once: every test only reads them. */
    private static Newsroom newsroom;

    record Newsroom(String contributor, String author, String otherContributor, String otherAuthor,
            String contributorsDraft, String coWrittenDraft, String contributorsPublished, String authorsDraft,
            String authorsPublished, String otherContributorsDraft, String otherAuthorsDraft,
            String otherAuthorsPublished, String strangersDraft, String strangersPublished) {

        /** Tokens of two contributors and two authors, and articles by each of them and by a stranger. */
        static Newsroom make() {
            CreatedUser contributor = createUser("own-list-contributor", "CONTRIBUTOR");
            CreatedUser author = createUser("own-list-author", "AUTHOR");
            CreatedUser otherContributor = createUser("own-list-other-contributor", "CONTRIBUTOR");
            CreatedUser otherAuthor = createUser("own-list-other-author", "AUTHOR");
            String stranger = AuthorFixtures.createAuthor("own-list-stranger").id();
            return new Newsroom(contributor.token(), author.token(), otherContributor.token(), otherAuthor.token(),
                    article().author(contributor.authorId()).draft().id(),
                    article().author(author.authorId()).author(contributor.authorId()).draft().id(),
                    article().author(contributor.authorId()).published().id(),
                    article().author(author.authorId()).draft().id(),
                    article().author(author.authorId()).published().id(),
                    article().author(otherContributor.authorId()).draft().id(),
                    article().author(otherAuthor.authorId()).draft().id(),
                    article().author(otherAuthor.authorId()).author(stranger).published().id(),
                    article().author(stranger).draft().id(),
                    article().author(stranger).published().id());
        }
    }

    private Newsroom n;

    @BeforeEach
    void aNewsroomOfArticles() {
        if (newsroom == null) {
            newsroom = Newsroom.make();
        }
        n = newsroom;
    }

    @Test
    void aContributorListsExactlyTheirOwnArticles() {
        assertEquals(Set.of(n.contributorsDraft(), n.coWrittenDraft(), n.contributorsPublished()),
                listed(n.contributor(), null));
        assertEquals(Set.of(n.contributorsDraft(), n.coWrittenDraft()), listed(n.contributor(), "DRAFT"));
        assertEquals(Set.of(n.contributorsPublished()), listed(n.contributor(), "PUBLISHED"));
    }

    @Test
    void anAuthorListsExactlyTheirOwnArticles() {
        assertEquals(Set.of(n.coWrittenDraft(), n.authorsDraft(), n.authorsPublished()), listed(n.author(), null));
        assertEquals(Set.of(n.coWrittenDraft(), n.authorsDraft()), listed(n.author(), "DRAFT"));
        assertEquals(Set.of(n.authorsPublished()), listed(n.author(), "PUBLISHED"));
    }

    @Test
    void theOthersListOnlyTheirOwnToo() {
        assertEquals(Set.of(n.otherContributorsDraft()), listed(n.otherContributor(), null));
        assertEquals(Set.of(n.otherAuthorsDraft(), n.otherAuthorsPublished()), listed(n.otherAuthor(), null));
    }

    @Test
    void anEditorAndAReadKeySeeEveryonesArticles() {
        Set<String> everyone = Set.of(n.contributorsDraft(), n.coWrittenDraft(), n.contributorsPublished(),
                n.authorsDraft(), n.authorsPublished(), n.otherContributorsDraft(), n.otherAuthorsDraft(),
                n.otherAuthorsPublished(), n.strangersDraft(), n.strangersPublished());
        String editor = createUser("own-list-editor", "EDITOR").token();
        String key = ApiKeyFixtures.createKey("own-list", "content:read").secret();

        // Most recently changed first: this test's articles are the newest page.
        for (Supplier<RequestSpecification> caller : List.<Supplier<RequestSpecification>>of(
                () -> bearing(editor), () -> bearing(key), () -> asAdmin())) {
            List<String> firstPage = caller.get().get(ARTICLES + "?pageSize=100").then().statusCode(200)
                    .extract().path("data.id");
            assertTrue(firstPage.containsAll(everyone), "missing " + everyone.stream()
                    .filter(id -> !firstPage.contains(id)).toList());
        }
    }

    /** Every id on every page of the caller's list, checked against the total it claims. */
    private static Set<String> listed(String token, String status) {
        String query = ARTICLES + "?pageSize=2" + (status == null ? "" : "&status=" + status);
        List<String> ids = new ArrayList<>();
        int pages = 1;
        long total = -1;
        for (int page = 1; page <= pages; page++) {
            Response response = bearing(token).get(query + "&page=" + page);
            response.then().statusCode(200);
            ids.addAll(response.path("data.id"));
            pages = response.path("meta.totalPages");
            total = response.<Number>path("meta.total").longValue();
        }
        Set<String> unique = new HashSet<>(ids);
        assertEquals(ids.size(), unique.size(), "an article listed twice: " + ids);
        assertEquals(total, ids.size(), "meta.total counts other articles than those listed");
        return unique;
    }
}
