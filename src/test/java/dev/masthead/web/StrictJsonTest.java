package dev.masthead.web;

import static dev.masthead.auth.AdminSession.asAdmin;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.masthead.Unique;
import dev.masthead.tag.TagFixtures;
import io.quarkus.test.junit.QuarkusTest;

/** What request bodies may hold, found by the hostile campaign: text that survives storage, whole numbers that are whole. */
@QuarkusTest
class StrictJsonTest {

    @ParameterizedTest
    @ValueSource(strings = { "lone \\ud800 high", "\\udfff lone low", "\\ud800\\ud800 two highs", "low first \\udc00\\ud800",
            "ends high \\ud83d" })
    void textWithAnUnpairedSurrogateIsRefusedNamingTheField(String escaped) {
        String body = "{\"name\":\"" + Unique.name("Surrogate") + "\",\"description\":\"" + escaped + "\"}";

        asAdmin().body(body.getBytes(StandardCharsets.UTF_8)).post("/api/v1/admin/tags")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("code", equalTo("validation-failed"))
                .body("errors.field", hasItem("description"));
    }

    @ParameterizedTest
    @ValueSource(strings = { "\\ud83d\\ude80", "🚀", "\\ud834\\udd1e clef" })
    void surrogatePairsAreText(String text) {
        String name = Unique.name("Pair");
        String body = "{\"name\":\"" + name + "\",\"description\":\"" + text + "\"}";

        asAdmin().body(body.getBytes(StandardCharsets.UTF_8)).post("/api/v1/admin/tags")
                .then().statusCode(201)
                .body("data.description", equalTo(text.replace("\\ud83d\\ude80", "🚀").replace("\\ud834\\udd1e", "𝄞")));
    }

    @ParameterizedTest
    @ValueSource(strings = { "1.5", "-0.5", "1.0000001" })
    void aVersionThatIsNotAWholeNumberIsRefused(String version) {
        var tag = TagFixtures.createTag("float-version");

        asAdmin().body("{\"name\":\"" + tag.name() + "\",\"version\":" + version + "}").put("/api/v1/admin/tags/" + tag.id())
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("code", equalTo("validation-failed"))
                .body("errors.field", hasItem("version"));
    }
}
