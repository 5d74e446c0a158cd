package dev.masthead.auth;

import static dev.masthead.auth.AdminSession.asAdmin;
import static io.restassured.RestAssured.given;

import java.util.Map;
import java.util.UUID;

import dev.masthead.Unique;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/** Accounts made through the Management API, as an admin would, and signing in as them. */
public final class UserFixtures {

    public static final String USERS = "/api/v1/admin/users";
    public static final String TOKEN = "/api/v1/admin/auth/token";

    private UserFixtures() {
    }

    public record CreatedUser(String id, String email, String password, String name, String role, String authorId,
            int version) {

        /** Signs in and returns a fresh token. */
        public String token() {
            return signIn(email, password);
        }
    }

    /** A new account with a unique email, name and password. */
    public static CreatedUser createUser(String prefix, String role) {
        String name = Unique.name(prefix);
        return createUser(name + "@masthead.test", name, role);
    }

    public static CreatedUser createUser(String email, String name, String role) {
        String password = newPassword();
        var response = asAdmin().body(Map.of("email", email, "password", password, "role", role, "name", name))
                .post(USERS)
                .then().statusCode(201).extract();
        return new CreatedUser(response.path("data.id"), response.path("data.email"), password, name,
                response.path("data.role"), response.path("data.authorId"), response.path("data.version"));
    }

    /** A password no other account has and that no response may ever contain. */
    public static String newPassword() {
        return "pw-" + UUID.randomUUID();
    }

    public static Response login(String email, String password) {
        return given().contentType(ContentType.JSON).body(Map.of("email", email, "password", password)).post(TOKEN);
    }

    public static String signIn(String email, String password) {
        return login(email, password).then().statusCode(200).extract().path("token");
    }

    /** A request bearing the given token or API key secret, with a JSON body type. */
    public static RequestSpecification bearing(String credential) {
        return given().header("Authorization", "Bearer " + credential).contentType(ContentType.JSON);
    }
}
