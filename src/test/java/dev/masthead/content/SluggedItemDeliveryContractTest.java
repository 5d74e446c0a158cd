package dev.masthead.content;

import static dev.masthead.auth.AdminSession.asAdmin;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

import dev.masthead.Unique;
import dev.masthead.content.SluggedItemKind.Item;
import dev.masthead.web.MergePatch;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;

/** A tag or an author as the public sees it: by slug and in the list, with its count of published articles. */
@QuarkusTest
class SluggedItemDeliveryContractTest {

    @ParameterizedTest
    @EnumSource(SluggedItemKind.class)
    void listIsAnEnvelopeWithPagingMetaAndCachingHeaders(SluggedItemKind kind) {
        kind.create("envelope");

        Response response = given().get(kind.publicPath());
        response.then().statusCode(200)
                .contentType("application/json")
                .header("ETag", notNullValue())
                .header("Cache-Control", containsString("public"))
                .header("Cache-Control", containsString("max-age="))
                .header("Cache-Control", containsString("stale-while-revalidate="))
                .header("Surrogate-Key", containsString(kind.listSurrogateKey()))
                .body("data", notNullValue())
                .body("data.size()", lessThanOrEqualTo(20))
                .body("data", everyItem(hasKey("articleCount")))
                .body("meta.page", equalTo(1))
                .body("meta.pageSize", equalTo(20))
                .body("meta.total", greaterThanOrEqualTo(1))
                .body("meta.totalPages", greaterThanOrEqualTo(1));
        int total = response.path("meta.total");
        assertEquals((total + 19) / 20, (int) response.path("meta.totalPages"));
    }

    @ParameterizedTest
    @EnumSource(SluggedItemKind.class)
    void listIsSortedByName(SluggedItemKind kind) {
        String base = Unique.name("sorting");
        String charlie = createNamed(kind, base + " charlie");
        String alpha = createNamed(kind, base + " alpha");
        String bravo = createNamed(kind, base + " bravo");

        List<String> mine = allSlugs(kind).stream()
                .filter(slug -> slug.equals(alpha) || slug.equals(bravo) || slug.equals(charlie))
                .toList();

        assertEquals(List.of(alpha, bravo, charlie), mine);
    }

    @ParameterizedTest
    @EnumSource(SluggedItemKind.class)
    void listEntriesCarryTheDeliveryFieldsOnly(SluggedItemKind kind) {
        Item item = kind.create("fields");
        asAdmin().contentType(MergePatch.MEDIA_TYPE).header("If-Match", "\"0\"").body(kind.optionalFields())
                .patch(kind.adminPath(item)).then().statusCode(200);

        Map<String, Object> entry = findInList(kind, item.slug());

        assertEquals(item.id(), entry.get("id"));
        assertEquals(item.name(), entry.get("name"));
        kind.optionalFields().forEach((field, value) -> assertEquals(value, entry.get(field), field));
        assertEquals(0, entry.get("articleCount"));
        String page = kind == SluggedItemKind.TAG ? "/tag/" : "/author/";
        assertEquals("https://news.example.com" + page + item.slug(), entry.get("url"));
        List<String> keys = new ArrayList<>(List.of("articleCount", "id", "name", "slug", "url"));
        keys.addAll(kind.optionalFields().keySet());
        assertEquals(keys.stream().sorted().toList(), entry.keySet().stream().sorted().toList());
    }

    @ParameterizedTest
    @EnumSource(SluggedItemKind.class)
    void articleCountCountsPublishedArticlesOnly(SluggedItemKind kind) {
        Item item = kind.create("counted");
        kind.articleWith(item).published();
        kind.articleWith(item).published();
        kind.articleWith(item).draft();

        given().get(kind.publicPath(item)).then().statusCode(200).body("data.articleCount", equalTo(2));
        assertEquals(2, findInList(kind, item.slug()).get("articleCount"));
    }

    /** Two authors credited on one article, or one article filed under two tags. */
    @ParameterizedTest
    @EnumSource(SluggedItemKind.class)
    void anArticleCountsForEachOfItsItems(SluggedItemKind kind) {
        Item first = kind.create("first");
        Item second = kind.create("second");
        kind.articleWith(first, second).published();

        given().get(kind.publicPath(first)).then().statusCode(200).body("data.articleCount", equalTo(1));
        given().get(kind.publicPath(second)).then().statusCode(200).body("data.articleCount", equalTo(1));
    }

