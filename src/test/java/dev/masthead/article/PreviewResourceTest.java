package dev.masthead.article;

import static dev.masthead.article.ArticleFixtures.article;
import static dev.masthead.auth.AdminSession.asAdmin;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.masthead.article.ArticleFixtures.CreatedArticle;
import dev.masthead.auth.AdminSession;
import dev.masthead.auth.UserFixtures;
import dev.masthead.author.AuthorFixtures;
import dev.masthead.author.AuthorFixtures.CreatedAuthor;
import dev.masthead.tag.TagFixtures;
import dev.masthead.tag.TagFixtures.CreatedTag;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;

/**
 * Draft previews: a token opens its own article's current state, whatever
 * its status, in the Delivery shape and uncached; any other token, or none,
 * opens nothing, and a preview token is no Management credential.
 */
@QuarkusTest
class PreviewResourceTest {

    private static final String ADMIN = "/api/v1/admin/articles/";
    private static final String PREVIEW = "/api/v1/preview/articles/";
    /** The test profile's masthead.auth.token-secret, from which the preview key is derived. */
    private static final byte[] TEST_SECRET = "test-only-secret-do-not-use-in-production-0123456789"
            .getBytes(StandardCharsets.UTF_8);

    static String tokenFor(String articleId) {
        return asAdmin().post(ADMIN + articleId + "/preview").then().statusCode(200).extract().path("token");
    }

    static Response preview(String articleId, String token) {
        return given().header("Authorization", "Bearer " + token).get(PREVIEW + articleId);
    }

    @Test
    void issuesATokenAnHourLongWithTheFrontendUrl() {
        CreatedArticle draft = article().draft();
        Instant before = Instant.now();

        ValidatableResponse issued = asAdmin().post(ADMIN + draft.id() + "/preview").then().statusCode(200)
                .contentType("application/json").header("Cache-Control", "no-store")
                .body("token", startsWith("mhp_"));
        String token = issued.extract().path("token");
        Instant expiresAt = Instant.parse(issued.extract().path("expiresAt"));

        assertBetween(before.plus(Duration.ofHours(1)), expiresAt);
        issued.body("url", equalTo("https://news.example.com/api/draft?token=" + token + "&slug=" + draft.slug()));
    }

    @Test
    void takesATtlUpToSevenDays() {
        CreatedArticle draft = article().draft();
        Instant before = Instant.now();
        String expiresAt = asAdmin().body(Map.of("ttl", "P7D")).post(ADMIN + draft.id() + "/preview")
                .then().statusCode(200).extract().path("expiresAt");
        assertBetween(before.plus(Duration.ofDays(7)), Instant.parse(expiresAt));
    }

    @ParameterizedTest
    @ValueSource(strings = { "PT59S", "P7DT1S", "P8D", "-PT1H", "PT0S", "an hour", "1h", "" })
    void refusesATtlOutOfRangeOrNotADuration(String ttl) {
        CreatedArticle draft = article().draft();
        asAdmin().body(Map.of("ttl", ttl)).post(ADMIN + draft.id() + "/preview")
                .then().statusCode(400).contentType("application/problem+json")
                .body("code", equalTo("validation-failed")).body("errors[0].field", equalTo("ttl"));
    }

    @Test
    void refusesUnknownMembersAndUnknownArticles() {
        CreatedArticle draft = article().draft();
        asAdmin().body(Map.of("ttl", "PT1H", "article", "x")).post(ADMIN + draft.id() + "/preview")
                .then().statusCode(400).contentType("application/problem+json");
        asAdmin().post(ADMIN + UUID.randomUUID() + "/preview")
                .then().statusCode(404).contentType("application/problem+json").body("code", equalTo("not-found"));
    }

    @Test
    void opensADraftInTheDeliveryShape() {
        CreatedArticle draft = article().markdown("Draft body.\n\n## Later\n\nMore.").draft();

        preview(draft.id(), tokenFor(draft.id())).then().statusCode(200).contentType("application/json")
                .body("data.id", equalTo(draft.id())).body("data.slug", equalTo(draft.slug()))
                .body("data.title", equalTo(draft.title()))
                .body("data.url", equalTo("https://news.example.com/" + draft.slug()))
                .body("data.publishedAt", notNullValue())
                .body("data.html", containsString("<h2 id=\"later\">Later</h2>"))
                .body("data", not(hasKey("status"))).body("data", not(hasKey("version")));
    }

