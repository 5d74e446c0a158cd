package dev.masthead.content;

import static dev.masthead.auth.AdminSession.asAdmin;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import dev.masthead.Unique;
import dev.masthead.content.SluggedItemKind.Item;
import dev.masthead.web.MergePatch;
import dev.masthead.web.problem.ValidationProblem;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;

/** Replacing, merge-patching and deleting a tag or an author, each guarded by its version. */
@QuarkusTest
class SluggedItemChangeContractTest {

    // --- replace --------------------------------------------------------------------------

    @ParameterizedTest
    @EnumSource(SluggedItemKind.class)
    void putWithIfMatchReplacesTheItemAndBumpsTheVersion(SluggedItemKind kind) {
        Item item = kind.create("replace");
        String name = Unique.name("Replaced");

        ValidatableResponse replaced = asAdmin().header("If-Match", "\"0\"").body(kind.bodyWithEveryField(name))
                .put(kind.adminPath(item))
                .then().statusCode(200)
                .contentType("application/json")
                .header("ETag", "\"1\"")
                .body("data.id", equalTo(item.id()))
                .body("data.name", equalTo(name))
                .body("data.slug", equalTo(item.slug()))
                .body("data.version", equalTo(1));
        kind.optionalFields().forEach((field, value) -> replaced.body("data." + field, equalTo(value)));
        given().get(kind.publicPath(item)).then().statusCode(200).body("data.name", equalTo(name));
    }

    @ParameterizedTest
    @EnumSource(SluggedItemKind.class)
    void putRemovesTheFieldsItLeavesOut(SluggedItemKind kind) {
        Item item = kind.create("put-omits");
        asAdmin().header("If-Match", "\"0\"").body(kind.bodyWithEveryField(item.name())).put(kind.adminPath(item))
                .then().statusCode(200);

        ValidatableResponse replaced = asAdmin().header("If-Match", "\"1\"").body(Map.of("name", item.name()))
                .put(kind.adminPath(item))
                .then().statusCode(200).header("ETag", "\"2\"").body("data.slug", equalTo(item.slug()));
        kind.optionalFields().keySet().forEach(field -> replaced.body("data", not(hasKey(field))));
    }

    @ParameterizedTest
    @EnumSource(SluggedItemKind.class)
    void putWithTheVersionInTheBodyReplacesTheItem(SluggedItemKind kind) {
        Item item = kind.create("body-version");

        asAdmin().body(Map.of("name", "Versioned " + item.name(), kind.textField(), "Updated", "version", 0))
                .put(kind.adminPath(item))
                .then().statusCode(200)
                .header("ETag", "\"1\"")
                .body("data.name", equalTo("Versioned " + item.name()))
                .body("data." + kind.textField(), equalTo("Updated"))
                .body("data.version", equalTo(1));
    }

    @ParameterizedTest
    @EnumSource(SluggedItemKind.class)
    void putWithANewSlugMovesTheItem(SluggedItemKind kind) {
        Item item = kind.create("moving");
        String renamed = item.slug() + "-moved";

        asAdmin().header("If-Match", "\"0\"").body(Map.of("name", item.name(), "slug", renamed)).put(kind.adminPath(item))
                .then().statusCode(200).body("data.slug", equalTo(renamed));
        given().get(kind.publicPath() + "/" + renamed).then().statusCode(200).body("data.id", equalTo(item.id()));
        given().get(kind.publicPath(item)).then().statusCode(404);
    }

    @ParameterizedTest
    @EnumSource(SluggedItemKind.class)
    void putWithAnotherItemsSlugIsProblem409AndChangesNothing(SluggedItemKind kind) {
        Item item = kind.create("mine");
        Item other = kind.create("theirs");

        asAdmin().header("If-Match", "\"0\"").body(Map.of("name", item.name(), "slug", other.slug()))
                .put(kind.adminPath(item))
                .then().statusCode(409)
                .contentType("application/problem+json")
                .body("code", equalTo("slug-taken"));
        asAdmin().get(kind.adminPath(item)).then().body("data.slug", equalTo(item.slug())).body("data.version", equalTo(0));
    }

    @ParameterizedTest
    @EnumSource(SluggedItemKind.class)
    void putWithAStaleIfMatchIsProblem412AndChangesNothing(SluggedItemKind kind) {
        Item item = kind.create("stale-put");
        asAdmin().header("If-Match", "\"0\"").body(Map.of("name", item.name(), kind.textField(), "First edit"))
                .put(kind.adminPath(item)).then().statusCode(200);

        asAdmin().header("If-Match", "\"0\"").body(Map.of("name", item.name(), kind.textField(), "Lost edit"))
                .put(kind.adminPath(item))
                .then().statusCode(412)
                .contentType("application/problem+json")
                .body("type", equalTo("https://masthead.dev/problems/stale-version"))
                .body("status", equalTo(412))
                .body("code", equalTo("stale-version"))
                .body("detail", notNullValue());
        asAdmin().get(kind.adminPath(item)).then().body("data." + kind.textField(), equalTo("First edit"));
    }

