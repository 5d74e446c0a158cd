package dev.masthead.web;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import dev.masthead.web.problem.Problem;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/**
 * The committed contract is the one the code generates and the one the
 * service serves, and every operation in it is complete.
 */
@QuarkusTest
class OpenApiContractTest {

    private static final Path GENERATED = Path.of("target", "openapi", "openapi.yaml");
    private static final String REGENERATE = "the code and openapi/openapi.yaml differ; if the change is meant, "
            + "regenerate the contract: ./mvnw package -DskipTests && cp target/openapi/openapi.yaml openapi/openapi.yaml";
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");

    @Test
    void committedContractIsExactlyTheGeneratedOne() throws IOException {
        assertEquals(Files.readString(ContractValidation.CONTRACT), Files.readString(GENERATED), REGENERATE);
    }

    @Test
    void servedContractIsTheCommittedOne() throws IOException {
        JsonNode served = new ObjectMapper().readTree(given().queryParam("format", "json").get("/q/openapi")
                .then().statusCode(200).extract().asString());
        assertEquals(committed(), served, "/q/openapi serves another contract: " + REGENERATE);
    }

    @Test
    void swaggerUiIsServed() {
        given().get("/q/swagger-ui/").then().statusCode(200).contentType(org.hamcrest.Matchers.containsString("text/html"));
    }

    @Test
    void everyOperationIsNamedDescribedTaggedAndAnswersProblemsAsProblemJson() throws IOException {
        JsonNode contract = committed();
        List<String> operationIds = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : contract.get("paths").properties()) {
            for (Map.Entry<String, JsonNode> entry : path.getValue().properties()) {
                if (!METHODS.contains(entry.getKey())) {
                    continue;
                }
                String where = entry.getKey().toUpperCase() + " " + path.getKey();
                JsonNode operation = entry.getValue();
                assertNotNull(operation.get("operationId"), where + " has no operationId");
                operationIds.add(operation.get("operationId").asText());
                assertNotNull(operation.get("summary"), where + " has no summary");
                assertTrue(operation.path("tags").size() == 1, where + " needs one tag");
                boolean admin = path.getKey().startsWith("/api/v1/admin/") && !path.getKey().endsWith("/auth/token");
                boolean preview = path.getKey().startsWith("/api/v1/preview/");
                assertEquals(admin || preview, !operation.path("security").isEmpty(),
                        where + ": admin operations and draft previews, and only they, need a security scheme");
                if (preview) {
                    assertTrue(operation.path("responses").has("401"), where + " does not document 401");
                }
                assertTrue(operation.has("security"), where + " must say its security, even when it is none");
                if (admin) {
                    assertTrue(operation.path("responses").has("401"), where + " does not document 401");
                    assertTrue(operation.path("responses").has("403"), where + " does not document 403");
                    assertTrue(operation.path("responses").has("429"), where + " does not document 429");
                }
                assertTrue(operation.path("responses").has("400"), where + " does not document 400");
                for (Map.Entry<String, JsonNode> response : operation.get("responses").properties()) {
                    if (response.getKey().startsWith("4") || response.getKey().startsWith("5")) {
                        JsonNode resolved = resolve(contract, response.getValue());
                        assertEquals("#/components/schemas/Problem",
                                resolved.path("content").path(Problem.MEDIA_TYPE).path("schema").path("$ref").asText(),
                                where + " " + response.getKey() + " is not a problem+json Problem");
                    }
                }
            }
        }
        assertEquals(operationIds.size(), Set.copyOf(operationIds).size(), "operationIds must be unique");
        assertTrue(operationIds.containsAll(List.of("listArticles", "getArticleBySlug", "listRelatedArticles", "listRecentPosts", "listTags",
                "getTagBySlug", "listAuthors", "getAuthorBySlug", "createArticle", "createToken")));
    }

    /** What ContractRules promises of every operation, read back from the committed contract. */
    @Test
    void everyOperationListsTheSharedAnswersItsShapeCallsFor() throws IOException {
        JsonNode contract = committed();
        for (Map.Entry<String, JsonNode> path : contract.get("paths").properties()) {
            for (Map.Entry<String, JsonNode> entry : path.getValue().properties()) {
                String where = entry.getKey().toUpperCase() + " " + path.getKey();
                JsonNode operation = entry.getValue();
                JsonNode responses = operation.path("responses");
                List<String> expected = new ArrayList<>(List.of("400", "406", "500", "503"));
                if (path.getKey().contains("{")) {
                    expected.add("404");
                }
                if (operation.has("requestBody")) {
                    expected.addAll(List.of("413", "415"));
                }
                boolean ifMatch = false;
                for (JsonNode parameter : operation.path("parameters")) {
                    if (parameter.path("in").asText().equals("header") && parameter.path("name").asText().equals("If-Match")) {
                        ifMatch = true;
                        assertTrue(parameter.path("description").asText().contains("`*` matches any version"),
                                where + " does not say what If-Match: * does");
                    }
                }
                if (ifMatch) {
                    expected.add("412");
                    if (!entry.getKey().equals("post")) {
                        expected.add("428");
                    }
                }
                // A draft preview is never cached: no validator, no 304 (PreviewResource).
                if (entry.getKey().equals("get") && !path.getKey().startsWith("/api/v1/admin/")
                        && !path.getKey().startsWith("/api/v1/preview/")) {
                    expected.add("304");
                    for (String header : List.of("ETag", "Cache-Control", "Surrogate-Key")) {
                        assertTrue(responses.path("200").path("headers").has(header), where + " 200 has no " + header);
                    }
                }
                for (String status : expected) {
                    assertTrue(responses.has(status), where + " does not document " + status);
                }
            }
        }
        JsonNode shared = contract.path("components").path("responses");
        assertTrue(shared.path(ApiContract.SERVICE_UNAVAILABLE).path("headers").has("Retry-After"));
        assertTrue(shared.path(ApiContract.METHOD_NOT_ALLOWED).path("headers").has("Allow"));
        assertTrue(contract.path("info").path("description").asText().contains("#/components/responses/MethodNotAllowed"));
    }

    @Test
    void deliveryAndManagementViewsAreDistinctSchemas() throws IOException {
        JsonNode schemas = committed().path("components").path("schemas");
        assertFalse(schemas.path("Article").path("properties").has("markdown"));
        assertFalse(schemas.path("Article").path("properties").has("status"));
        assertFalse(schemas.path("ArticleSummary").path("properties").has("version"));
        assertTrue(schemas.path("ArticleAdmin").path("properties").has("markdown"));
        assertTrue(schemas.path("ArticleAdmin").path("properties").has("version"));
        for (JsonNode schema : schemas) {
            assertFalse(schema.path("properties").has("passwordHash"), "no schema may carry a password hash");
        }
    }

    private static JsonNode committed() throws IOException {
        return new ObjectMapper(new YAMLFactory()).readTree(ContractValidation.CONTRACT.toFile());
    }

    private static JsonNode resolve(JsonNode contract, JsonNode node) {
        String ref = node.path("$ref").asText("");
        if (ref.isEmpty()) {
            return node;
        }
        JsonNode target = contract;
        for (String part : ref.substring(2).split("/")) {
            target = target.path(part);
        }
        return target;
    }
}