    @ParameterizedTest
    @EnumSource(SluggedItemKind.class)
    void itemOnDraftsOnlyIsListedWithZeroArticles(SluggedItemKind kind) {
        Item item = kind.create("draft-only");
        kind.articleWith(item).draft();

        assertEquals(0, findInList(kind, item.slug()).get("articleCount"));
    }

    @ParameterizedTest
    @EnumSource(SluggedItemKind.class)
    void getBySlugShowsTheItem(SluggedItemKind kind) {
        String name = Unique.name("Harbour Affairs");
        var created = asAdmin().body(kind.bodyWithEveryField(name)).post(kind.adminPath())
                .then().statusCode(201).extract();
        String slug = created.path("data.slug");

        ValidatableResponse shown = given().get(kind.publicPath() + "/" + slug)
                .then().statusCode(200)
                .contentType("application/json")
                .header("ETag", notNullValue())
                .header("Cache-Control", containsString("public"))
                .header("Surrogate-Key", containsString(kind.surrogateKey(slug)))
                .body("data.id", equalTo(created.path("data.id")))
                .body("data.slug", equalTo(slug))
                .body("data.name", equalTo(name))
                .body("data.articleCount", equalTo(0))
                .body("data", not(hasKey("version")))
                .body("data", not(hasKey("createdAt")));
        kind.optionalFields().forEach((field, value) -> shown.body("data." + field, equalTo(value)));
    }