    @ParameterizedTest
    @EnumSource(SluggedItemKind.class)
    void putWithAStaleBodyVersionIsProblem412(SluggedItemKind kind) {
        Item item = kind.create("stale-body");

        asAdmin().body(Map.of("name", item.name(), "version", 7)).put(kind.adminPath(item))
                .then().statusCode(412).contentType("application/problem+json").body("code", equalTo("stale-version"));
    }

    @ParameterizedTest
    @EnumSource(SluggedItemKind.class)
    void putWithAnEtagWeNeverIssuedIsProblem412(SluggedItemKind kind) {
        Item item = kind.create("foreign-etag");

        asAdmin().header("If-Match", "\"abc\"").body(Map.of("name", item.name())).put(kind.adminPath(item))
                .then().statusCode(412).contentType("application/problem+json").body("code", equalTo("stale-version"));
    }

    @ParameterizedTest
    @EnumSource(SluggedItemKind.class)
    void putWithoutAnyVersionIsProblem428(SluggedItemKind kind) {
        Item item = kind.create("no-version");

        asAdmin().body(Map.of("name", "Blind overwrite")).put(kind.adminPath(item))
                .then().statusCode(428)
                .contentType("application/problem+json")
                .body("type", equalTo("https://masthead.dev/problems/precondition-required"))
                .body("status", equalTo(428))
                .body("code", equalTo("precondition-required"))
                .body("detail", containsString("If-Match"));
        asAdmin().get(kind.adminPath(item)).then().body("data.name", equalTo(item.name()));
    }

    @ParameterizedTest
    @EnumSource(SluggedItemKind.class)
    void putWithAnInvalidBodyIsProblem400(SluggedItemKind kind) {
        Item item = kind.create("invalid-put");

        ValidationProblem.expect(asAdmin().header("If-Match", "\"0\"").body(Map.of("name", ""))
                .put(kind.adminPath(item)).then(), "name");
    }

    // --- merge patch ----------------------------------------------------------------------

    @ParameterizedTest
    @EnumSource(SluggedItemKind.class)
    void patchChangesOnlyTheGivenField(SluggedItemKind kind) {
        Item item = kind.create("patched");
        asAdmin().header("If-Match", "\"0\"").body(kind.bodyWithEveryField(item.name())).put(kind.adminPath(item))
                .then().statusCode(200);

        ValidatableResponse patched = mergePatch("\"1\"").body(Map.of(kind.textField(), "Revised"))
                .patch(kind.adminPath(item))
                .then().statusCode(200)
                .contentType("application/json")
                .header("ETag", "\"2\"")
                .body("data." + kind.textField(), equalTo("Revised"))
                .body("data.name", equalTo(item.name()))
                .body("data.slug", equalTo(item.slug()))
                .body("data.version", equalTo(2));
        kind.optionalFields().forEach((field, value) -> {
            if (!field.equals(kind.textField())) {
                patched.body("data." + field, equalTo(value));
            }
        });
    }

    @ParameterizedTest
    @EnumSource(SluggedItemKind.class)
    void patchWithNullRemovesTheField(SluggedItemKind kind) {
        Item item = kind.create("unset");
        asAdmin().header("If-Match", "\"0\"").body(Map.of("name", item.name(), kind.textField(), "Soon gone"))
                .put(kind.adminPath(item)).then().statusCode(200);

        mergePatch("\"1\"").body("{\"" + kind.textField() + "\": null}").patch(kind.adminPath(item))
                .then().statusCode(200)
                .body("data", not(hasKey(kind.textField())))
                .body("data.name", equalTo(item.name()));
        given().get(kind.publicPath(item)).then().statusCode(200).body("data." + kind.textField(), nullValue());
    }

    @ParameterizedTest
    @EnumSource(SluggedItemKind.class)
    void patchWithTheVersionInTheBodyIsAccepted(SluggedItemKind kind) {
        Item item = kind.create("patch-body-version");

        asAdmin().contentType(MergePatch.MEDIA_TYPE).body(Map.of(kind.textField(), "With version", "version", 0))
                .patch(kind.adminPath(item))
                .then().statusCode(200)
                .body("data." + kind.textField(), equalTo("With version"))
                .body("data.version", equalTo(1));
    }

