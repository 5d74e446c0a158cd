package dev.masthead.article;

import static dev.masthead.article.ArticleFixtures.article;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.masthead.article.ArticleFixtures.CreatedArticle;
import dev.masthead.content.Writes;
import dev.masthead.tag.TagFixtures;
import dev.masthead.tag.TagFixtures.CreatedTag;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;

@QuarkusTest
class RelatedArticlesTest {

    /** A date well in the past, so candidates can be published on either side of it. */
    private static final Instant T0 = Instant.now().minus(400, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);

    @Test
    void aSharedRareTagBeatsASharedCommonOne() {
        CreatedTag own = TagFixtures.createTag("related-own");
        CreatedTag common = TagFixtures.createTag("related-common");
        CreatedTag rare = TagFixtures.createTag("related-rare");
        for (int i = 0; i < 15; i++) {
            article().tag(common.id()).publishedAt(T0.minus(30 + i, ChronoUnit.DAYS));
        }
        CreatedArticle story = article().tag(own.id()).tag(common.id()).tag(rare.id()).publishedAt(T0);
        CreatedArticle byCommon = article().tag(common.id()).publishedAt(T0.minus(1, ChronoUnit.DAYS));
        CreatedArticle byRare = article().tag(rare.id()).publishedAt(T0.minus(1, ChronoUnit.DAYS));

        JsonPath related = related(story, 12).statusCode(200).contentType("application/json").extract().jsonPath();

        assertEquals(byRare.slug(), related.getString("data[0].slug"));
        assertTrue(score(related, byRare) > score(related, byCommon), related.prettify());
        assertEquals(12, related.getList("data").size());
    }

    @Test
    void theNearerDateRanksHigher() {
        CreatedTag shared = TagFixtures.createTag("related-decay");
        CreatedArticle story = article().tag(shared.id()).publishedAt(T0);
        CreatedArticle far = article().tag(shared.id()).publishedAt(T0.minus(61, ChronoUnit.DAYS));
        CreatedArticle near = article().tag(shared.id()).publishedAt(T0.plus(1, ChronoUnit.DAYS));

        JsonPath related = related(story, 4).statusCode(200).extract().jsonPath();

        assertEquals(List.of(near.slug(), far.slug()), related.getList("data.slug"));
        // Same shared tag: the ratio is the decay alone, 2^(-60 days / 30 days).
        assertEquals(0.25, score(related, far) / score(related, near), 0.001);
    }

    @Test
    void theSamePrimaryTagEarnsABonus() {
        CreatedTag first = TagFixtures.createTag("related-primary");
        CreatedTag second = TagFixtures.createTag("related-secondary");
        CreatedArticle story = article().tag(first.id()).tag(second.id()).publishedAt(T0);
        CreatedArticle otherPrimary = article().tag(second.id()).tag(first.id()).publishedAt(T0.minus(2, ChronoUnit.DAYS));
        CreatedArticle samePrimary = article().tag(first.id()).tag(second.id()).publishedAt(T0.minus(2, ChronoUnit.DAYS));

        JsonPath related = related(story, 4).statusCode(200).extract().jsonPath();

        assertEquals(List.of(samePrimary.slug(), otherPrimary.slug()), related.getList("data.slug"));
        assertEquals(1.5, score(related, samePrimary) / score(related, otherPrimary), 0.001);
        assertEquals(first.slug(), related.getString("data[0].primaryTag.slug"));
    }

    @Test
    void neverItselfADraftOrAnUnpublishedArticle() {
        CreatedTag shared = TagFixtures.createTag("related-visible");
        CreatedArticle story = article().tag(shared.id()).published();
        CreatedArticle draft = article().tag(shared.id()).draft();
        CreatedArticle unpublished = article().tag(shared.id()).published();
        ArticleFixtures.unpublish(unpublished.id());
        CreatedArticle visible = article().tag(shared.id()).published();

        related(story, 12).statusCode(200)
                .body("data.slug", contains(visible.slug()))
                .body("data.slug", not(hasItem(story.slug())))
                .body("data.slug", not(hasItem(draft.slug())))
                .body("data.slug", not(hasItem(unpublished.slug())))
                .body("data[0].id", equalTo(visible.id()))
                .body("data[0].title", equalTo(visible.title()))
                .body("data[0].url", notNullValue())
                .body("data[0].tags[0].slug", equalTo(shared.slug()))
                .body("data[0].score", notNullValue());
    }

    @Test
    void noTagsOrNoSharersIsAnEmptyList() {
        CreatedArticle untagged = article().published();
        related(untagged, 4).statusCode(200).body("data", empty());

        CreatedArticle alone = article().tag(TagFixtures.createTag("related-alone").id()).published();
        related(alone, 4).statusCode(200).body("data", empty());
    }

