package dev.masthead.tag;

import static dev.masthead.auth.AdminSession.asAdmin;

import java.util.Map;

import dev.masthead.Unique;

public final class TagFixtures {

    private TagFixtures() {
    }

    public record CreatedTag(String id, String slug, String name) {
    }

    /** A new tag with a unique name (and so a unique slug). */
    public static CreatedTag createTag(String prefix) {
        String name = Unique.name(prefix);
        var response = asAdmin().body(Map.of("name", name)).post("/api/v1/admin/tags")
                .then().statusCode(201).extract();
        return new CreatedTag(response.path("data.id"), response.path("data.slug"), name);
    }
}
