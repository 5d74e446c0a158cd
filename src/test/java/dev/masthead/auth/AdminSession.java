package dev.masthead.auth;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/** Requests as the bootstrapped test admin (see %test.masthead.admin.* in application.properties). */
public final class AdminSession {

    public static final String EMAIL = "admin@masthead.test";
    public static final String PASSWORD = "test-admin-password";

    private static String token;

    private AdminSession() {
    }

    public static synchronized String token() {
        if (token == null) {
            token = signIn(given());
        }
        return token;
    }

    /** Signs the admin in through {@code instance} and answers the token it issued. */
    public static String signIn(RequestSpecification instance) {
        return instance.contentType(ContentType.JSON)
                .body("{\"email\":\"" + EMAIL + "\",\"password\":\"" + PASSWORD + "\"}")
                .post("/api/v1/admin/auth/token")
                .then().statusCode(200)
                .extract().path("token");
    }

    /** A request with the admin's bearer token and a JSON body type. */
    public static RequestSpecification asAdmin() {
        return given().header("Authorization", "Bearer " + token()).contentType(ContentType.JSON);
    }
}
