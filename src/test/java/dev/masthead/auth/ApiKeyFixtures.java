package dev.masthead.auth;

import static dev.masthead.auth.AdminSession.asAdmin;

import java.util.List;
import java.util.Map;

import dev.masthead.Unique;

/** API keys made through the Management API by the test admin. */
public final class ApiKeyFixtures {

    public static final String API_KEYS = "/api/v1/admin/api-keys";

    private ApiKeyFixtures() {
    }

    public record CreatedKey(String id, String name, String prefix, String secret) {
    }

    public static CreatedKey createKey(String prefix, String... scopes) {
        String name = Unique.name(prefix);
        var response = asAdmin().body(Map.of("name", name, "scopes", List.of(scopes)))
                .post(API_KEYS)
                .then().statusCode(201).extract();
        return new CreatedKey(response.path("data.id"), name, response.path("data.prefix"), response.path("data.secret"));
    }
}
