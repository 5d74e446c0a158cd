package dev.masthead.search;

import static dev.masthead.article.ArticleFixtures.article;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.masthead.article.ArticleFixtures;
import dev.masthead.article.ArticleFixtures.CreatedArticle;
import dev.masthead.author.AuthorFixtures;
import dev.masthead.content.Writes;
import dev.masthead.tag.TagFixtures;
import dev.masthead.tag.TagFixtures.CreatedTag;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * {@code GET /api/v1/search} on both databases: the web-search syntax, filters,
 * paging, facets, safe highlights, published articles only, fresh after
 * writes, and a 400 only for a missing q or a bad parameter. Every test
 * searches for words it invented, so other tests' articles never match.
 */
@QuarkusTest
class SearchResourceTest {

    private static final String SEARCH = "/api/v1/search";

    private static Response search(String q, Object... more) {
        var request = given().queryParam("q", q);
        for (int i = 0; i < more.length; i += 2) {
            request.queryParam((String) more[i], more[i + 1]);
        }
        return request.get(SEARCH);
    }

    private static List<String> slugs(String q, Object... more) {
        return search(q, more).then().statusCode(200).extract().path("data.slug");
    }

    @Test
    void allWordsMustMatchAndAQuotedPhraseMustStandTogether() {
        String word = SearchWords.unique();
        CreatedArticle together = article().title("Grain corridor " + word).markdown("Record harbour volumes this week.").published();
        CreatedArticle apart = article().title("Harbour report " + word).markdown("Volumes rose; a record for the harbour.").published();
        article().title("Unrelated " + word).markdown("Nothing about ships here.").published();

        assertTrue(slugs(word + " harbour volumes").containsAll(List.of(together.slug(), apart.slug())));
        assertThat(slugs(word + " harbour volumes"), hasSize(2));
        assertThat(slugs(word + " \"record harbour volumes\""), contains(together.slug()));
    }

    @Test
    void orTakesEitherAndAMinusExcludes() {
        String word = SearchWords.unique();
        CreatedArticle turbine = article().title("Turbine " + word).markdown("Wind turbines on the coast.").published();
        CreatedArticle grid = article().title("Grid " + word).markdown("The grid held through winter.").published();
        CreatedArticle strike = article().title("Strike " + word).markdown("Dock workers strike over the grid.").published();

        assertThat(slugs(word + " turbine or grid"),
                containsInAnyOrder(turbine.slug(), grid.slug(), strike.slug()));
        assertThat(slugs(word + " -strike"), containsInAnyOrder(turbine.slug(), grid.slug()));
        assertThat(slugs(word + " grid -\"workers strike\""), contains(grid.slug()));
    }

    @Test
    void wordsAreStemmedAndAccentsFolded() {
        String word = SearchWords.unique();
        CreatedArticle elections = article().title("Provincial elections " + word).markdown("Polls open at eight.").published();
        CreatedArticle turkiye = article().title("Talks in Ankara " + word).markdown("Türkiye and its neighbours met.").published();

        assertThat(slugs(word + " election"), contains(elections.slug()));
        assertThat(slugs(word + " elections"), contains(elections.slug()));
        assertThat(slugs(word + " Turkiye"), contains(turkiye.slug()));
        assertThat(slugs(word + " TÜRKIYE"), contains(turkiye.slug()));
    }

    @Test
    void aTitleMatchRanksAboveABodyMatchAndHitsCarryScores() {
        String word = SearchWords.unique();
        CreatedArticle inBody = article().title("Council budget " + word).markdown("The ferry timetable changes in May.").published();
        CreatedArticle inTitle = article().title("Ferry timetable " + word).markdown("Changes come in May.").published();

        search(word + " ferry").then().statusCode(200)
                .body("data.slug", contains(inTitle.slug(), inBody.slug()))
                .body("data.score", everyItem(greaterThan(0f)))
                .body("data[0].tags", notNullValue()).body("data[0].url", notNullValue());
    }

    @Test
    void filtersByTagAuthorAndPublicationWindow() {
        String word = SearchWords.unique();
        CreatedTag port = TagFixtures.createTag("port");
        AuthorFixtures.CreatedAuthor reporter = AuthorFixtures.createAuthor("reporter");
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        CreatedArticle tagged = article().title("Tagged " + word).tag(port.id()).publishedAt(now.minus(3, ChronoUnit.DAYS));
        CreatedArticle byReporter = article().title("Bylined " + word).author(reporter.id()).publishedAt(now.minus(1, ChronoUnit.DAYS));
        CreatedArticle old = article().title("Archive " + word).publishedAt(now.minus(30, ChronoUnit.DAYS));

        assertThat(slugs(word, "tag", port.slug()), contains(tagged.slug()));
        assertThat(slugs(word, "author", reporter.slug()), contains(byReporter.slug()));
        assertThat(slugs(word, "publishedBefore", now.minus(10, ChronoUnit.DAYS).toString()),
                contains(old.slug()));
        assertThat(slugs(word, "publishedAfter", now.minus(2, ChronoUnit.DAYS).toString()),
                contains(byReporter.slug()));
    }

