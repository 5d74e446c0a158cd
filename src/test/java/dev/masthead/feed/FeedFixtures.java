package dev.masthead.feed;

import static dev.masthead.auth.AdminSession.asAdmin;
import static io.restassured.RestAssured.given;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;

import dev.masthead.Unique;

/** What feed tests make and read besides the feeds: articles as the Delivery API shows them. */
final class FeedFixtures {

    static final String SITE = "https://news.example.com";
    static final String SITE_NAME = "The Masthead Test Gazette";
    static final String SITE_DESCRIPTION = "Tests' own newsroom";

    private FeedFixtures() {
    }

    /** An article as its Delivery page shows it, with its Last-Modified. */
    record Shown(String id, String slug, String title, String excerpt, String html, Instant publishedAt,
            Instant updatedAt, Instant lastModified) {
    }

    static Shown shown(String slug) {
        var response = given().get("/api/v1/articles/" + slug).then().statusCode(200).extract();
        return new Shown(response.path("data.id"), slug, response.path("data.title"), response.path("data.excerpt"),
                response.path("data.html"), Instant.parse(response.path("data.publishedAt")),
                Instant.parse(response.path("data.updatedAt")), httpDate(response.header("Last-Modified")));
    }

    static Instant httpDate(String value) {
        return ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
    }

    /** An author with an avatar, which AuthorFixtures does not give. */
    static Map<String, String> authorWithAvatar(String prefix) {
        String name = Unique.name(prefix);
        String avatar = "https://images.example.com/" + name.hashCode() + ".png";
        var response = asAdmin().body(Map.of("name", name, "avatarUrl", avatar)).post("/api/v1/admin/authors")
                .then().statusCode(201).extract();
        return Map.of("id", response.path("data.id"), "slug", response.path("data.slug"), "name", name, "avatar", avatar);
    }

    /** A tag with a description, which TagFixtures does not give. */
    static Map<String, String> tagWithDescription(String prefix, String description) {
        String name = Unique.name(prefix);
        var response = asAdmin().body(Map.of("name", name, "description", description)).post("/api/v1/admin/tags")
                .then().statusCode(201).extract();
        return Map.of("id", response.path("data.id"), "slug", response.path("data.slug"), "name", name);
    }
}