    @Test
    void aCachedListFollowsItsCandidatesAndItsTags() {
        CreatedTag shared = TagFixtures.createTag("related-cache");
        CreatedArticle story = article().tag(shared.id()).published();
        CreatedArticle leaving = article().tag(shared.id()).published();
        CreatedArticle edited = article().tag(shared.id()).published();
        related(story, 4).statusCode(200).body("data.slug", hasItem(leaving.slug()))
                .header("Surrogate-Key", containsString("article:" + story.id()))
                .header("Surrogate-Key", containsString("tag:" + shared.slug()))
                .header("Surrogate-Key", containsString("list:articles"));

        ArticleFixtures.unpublish(leaving.id());
        related(story, 4).statusCode(200).body("data.slug", contains(edited.slug()));

        String title = edited.title() + " revised";
        Writes.patch(Writes.article(edited.id()), Map.of("title", title));
        related(story, 4).statusCode(200).body("data[0].title", equalTo(title));

        CreatedTag other = TagFixtures.createTag("related-retagged");
        CreatedArticle newcomer = article().tag(other.id()).published();
        Writes.patch(Writes.article(story.id()), Map.of("tagIds", List.of(other.id())));
        related(story, 4).statusCode(200).body("data.slug", contains(newcomer.slug()))
                .header("Surrogate-Key", containsString("tag:" + other.slug()))
                .header("Surrogate-Key", not(containsString("tag:" + shared.slug())));
    }

    @Test
    void limitDefaultsToFourAndGoesUpToTwelve() {
        CreatedTag shared = TagFixtures.createTag("related-limit");
        CreatedArticle story = article().tag(shared.id()).published();
        for (int i = 0; i < 13; i++) {
            article().tag(shared.id()).published();
        }
        given().get(path(story)).then().statusCode(200).body("data.size()", equalTo(4));
        related(story, 12).statusCode(200).body("data.size()", equalTo(12));
        related(story, 1).statusCode(200).body("data.size()", equalTo(1));
    }

    @ParameterizedTest
    @ValueSource(strings = { "0", "13", "-1", "x", "", "1.5", "99999999999999999999" })
    void aLimitOutsideOneToTwelveIs400(String limit) {
        CreatedArticle story = article().published();
        given().queryParam("limit", limit).get(path(story))
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("limit"));
    }

    @Test
    void anUnknownParameterIs400() {
        CreatedArticle story = article().published();
        given().queryParam("count", 3).get(path(story))
                .then().statusCode(400).contentType("application/problem+json")
                .body("code", equalTo("unknown-parameter"));
    }

    @Test
    void anUnknownDraftOrUnpublishedSlugIs404() {
        given().get("/api/v1/articles/no-such-article-anywhere/related")
                .then().statusCode(404).contentType("application/problem+json").body("code", equalTo("not-found"));
        given().get(path(article().draft())).then().statusCode(404);
        CreatedArticle unpublished = article().published();
        ArticleFixtures.unpublish(unpublished.id());
        given().get(path(unpublished)).then().statusCode(404);
    }

    @ParameterizedTest
    @ValueSource(strings = { "<script>alert(1)</script>", "' or 1=1 --", "🚢🌊", "مرحبا\u202E", "x%00y" })
    void aHostileSlugIs404(String slug) {
        String encoded = URLEncoder.encode(slug, StandardCharsets.UTF_8).replace("+", "%20");
        given().urlEncodingEnabled(false).get("/api/v1/articles/" + encoded + "/related")
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void aFormerSlugRedirectsToTheCurrentRelatedList() {
        CreatedArticle story = article().published();
        String moved = story.slug() + "-moved";
        Writes.patch(Writes.article(story.id()), Map.of("slug", moved));

        given().redirects().follow(false).queryParam("limit", 2).get(path(story))
                .then().statusCode(301)
                .header("Location", endsWith("/api/v1/articles/" + moved + "/related?limit=2"));
        given().get("/api/v1/articles/" + moved + "/related").then().statusCode(200);
    }

    @Test
    void anUnchangedListAnswers304() {
        CreatedTag shared = TagFixtures.createTag("related-etag");
        CreatedArticle story = article().tag(shared.id()).published();
        article().tag(shared.id()).published();
        String etag = given().get(path(story)).then().statusCode(200)
                .header("Cache-Control", containsString("public")).extract().header("ETag");

        given().header("If-None-Match", etag).get(path(story)).then().statusCode(304);
        article().tag(shared.id()).published();
        given().header("If-None-Match", etag).get(path(story)).then().statusCode(200);
    }

    private static String path(CreatedArticle article) {
        return "/api/v1/articles/" + article.slug() + "/related";
    }

    private static ValidatableResponse related(CreatedArticle article, int limit) {
        return given().queryParam("limit", limit).get(path(article)).then();
    }

    private static double score(JsonPath related, CreatedArticle article) {
        return related.getDouble("data.find { it.slug == '" + article.slug() + "' }.score");
    }

}