    @Test
    void showsAPublishedArticleExactlyAsTheDeliveryApiDoes() {
        CreatedArticle published = article().set("featureImage", Map.of("url", "https://images.example.com/p.jpg"))
                .set("seo", Map.of("metaTitle", "SEO title")).published();

        Map<String, Object> delivered = given().get("/api/v1/articles/" + published.slug())
                .then().statusCode(200).extract().path("data");
        Map<String, Object> previewed = preview(published.id(), tokenFor(published.id()))
                .then().statusCode(200).extract().path("data");

        assertEquals(delivered, previewed);
    }

    @Test
    void isNeverCachedAndShowsEveryEditAtOnce() {
        CreatedArticle draft = article().draft();
        String token = tokenFor(draft.id());

        preview(draft.id(), token).then().statusCode(200)
                .header("Cache-Control", "private, no-store").header("ETag", nullValue())
                .header("Last-Modified", nullValue()).header("Surrogate-Key", nullValue())
                .body("data.title", equalTo(draft.title()));
        asAdmin().contentType("application/merge-patch+json").header("If-Match", "*")
                .body(Map.of("title", "Edited between two previews")).patch(ADMIN + draft.id())
                .then().statusCode(200);
        preview(draft.id(), token).then().statusCode(200).header("ETag", nullValue())
                .body("data.title", equalTo("Edited between two previews"));
        given().queryParam("token", token).get(PREVIEW + draft.id()).then().statusCode(200)
                .header("Cache-Control", "private, no-store").header("ETag", nullValue())
                .body("data.title", equalTo("Edited between two previews"));
    }

    @Test
    void takesTheTokenAsAQueryParameterToo() {
        CreatedArticle draft = article().draft();
        given().queryParam("token", tokenFor(draft.id())).get(PREVIEW + draft.id())
                .then().statusCode(200).body("data.id", equalTo(draft.id()));
    }

    @Test
    void aTokenOpensItsOwnArticleOnly() {
        CreatedArticle mine = article().draft();
        CreatedArticle other = article().draft();
        String token = tokenFor(mine.id());

        refused(preview(other.id(), token));
        refused(given().queryParam("token", token).get(PREVIEW + other.id()));
        preview(mine.id(), token).then().statusCode(200);
    }

    @Test
    void refusesExpiredTamperedTruncatedForeignOrMissingTokens() {
        CreatedArticle draft = article().draft();
        UUID id = UUID.fromString(draft.id());
        String good = tokenFor(draft.id());
        Clock twoHoursAgo = Clock.fixed(Instant.now().minus(Duration.ofHours(2)), ZoneOffset.UTC);
        String expired = new PreviewTokens(TEST_SECRET, twoHoursAgo).issue(id, Duration.ofHours(1)).token();
        String foreign = new PreviewTokens("another-newsroom-secret-0123456789-abcdefghij".getBytes(StandardCharsets.UTF_8),
                Clock.systemUTC()).issue(id, Duration.ofHours(1)).token();
        int dot = good.indexOf('.');
        char flipped = good.charAt(dot + 3) == 'A' ? 'B' : 'A';
        String tamperedMac = good.substring(0, dot + 3) + flipped + good.substring(dot + 4);
        String otherPayload = new PreviewTokens(TEST_SECRET, Clock.systemUTC()).issue(UUID.randomUUID(), Duration.ofHours(1))
                .token();
        String swappedPayload = otherPayload.substring(0, otherPayload.indexOf('.')) + good.substring(dot);

        for (String bad : new String[] { expired, foreign, tamperedMac, swappedPayload, good.substring(0, good.length() - 1),
                good.substring(0, dot), good.substring(4), "mhp_", "mhp_.", "not a token", AdminSession.token() }) {
            refused(preview(draft.id(), bad));
        }
        refused(given().get(PREVIEW + draft.id()));
        refused(given().header("Authorization", "Basic " + good).get(PREVIEW + draft.id()));
        preview(draft.id(), good).then().statusCode(200);
    }

