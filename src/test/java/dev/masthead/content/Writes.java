package dev.masthead.content;

import static dev.masthead.auth.AdminSession.asAdmin;

import java.util.Map;

import dev.masthead.web.MergePatch;

/** Management writes the freshness tests make, each with the current version. */
public final class Writes {

    private Writes() {
    }

    public static int version(String adminPath) {
        return asAdmin().get(adminPath).then().statusCode(200).extract().path("data.version");
    }

    /** Merge-patches the resource at {@code adminPath}, e.g. {@code /api/v1/admin/tags/{id}}. */
    public static void patch(String adminPath, Map<String, Object> patch) {
        asAdmin().contentType(MergePatch.MEDIA_TYPE).header("If-Match", "\"" + version(adminPath) + "\"")
                .body(patch).patch(adminPath).then().statusCode(200);
    }

    public static void delete(String adminPath) {
        asAdmin().header("If-Match", "\"" + version(adminPath) + "\"").delete(adminPath).then().statusCode(204);
    }

    public static String article(String id) {
        return "/api/v1/admin/articles/" + id;
    }

    public static String tag(String id) {
        return "/api/v1/admin/tags/" + id;
    }

    public static String author(String id) {
        return "/api/v1/admin/authors/" + id;
    }
}
