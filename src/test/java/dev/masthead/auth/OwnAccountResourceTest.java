package dev.masthead.auth;

import static dev.masthead.auth.UserFixtures.bearing;
import static dev.masthead.auth.UserFixtures.createUser;
import static dev.masthead.auth.UserFixtures.login;
import static dev.masthead.auth.UserFixtures.newPassword;
import static dev.masthead.auth.UserFixtures.signIn;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.masthead.auth.ApiKeyFixtures.CreatedKey;
import dev.masthead.auth.UserFixtures.CreatedUser;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

@QuarkusTest
class OwnAccountResourceTest {

    private static final String PASSWORD = "/api/v1/admin/users/me/password";

    @ParameterizedTest
    @ValueSource(strings = { "CONTRIBUTOR", "ADMIN" })
    void changingTheOwnPasswordRetiresTheOldOne(String role) {
        CreatedUser user = createUser("changes-password", role);
        String token = user.token();
        String next = newPassword();

        bearing(token).body(Map.of("currentPassword", user.password(), "newPassword", next))
                .put(PASSWORD)
                .then().statusCode(204);

        login(user.email(), user.password())
                .then().statusCode(401)
                .contentType("application/problem+json")
                .body("code", equalTo("invalid-credentials"));
        bearing(signIn(user.email(), next)).get("/api/v1/admin/tags").then().statusCode(200);
        // Documented: tokens issued before the change stay valid until they expire.
        bearing(token).get("/api/v1/admin/tags").then().statusCode(200);
    }

    @Test
    void aTwelveCharacterNewPasswordIsLongEnough() {
        CreatedUser user = createUser("twelve-chars", "AUTHOR");

        bearing(user.token()).body(Map.of("currentPassword", user.password(), "newPassword", "abcdefghijkl"))
                .put(PASSWORD)
                .then().statusCode(204);

        signIn(user.email(), "abcdefghijkl");
    }

    @Test
    void wrongCurrentPasswordIsProblem400AndChangesNothing() {
        CreatedUser user = createUser("wrong-current", "AUTHOR");
        String attempted = newPassword();

        String body = expectValidationFailed(bearing(user.token())
                        .body(Map.of("currentPassword", "not-" + user.password(), "newPassword", attempted))
                        .put(PASSWORD).then(), "currentPassword")
                .extract().asString();

        assertFalse(body.contains(user.password()), body);
        assertFalse(body.contains(attempted), body);
        signIn(user.email(), user.password());
    }

    @Test
    void shortNewPasswordIsProblem400AndChangesNothing() {
        CreatedUser user = createUser("short-new", "AUTHOR");

        expectValidationFailed(bearing(user.token())
                .body(Map.of("currentPassword", user.password(), "newPassword", "abcdefghijk"))
                .put(PASSWORD).then(), "newPassword");

        signIn(user.email(), user.password());
    }

    @Test
    void missingFieldsAreProblem400NamingThem() {
        CreatedUser user = createUser("missing-fields", "AUTHOR");

        expectValidationFailed(bearing(user.token()).body("{}").put(PASSWORD).then(), "currentPassword")
                .body("errors.field", hasItem("newPassword"));
        expectValidationFailed(bearing(user.token())
                .body(Map.of("currentPassword", user.password(), "newPassword", newPassword(), "email", "x@y.example"))
                .put(PASSWORD).then(), "email");

        signIn(user.email(), user.password());
    }

    @Test
    void anApiKeyHasNoPasswordSoIsProblem403() {
        CreatedKey key = ApiKeyFixtures.createKey("password-key", "content:write");

        bearing(key.secret()).body(Map.of("currentPassword", "anything-at-all", "newPassword", newPassword()))
                .put(PASSWORD)
                .then().statusCode(403)
                .contentType("application/problem+json")
                .body("code", equalTo("forbidden"));
    }

    @Test
    void withoutATokenIsProblem401() {
        given().contentType("application/json")
                .body(Map.of("currentPassword", "anything-at-all", "newPassword", newPassword()))
                .put(PASSWORD)
                .then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", containsString("Bearer"))
                .body("code", equalTo("unauthorized"));
    }

    private static ValidatableResponse expectValidationFailed(ValidatableResponse response, String field) {
        return response.statusCode(400)
                .contentType("application/problem+json")
                .body("code", equalTo("validation-failed"))
                .body("errors.field", hasItem(field));
    }
}