    @ParameterizedTest
    @EnumSource(SluggedItemKind.class)
    void unknownSlugIsProblem404(SluggedItemKind kind) {
        String slug = "no-such-" + kind.singular() + "-anywhere";

        given().get(kind.publicPath() + "/" + slug)
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("https://masthead.dev/problems/not-found"))
                .body("title", equalTo("Resource not found"))
                .body("status", equalTo(404))
                .body("code", equalTo("not-found"))
                .body("detail", containsString(slug))
                .body("instance", equalTo(kind.publicPath() + "/" + slug))
                .body("requestId", notNullValue());
    }

    @ParameterizedTest
    @EnumSource(SluggedItemKind.class)
    void conditionalGetOfAnItemAnswers304UntilItChanges(SluggedItemKind kind) {
        Item item = kind.create("conditional");
        String etag = given().get(kind.publicPath(item)).then().statusCode(200).extract().header("ETag");

        given().header("If-None-Match", etag).get(kind.publicPath(item))
                .then().statusCode(304)
                .header("ETag", etag)
                .header("Cache-Control", containsString("max-age="))
                .body(equalTo(""));

        kind.articleWith(item).published();

        String changed = given().header("If-None-Match", etag).get(kind.publicPath(item))
                .then().statusCode(200).body("data.articleCount", equalTo(1))
                .extract().header("ETag");
        assertNotEquals(etag, changed);
    }

    @ParameterizedTest
    @EnumSource(SluggedItemKind.class)
    void conditionalGetOfTheListAnswers304(SluggedItemKind kind) {
        String etag = given().queryParam("pageSize", 5).get(kind.publicPath())
                .then().statusCode(200).extract().header("ETag");

        given().queryParam("pageSize", 5).header("If-None-Match", etag).get(kind.publicPath())
                .then().statusCode(304).header("ETag", etag).body(equalTo(""));
    }

    @ParameterizedTest
    @EnumSource(SluggedItemKind.class)
    void staleEtagGetsTheFullBody(SluggedItemKind kind) {
        Item item = kind.create("stale-etag");

        given().header("If-None-Match", "\"not-the-current-one\"").get(kind.publicPath(item))
                .then().statusCode(200).body("data.slug", equalTo(item.slug()));
    }

    @ParameterizedTest
    @EnumSource(SluggedItemKind.class)
    void pagesWalkTheListAndLinkToEachOther(SluggedItemKind kind) {
        kind.create("page-a");
        kind.create("page-b");
        kind.create("page-c");

        given().queryParam("pageSize", 1).queryParam("page", 2).get(kind.publicPath())
                .then().statusCode(200)
                .body("data.size()", equalTo(1))
                .body("meta.page", equalTo(2))
                .body("meta.pageSize", equalTo(1))
                .body("meta.total", greaterThanOrEqualTo(3))
                .header("Link", containsString("rel=\"next\""))
                .header("Link", containsString("rel=\"prev\""))
                .header("Link", containsString("page=3"))
                .header("Link", containsString("page=1"));
    }

    @ParameterizedTest
    @EnumSource(SluggedItemKind.class)
    void pageBeyondTheEndIsEmpty(SluggedItemKind kind) {
        given().queryParam("pageSize", 100).queryParam("page", 100000).get(kind.publicPath())
                .then().statusCode(200)
                .body("data.size()", equalTo(0))
                .body("meta.page", equalTo(100000));
    }

    @ParameterizedTest
    @EnumSource(SluggedItemKind.class)
    void headAnswersLikeGetWithoutABody(SluggedItemKind kind) {
        Item item = kind.create("head");
        String etag = given().get(kind.publicPath(item)).header("ETag");

        given().head(kind.publicPath(item)).then().statusCode(200).header("ETag", etag).body(equalTo(""));
    }

    static Stream<Arguments> badParameters() {
        return Stream.of(SluggedItemKind.values()).flatMap(kind -> Stream.of(
                arguments(kind, "page=0", "page", "invalid-parameter"),
                arguments(kind, "page=-1", "page", "invalid-parameter"),
                arguments(kind, "page=abc", "page", "invalid-parameter"),
                arguments(kind, "page=1.5", "page", "invalid-parameter"),
                arguments(kind, "page=99999999999", "page", "invalid-parameter"),
                arguments(kind, "pageSize=0", "pageSize", "invalid-parameter"),
                arguments(kind, "pageSize=101", "pageSize", "invalid-parameter"),
                arguments(kind, "pageSize=ten", "pageSize", "invalid-parameter"),
                arguments(kind, "pageSize=2.5", "pageSize", "invalid-parameter"),
                arguments(kind, "pagesize=5", "pagesize", "unknown-parameter"),
                arguments(kind, "sort=name", "sort", "unknown-parameter"),
                arguments(kind, "limit=5", "limit", "unknown-parameter")));
    }

    @ParameterizedTest
    @MethodSource("badParameters")
    void badParametersAreProblem400(SluggedItemKind kind, String query, String field, String code) {
        given().get(kind.publicPath() + "?" + query)
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("code", equalTo(code))
                .body("type", equalTo("https://masthead.dev/problems/" + code))
                .body("instance", equalTo(kind.publicPath()))
                .body("errors.field", hasItem(field));
    }

    @ParameterizedTest
    @EnumSource(SluggedItemKind.class)
    void unknownParameterOnTheItemIsProblem400(SluggedItemKind kind) {
        Item item = kind.create("item-param");

        given().queryParam("expand", "articles").get(kind.publicPath(item))
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("code", equalTo("unknown-parameter"))
                .body("errors.field", hasItem("expand"));
    }

    private static String createNamed(SluggedItemKind kind, String name) {
        return asAdmin().body(Map.of("name", name)).post(kind.adminPath()).then().statusCode(201).extract().path("data.slug");
    }

    private static List<String> allSlugs(SluggedItemKind kind) {
        List<String> slugs = new ArrayList<>();
        for (int page = 1;; page++) {
            Response response = given().queryParam("pageSize", 100).queryParam("page", page).get(kind.publicPath());
            response.then().statusCode(200);
            slugs.addAll(response.path("data.slug"));
            if (page >= (int) response.path("meta.totalPages")) {
                return slugs;
            }
        }
    }

    private static Map<String, Object> findInList(SluggedItemKind kind, String slug) {
        for (int page = 1;; page++) {
            Response response = given().queryParam("pageSize", 100).queryParam("page", page).get(kind.publicPath());
            response.then().statusCode(200);
            Map<String, Object> entry = response.path("data.find { it.slug == '" + slug + "' }");
            if (entry != null) {
                return entry;
            }
            if (page >= (int) response.path("meta.totalPages")) {
                throw new AssertionError(kind.singular() + " " + slug + " is not in the list");
            }
        }
    }
}
