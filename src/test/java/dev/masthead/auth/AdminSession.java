package dev.masthead.auth;

import static io.restassured.RestAssured.given;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/** Requests as the bootstrapped test admin (see %test.masthead.admin.* in application.properties). */
public final class AdminSession {

    public static final String EMAIL = "admin@masthead.test";
    public static final String PASSWORD = "test-admin-password";

    private static String token;
    /** The port of the application that issued {@link #token}: a test profile restarts it on a new port. */
    private static int issuedOnPort;

    private AdminSession() {
    }

    public static synchronized String token() {
        // A restarted application has a fresh database, and the admin a new id.
        if (token == null || issuedOnPort != RestAssured.port) {
            token = signIn(given());
            issuedOnPort = RestAssured.port;
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