    @Test
    void pagesThroughTheMatchesWithTotalsAndLinks() {
        String word = SearchWords.unique();
        for (int i = 0; i < 5; i++) {
            article().title("Paged " + word + " " + i).published();
        }
        search(word, "pageSize", 2, "page", 3).then().statusCode(200)
                .body("data", hasSize(1)).body("meta.page", equalTo(3)).body("meta.pageSize", equalTo(2))
                .body("meta.total", equalTo(5)).body("meta.totalPages", equalTo(3))
                .header("Link", containsString("rel=\"prev\""));
        search(word, "pageSize", 2).then().statusCode(200).body("data", hasSize(2))
                .header("Link", containsString("rel=\"next\""));
        search(word, "page", 9).then().statusCode(200).body("data", empty()).body("meta.total", equalTo(5));
    }

    @Test
    void facetsCountTheTagsOfAllMatches() {
        String word = SearchWords.unique();
        CreatedTag common = TagFixtures.createTag("facet-common");
        CreatedTag rare = TagFixtures.createTag("facet-rare");
        article().title("One " + word).tag(common.id()).published();
        article().title("Two " + word).tag(common.id()).tag(rare.id()).published();
        article().title("Three " + word).tag(common.id()).published();

        search(word, "pageSize", 1).then().statusCode(200)
                .body("meta.facets.tags.slug", contains(common.slug(), rare.slug()))
                .body("meta.facets.tags.count", contains(3, 1))
                .body("meta.facets.tags.name", contains(common.name(), rare.name()));
    }

    @Test
    void facetsFollowTheTagsAMatchIsFiledUnder() {
        String word = SearchWords.unique();
        CreatedTag first = TagFixtures.createTag("facet-first");
        CreatedTag second = TagFixtures.createTag("facet-second");
        CreatedArticle story = article().title("Refiled " + word).tag(first.id()).published();
        search(word).then().statusCode(200).body("meta.facets.tags.slug", contains(first.slug()));

        Writes.patch(Writes.article(story.id()), Map.of("tagIds", List.of(second.id(), first.id())));
        search(word).then().statusCode(200)
                .body("meta.facets.tags.slug", containsInAnyOrder(first.slug(), second.slug()))
                .body("meta.facets.tags.count", contains(1, 1));

        Writes.patch(Writes.article(story.id()), Map.of("tagIds", List.of(second.id())));
        search(word).then().statusCode(200).body("meta.facets.tags.slug", contains(second.slug()));
        Writes.delete(Writes.tag(second.id()));
        search(word).then().statusCode(200).body("data.slug", contains(story.slug()))
                .body("meta.facets.tags", empty());
    }

    @Test
    void highlightsMarkTheMatchesAndEscapeEverythingElse() {
        String word = SearchWords.unique();
        String hostile = "<script>alert(1)</script> \u0002" + word + "\u0003 & \"quotes\" " + word;
        article().title(hostile).markdown("Before <img src=x onerror=alert(1)> the " + word + " & after.").published();

        Response response = search(word);
        response.then().statusCode(200).body("data", hasSize(1));
        String title = response.path("data[0].highlights.title");
        String body = response.path("data[0].highlights.body");
        assertFalse(title.contains("<script"), title);
        assertTrue(title.contains("&lt;script&gt;"), title);
        assertTrue(title.contains("<mark>" + word + "</mark>"), title);
        assertFalse(title.contains("\u0002") || title.contains("\u0003"), title);
        assertTrue(title.replace("<mark>", "").replace("</mark>", "").indexOf('<') < 0, title);
        assertTrue(body.contains("<mark>" + word + "</mark>"), body);
        assertTrue(body.replace("<mark>", "").replace("</mark>", "").indexOf('<') < 0, body);
    }

    @Test
    void aMatchDeepInALongBodyIsTheSnippet() {
        String word = SearchWords.unique();
        String filler = "The council met again and the harbour stayed busy. ".repeat(120);
        article().title("Long read").markdown(filler + "\n\nAt last the " + word + " report came out.\n\n" + filler)
                .published();

        String body = search(word).then().statusCode(200).body("data", hasSize(1)).extract().path("data[0].highlights.body");
        assertTrue(body.contains("<mark>" + word + "</mark>"), body);
        assertTrue(body.length() < 1000, body);
    }

    @Test
    void anAccentedMatchDeepInALongBodyIsTheSnippet() {
        String word = SearchWords.unique();
        String filler = "The council met again and the harbour stayed busy. ".repeat(120);
        article().title("Long read " + word).markdown(filler + "\n\nAt last the Zürich report came out.\n\n" + filler)
                .published();

        String body = search(word + " Zurich").then().statusCode(200).body("data", hasSize(1)).extract()
                .path("data[0].highlights.body");
        assertTrue(body.contains("<mark>Zürich</mark>"), body);
    }