    @Test
    void aValidTokenForAnArticleThatIsGoneIs404() {
        UUID gone = UUID.randomUUID();
        String token = new PreviewTokens(TEST_SECRET, Clock.systemUTC()).issue(gone, Duration.ofHours(1)).token();
        preview(gone.toString(), token).then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void aPreviewTokenIsNoManagementCredential() {
        CreatedArticle draft = article().draft();
        String token = tokenFor(draft.id());

        for (String path : new String[] { "/api/v1/admin/articles", ADMIN + draft.id(), "/api/v1/admin/tags", "/api/v1/admin/api-keys" }) {
            Response response = UserFixtures.bearing(token).get(path);
            response.then().statusCode(401).contentType("application/problem+json").body("code", equalTo("unauthorized"));
        }
        UserFixtures.bearing(token).post(ADMIN + draft.id() + "/preview").then().statusCode(401);
        UserFixtures.bearing(token).contentType("application/merge-patch+json").header("If-Match", "*")
                .body(Map.of("title", "Through a preview token")).patch(ADMIN + draft.id()).then().statusCode(401);
        assertNotEquals("Through a preview token", asAdmin().get(ADMIN + draft.id()).then().extract().path("data.title"));
    }

    @Test
    void aPreviewedDraftStaysOutOfEveryDeliveryListCountFeedAndSitemap() {
        CreatedTag tag = TagFixtures.createTag("Preview tag");
        CreatedAuthor author = AuthorFixtures.createAuthor("Preview author");
        CreatedArticle draft = article().tag(tag.id()).author(author.id()).draft();
        long total = given().get("/api/v1/articles").then().statusCode(200).extract().<Number>path("meta.total").longValue();

        String token = tokenFor(draft.id());
        preview(draft.id(), token).then().statusCode(200);
        given().queryParam("token", token).get(PREVIEW + draft.id()).then().statusCode(200);

        given().get("/api/v1/articles").then().statusCode(200).body("meta.total", equalTo((int) total));
        given().queryParam("tag", tag.slug()).get("/api/v1/articles").then().statusCode(200)
                .body("data", empty()).body("meta.total", equalTo(0));
        given().queryParam("author", author.slug()).queryParam("cursor", "").get("/api/v1/articles")
                .then().statusCode(200).body("data", empty());
        given().get("/api/v1/articles/" + draft.slug()).then().statusCode(404);
        given().get("/api/v1/tags/" + tag.slug()).then().statusCode(200).body("data.articleCount", equalTo(0));
        given().get("/api/v1/authors/" + author.slug()).then().statusCode(200).body("data.articleCount", equalTo(0));
        given().queryParam("limit", 20).get("/api/v1/recent-posts").then().statusCode(200)
                .body("data.slug", not(hasItem(draft.slug())));
        for (String path : new String[] { "/feeds/rss.xml", "/feeds/atom.xml", "/feeds/feed.json",
                "/feeds/tags/" + tag.slug() + "/rss.xml", "/feeds/authors/" + author.slug() + "/feed.json",
                "/sitemap-news.xml" }) {
            assertAbsent(path, draft);
        }
        String index = given().get("/sitemap.xml").then().statusCode(200).extract().asString();
        Matcher chunk = Pattern.compile("https://news\\.example\\.com(/sitemaps/[a-z]+-\\d+\\.xml)").matcher(index);
        boolean articles = false;
        while (chunk.find()) {
            assertAbsent(chunk.group(1), draft);
            articles |= chunk.group(1).startsWith("/sitemaps/articles-");
        }
        assertTrue(articles, "the index lists the article sitemaps: " + index);
    }

    private static void assertAbsent(String path, CreatedArticle draft) {
        String body = given().get(path).then().statusCode(200).extract().asString();
        assertFalse(body.contains(draft.slug()) || body.contains(draft.id()) || body.contains(draft.title()),
                path + " shows the previewed draft");
    }

    private static void refused(Response response) {
        response.then().statusCode(401).contentType("application/problem+json")
                .body("code", equalTo("invalid-preview-token")).body("status", equalTo(401)).body("data", nullValue());
    }

    private static void assertBetween(Instant expectedAfter, Instant actual) {
        assertTrue(!actual.isBefore(expectedAfter.minusSeconds(1)) && actual.isBefore(expectedAfter.plusSeconds(60)),
                actual + " is not about " + expectedAfter);
    }
}
