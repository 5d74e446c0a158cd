package dev.masthead.article;

import static dev.masthead.auth.AdminSession.asAdmin;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.masthead.Unique;

/** Builds articles through the Management API, as an editor would. */
public final class ArticleFixtures {

    private ArticleFixtures() {
    }

    public record CreatedArticle(String id, String slug, String title, int version) {
    }

    public static Builder article() {
        return new Builder();
    }

    public static final class Builder {
        private final Map<String, Object> body = new LinkedHashMap<>();
        private final List<String> authorIds = new ArrayList<>();
        private final List<String> tagIds = new ArrayList<>();

        Builder() {
            body.put("title", Unique.name("Story"));
            body.put("markdown", "A first paragraph about the harbour.\n\n## Background\n\nMore text follows here.");
        }

        public Builder title(String title) {
            body.put("title", title);
            return this;
        }

        public Builder markdown(String markdown) {
            body.put("markdown", markdown);
            return this;
        }

        public Builder set(String field, Object value) {
            body.put(field, value);
            return this;
        }

        public Builder author(String authorId) {
            authorIds.add(authorId);
            return this;
        }

        public Builder tag(String tagId) {
            tagIds.add(tagId);
            return this;
        }

        public Map<String, Object> body() {
            Map<String, Object> copy = new LinkedHashMap<>(body);
            if (!authorIds.isEmpty()) {
                copy.put("authorIds", authorIds);
            }
            if (!tagIds.isEmpty()) {
                copy.put("tagIds", tagIds);
            }
            return copy;
        }

        /** Creates it as a draft. */
        public CreatedArticle draft() {
            var response = asAdmin().body(body()).post("/api/v1/admin/articles").then().statusCode(201).extract();
            return new CreatedArticle(response.path("data.id"), response.path("data.slug"),
                    response.path("data.title"), response.path("data.version"));
        }

        /** Creates and publishes it now. */
        public CreatedArticle published() {
            return publish(draft(), null);
        }

        /** Creates and publishes it at a moment in the past. */
        public CreatedArticle publishedAt(Instant at) {
            return publish(draft(), at);
        }
    }

    public static CreatedArticle publish(CreatedArticle article, Instant at) {
        var request = asAdmin();
        if (at != null) {
            request.body(Map.of("publishedAt", at.toString()));
        }
        var response = request.post("/api/v1/admin/articles/" + article.id() + "/publish")
                .then().statusCode(200).extract();
        return new CreatedArticle(article.id(), article.slug(), article.title(), response.path("data.version"));
    }

    public static void unpublish(String id) {
        asAdmin().post("/api/v1/admin/articles/" + id + "/unpublish").then().statusCode(200);
    }

    public static int version(String id) {
        return asAdmin().get("/api/v1/admin/articles/" + id).then().statusCode(200).extract().path("data.version");
    }
}