    @Test
    void draftsAndUnpublishedArticlesAreNeverFound() {
        String word = SearchWords.unique();
        article().title("Draft " + word).draft();
        CreatedArticle withdrawn = article().title("Withdrawn " + word).published();
        ArticleFixtures.unpublish(withdrawn.id());
        CreatedArticle scheduled = article().title("Scheduled " + word).draft();
        given().header("Authorization", "Bearer " + dev.masthead.auth.AdminSession.token()).contentType("application/json")
                .body(Map.of("publishAt", Instant.now().plus(1, ChronoUnit.DAYS).toString()))
                .post("/api/v1/admin/articles/" + scheduled.id() + "/schedule").then().statusCode(200);

        search(word).then().statusCode(200).body("data", empty()).body("meta.total", equalTo(0))
                .body("meta.facets.tags", empty());
    }

    @Test
    void aCachedSearchFollowsEditsUnpublishingAndDeletion() {
        String word = SearchWords.unique();
        String other = SearchWords.unique();
        CreatedArticle story = article().title("Before " + word).published();
        CreatedArticle gone = article().title("Deleted " + word).published();
        assertThat(slugs(word), hasSize(2));
        assertThat(slugs(word), hasSize(2));

        Writes.patch(Writes.article(story.id()), Map.of("title", "After " + other));
        assertThat(slugs(word), contains(gone.slug()));
        search(other).then().statusCode(200).body("data.slug", contains(story.slug()))
                .body("data[0].title", equalTo("After " + other));

        Writes.delete(Writes.article(gone.id()));
        search(word).then().statusCode(200).body("data", empty());
        ArticleFixtures.unpublish(story.id());
        search(other).then().statusCode(200).body("data", empty());
    }

    @Test
    void tagNamesAreSearchedAndFollowARename() {
        String word = SearchWords.unique();
        String renamed = SearchWords.unique();
        CreatedTag tag = TagFixtures.createTag("searched");
        dev.masthead.auth.AdminSession.asAdmin().contentType("application/merge-patch+json").header("If-Match", "*")
                .body(Map.of("name", "Aegean " + word)).patch("/api/v1/admin/tags/" + tag.id()).then().statusCode(200);
        CreatedArticle filed = article().title("Ferry routes").markdown("Islands and the mainland.").tag(tag.id()).published();

        assertThat(slugs(word + " aegean"), contains(filed.slug()));
        dev.masthead.auth.AdminSession.asAdmin().contentType("application/merge-patch+json").header("If-Match", "*")
                .body(Map.of("name", "Islands " + renamed)).patch("/api/v1/admin/tags/" + tag.id()).then().statusCode(200);
        assertThat(slugs(renamed), contains(filed.slug()));
        search(word).then().statusCode(200).body("data", empty());
    }

    @Test
    void aRepeatedSearchAnswers304ToItsETag() {
        String word = SearchWords.unique();
        article().title("Tagged " + word).published();
        String etag = search(word).then().statusCode(200).extract().header("ETag");
        given().queryParam("q", word).header("If-None-Match", etag).get(SEARCH).then().statusCode(304);
    }

    @ParameterizedTest
    @ValueSource(strings = { "\"", "-", "or", "the", "\"\" \"\"", "--x", "!!! ((( ''' ", "' or 1=1 --", "<script>",
            "%_%", "\\", "🙂", "مرحبا", "a & b | !c", "x:*", "(((((((((( a", "null", "nul\u0000byte",
            "\u0002mark\u0003", "tab\tand\nnewline" })
    void oddInputIsNeverAnError(String q) {
        search(q).then().statusCode(200).contentType("application/json").body("meta.total", notNullValue());
    }

    @Test
    void aQueryOfNothingButExclusionsFindsNothing() {
        String word = SearchWords.unique();
        article().title("Present " + word).published();
        search("-" + word).then().statusCode(200).body("data", empty());
        search("-" + SearchWords.unique()).then().statusCode(200).body("data", empty());
    }

    @Test
    void aMissingOrEmptyQueryIsA400() {
        given().get(SEARCH).then().statusCode(400).contentType("application/problem+json")
                .body("code", equalTo("invalid-parameter"));
        given().queryParam("q", "").get(SEARCH).then().statusCode(400).contentType("application/problem+json");
        given().queryParam("q", "   ").get(SEARCH).then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void badParametersAre400s() {
        String word = SearchWords.unique();
        search(word.repeat(21)).then().statusCode(400).body("code", equalTo("invalid-parameter"));
        search(word, "pageSize", 101).then().statusCode(400);
        search(word, "page", "x").then().statusCode(400);
        search(word, "tag", "Not A Slug").then().statusCode(400);
        search(word, "author", "<script>").then().statusCode(400);
        search(word, "publishedAfter", "yesterday").then().statusCode(400);
        search(word, "sort", "title").then().statusCode(400).contentType("application/problem+json");
        search(word, "cursor", "").then().statusCode(400);
    }
}
