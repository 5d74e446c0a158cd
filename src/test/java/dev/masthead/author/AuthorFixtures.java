package dev.masthead.author;

import static dev.masthead.auth.AdminSession.asAdmin;

import java.util.Map;

import dev.masthead.Unique;

public final class AuthorFixtures {

    private AuthorFixtures() {
    }

    public record CreatedAuthor(String id, String slug, String name) {
    }

    /** A new author profile with a unique name (and so a unique slug). */
    public static CreatedAuthor createAuthor(String prefix) {
        String name = Unique.name(prefix);
        var response = asAdmin().body(Map.of("name", name, "bio", "Writes about " + prefix))
                .post("/api/v1/admin/authors")
                .then().statusCode(201).extract();
        return new CreatedAuthor(response.path("data.id"), response.path("data.slug"), name);
    }
}