    @ParameterizedTest
    @EnumSource(SluggedItemKind.class)
    void patchWithPlainJsonIsProblem415(SluggedItemKind kind) {
        Item item = kind.create("plain-json");

        asAdmin().header("If-Match", "\"0\"").body(Map.of(kind.textField(), "Wrong type")).patch(kind.adminPath(item))
                .then().statusCode(415)
                .contentType("application/problem+json")
                .body("type", equalTo("https://masthead.dev/problems/unsupported-media-type"))
                .body("code", equalTo("unsupported-media-type"));
        asAdmin().get(kind.adminPath(item)).then().body("data.version", equalTo(0));
    }

    @ParameterizedTest
    @EnumSource(SluggedItemKind.class)
    void patchWithoutAnyVersionIsProblem428(SluggedItemKind kind) {
        Item item = kind.create("patch-428");

        asAdmin().contentType(MergePatch.MEDIA_TYPE).body(Map.of(kind.textField(), "Unversioned"))
                .patch(kind.adminPath(item))
                .then().statusCode(428).contentType("application/problem+json")
                .body("code", equalTo("precondition-required"));
    }

    @ParameterizedTest
    @EnumSource(SluggedItemKind.class)
    void patchWithAStaleIfMatchIsProblem412(SluggedItemKind kind) {
        Item item = kind.create("patch-412");

        mergePatch("\"3\"").body(Map.of(kind.textField(), "Late")).patch(kind.adminPath(item))
                .then().statusCode(412).contentType("application/problem+json")
                .body("code", equalTo("stale-version"));
    }

    @ParameterizedTest
    @EnumSource(SluggedItemKind.class)
    void patchThatBreaksARuleIsProblem400(SluggedItemKind kind) {
        Item item = kind.create("patch-400");

        ValidationProblem.expect(mergePatch("\"0\"").body(Map.of("slug", "Not A Slug")).patch(kind.adminPath(item)).then(),
                "slug");
    }

    @ParameterizedTest
    @EnumSource(SluggedItemKind.class)
    void patchWithAnUnknownPropertyIsProblem400(SluggedItemKind kind) {
        Item item = kind.create("patch-unknown");

        mergePatch("\"0\"").body(Map.of("colour", "red")).patch(kind.adminPath(item))
                .then().statusCode(400).contentType("application/problem+json")
                .body("code", equalTo("validation-failed"))
                .body("errors.field", contains("colour"));
    }

    @ParameterizedTest
    @EnumSource(SluggedItemKind.class)
    void patchThatIsNotAnObjectIsProblem400(SluggedItemKind kind) {
        Item item = kind.create("patch-array");

        mergePatch("\"0\"").body("[]").patch(kind.adminPath(item))
                .then().statusCode(400).contentType("application/problem+json").body("status", equalTo(400));
    }

    // --- delete ---------------------------------------------------------------------------

    @ParameterizedTest
    @EnumSource(SluggedItemKind.class)
    void deleteWithoutIfMatchIsProblem428(SluggedItemKind kind) {
        Item item = kind.create("delete-428");

        asAdmin().delete(kind.adminPath(item))
                .then().statusCode(428).contentType("application/problem+json")
                .body("code", equalTo("precondition-required"));
        asAdmin().get(kind.adminPath(item)).then().statusCode(200);
    }

    @ParameterizedTest
    @EnumSource(SluggedItemKind.class)
    void deleteWithAStaleIfMatchIsProblem412(SluggedItemKind kind) {
        Item item = kind.create("delete-412");

        asAdmin().header("If-Match", "\"5\"").delete(kind.adminPath(item))
                .then().statusCode(412).contentType("application/problem+json")
                .body("code", equalTo("stale-version"));
        asAdmin().get(kind.adminPath(item)).then().statusCode(200);
    }

    /** An item on no article: for an author that is the only kind that may go (see AuthorAdminResourceTest). */
    @ParameterizedTest
    @EnumSource(SluggedItemKind.class)
    void deleteAnswers204AndTheItemIsGone(SluggedItemKind kind) {
        Item item = kind.create("delete-204");

        asAdmin().header("If-Match", "\"0\"").delete(kind.adminPath(item)).then().statusCode(204).body(equalTo(""));

        asAdmin().get(kind.adminPath(item)).then().statusCode(404).contentType("application/problem+json");
        given().get(kind.publicPath(item)).then().statusCode(404).contentType("application/problem+json");
        asAdmin().header("If-Match", "\"0\"").delete(kind.adminPath(item)).then().statusCode(404);
    }

    private static RequestSpecification mergePatch(String ifMatch) {
        return asAdmin().contentType(MergePatch.MEDIA_TYPE).header("If-Match", ifMatch);
    }
}
