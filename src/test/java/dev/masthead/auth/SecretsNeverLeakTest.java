package dev.masthead.auth;

import static dev.masthead.auth.AdminSession.asAdmin;
import static dev.masthead.auth.ApiKeyFixtures.API_KEYS;
import static dev.masthead.auth.UserFixtures.USERS;
import static dev.masthead.auth.UserFixtures.bearing;
import static dev.masthead.auth.UserFixtures.login;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import dev.masthead.Unique;
import dev.masthead.article.ArticleFixtures;
import dev.masthead.auth.ApiKeyFixtures.CreatedKey;
import dev.masthead.auth.UserFixtures.CreatedUser;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * Neither a password, nor its bcrypt hash, nor an API key's secret (or its
 * stored SHA-256) appears in anything the API answers after the key's creation;
 * and the database holds only their hashes.
 */
@QuarkusTest
class SecretsNeverLeakTest {

    private static final List<String> BCRYPT_PREFIXES = List.of("$2a$", "$2b$", "$2y$");

    @Inject
    DataSource dataSource;

    @Test
    void noAnswerCarriesAPasswordAHashOrAKeySecret() throws NoSuchAlgorithmException {
        CreatedUser user = UserFixtures.createUser("keeper-of-secrets", "AUTHOR");
        CreatedKey key = ApiKeyFixtures.createKey("secret-keeper", "content:write");
        List<String> secrets = List.of(user.password(), AdminSession.PASSWORD, key.secret(), sha256Hex(key.secret()));

        String tokenAnswer = login(user.email(), user.password()).then().statusCode(200).extract().asString();
        String token = JsonPath.from(tokenAnswer).getString("token");
        // The account writes and publishes, so it shows as an author everywhere; the key is used, so it has a lastUsedAt.
        String articleId = bearing(token).body(ArticleFixtures.article().body()).post("/api/v1/admin/articles")
                .then().statusCode(201).extract().path("data.id");
        String slug = bearing(token).post("/api/v1/admin/articles/" + articleId + "/publish")
                .then().statusCode(200).extract().path("data.slug");
        bearing(key.secret()).get("/api/v1/admin/articles").then().statusCode(200);
        String authorSlug = asAdmin().get("/api/v1/admin/authors/" + user.authorId())
                .then().statusCode(200).extract().path("data.slug");

        Map<String, String> answers = new LinkedHashMap<>();
        answers.put("token", tokenAnswer);
        answers.put("user", asAdmin().get(USERS + "/" + user.id()).then().statusCode(200).extract().asString());
        answers.put("key", asAdmin().get(API_KEYS + "/" + key.id()).then().statusCode(200).extract().asString());
        answers.put("author", asAdmin().get("/api/v1/admin/authors/" + user.authorId())
                .then().statusCode(200).extract().asString());
        answers.put("article", asAdmin().get("/api/v1/admin/articles/" + articleId)
                .then().statusCode(200).extract().asString());
        answers.put("delivery article", given().get("/api/v1/articles/" + slug)
                .then().statusCode(200).extract().asString());
        answers.put("delivery author", given().get("/api/v1/authors/" + authorSlug)
                .then().statusCode(200).extract().asString());
        addEveryPage(answers, "users", USERS);
        addEveryPage(answers, "keys", API_KEYS);
        addEveryPage(answers, "authors", "/api/v1/admin/authors");
        addEveryPage(answers, "articles", "/api/v1/admin/articles");

        for (Map.Entry<String, String> answer : answers.entrySet()) {
            assertCarriesNone(answer.getKey(), answer.getValue(), secrets);
        }
        assertContainsListed(answers, "users", user.email());
        assertContainsListed(answers, "keys", key.id());
        assertContainsListed(answers, "authors", user.authorId());
        assertContainsListed(answers, "articles", articleId);
    }

    @Test
    void theTokenNamesTheAccountButCarriesNoSecret() {
        CreatedUser user = UserFixtures.createUser("token-holder", "EDITOR");
        CreatedKey key = ApiKeyFixtures.createKey("token-neighbour", "content:read");

        String token = user.token();
        String[] parts = token.split("\\.");
        assertEquals(3, parts.length, token);
        String header = decode(parts[0]);
        String payload = decode(parts[1]);

        assertEquals(user.id(), JsonPath.from(payload).getString("sub"));
        for (String part : List.of(header, payload)) {
            assertCarriesNone("token", part, List.of(user.password(), key.secret(), AdminSession.PASSWORD));
            assertFalse(part.contains(user.email()), "no email needed in the token: " + part);
            assertFalse(part.toLowerCase().contains("password"), part);
        }
    }

    @Test
    void rejectedCredentialsAreNotEchoed() {
        CreatedUser user = UserFixtures.createUser("echo-check", "AUTHOR");
        String wrong = "wrong-" + user.password();

        String failedLogin = login(user.email(), wrong).then().statusCode(401).extract().asString();
        String shortPassword = "tiny-" + UUID.randomUUID().toString().substring(0, 5);
        String rejectedCreate = asAdmin().body(Map.of("email", Unique.name("echo") + "@masthead.test",
                        "password", shortPassword, "role", "AUTHOR", "name", "Echo"))
                .post(USERS).then().statusCode(400).extract().asString();
        String rejectedChange = bearing(user.token())
                .body(Map.of("currentPassword", wrong, "newPassword", "x" + user.password()))
                .put("/api/v1/admin/users/me/password").then().statusCode(400).extract().asString();

        assertCarriesNone("failed sign-in", failedLogin, List.of(wrong, user.password()));
        assertCarriesNone("rejected account", rejectedCreate, List.of(shortPassword));
        assertCarriesNone("rejected password change", rejectedChange, List.of(wrong, "x" + user.password()));
    }

    @Test
    void theDatabaseHoldsPasswordsAndKeySecretsOnlyAsHashes() throws SQLException, NoSuchAlgorithmException {
        CreatedUser user = UserFixtures.createUser("stored-hashed", "AUTHOR");
        String changed = UserFixtures.newPassword();
        bearing(user.token()).body(Map.of("currentPassword", user.password(), "newPassword", changed))
                .put("/api/v1/admin/users/me/password").then().statusCode(204);
        String wrong = "wrong-" + changed;
        login(user.email(), wrong).then().statusCode(401);
        CreatedKey key = ApiKeyFixtures.createKey("stored-hashed", "content:read");
        // The key's shown prefix is stored; the rest of the secret must not be.
        String hiddenPart = key.secret().substring(key.prefix().length());
        List<String> plaintexts = List.of(user.password(), changed, wrong, AdminSession.PASSWORD, key.secret(), hiddenPart);

        Map<String, Map<String, String>> accountRow = rowsOf("account", "id");
        Map<String, Map<String, String>> keyRow = rowsOf("api_key", "id");
        for (String table : List.of("account", "api_key", "sign_in_attempt")) {
            for (Map<String, String> row : rowsOf(table, "id").values()) {
                row.forEach((column, value) -> plaintexts.forEach(plaintext -> assertFalse(
                        value != null && value.contains(plaintext), table + "." + column + " holds a plaintext secret")));
                if (!table.equals("account")) {
                    row.forEach((column, value) -> assertFalse(value != null && value.contains(user.email()),
                            table + "." + column + " holds an email"));
                }
            }
        }

        String passwordHash = accountRow.get(user.id()).get("password_hash");
        assertTrue(passwordHash.matches("\\$2[aby]\\$\\d{2}\\$[./A-Za-z0-9]{53}"), "a bcrypt hash: " + passwordHash);
        assertTrue(AccountService.matches(changed, passwordHash), "the hash is of the current password");
        assertFalse(AccountService.matches(user.password(), passwordHash), "the old password is gone");
        assertEquals(sha256Hex(key.secret()), keyRow.get(key.id()).get("secret_hash"));
    }

    /** Every row of the table, read behind the API's back, each column as text, by the value of {@code key}. */
    private Map<String, Map<String, String>> rowsOf(String table, String key) throws SQLException {
        Map<String, Map<String, String>> rows = new LinkedHashMap<>();
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("select * from " + table)) {
            ResultSetMetaData columns = result.getMetaData();
            while (result.next()) {
                Map<String, String> row = new LinkedHashMap<>();
                for (int i = 1; i <= columns.getColumnCount(); i++) {
                    row.put(columns.getColumnLabel(i).toLowerCase(Locale.ROOT), result.getString(i));
                }
                rows.put(row.get(key), row);
            }
        }
        assertFalse(rows.isEmpty(), table + " has rows");
        return rows;
    }

    private static void addEveryPage(Map<String, String> answers, String name, String path) {
        int page = 1;
        int totalPages;
        do {
            String body = asAdmin().queryParam("page", page).queryParam("pageSize", 100).get(path)
                    .then().statusCode(200).extract().asString();
            answers.put(name + " page " + page, body);
            totalPages = JsonPath.from(body).getInt("meta.totalPages");
            page++;
        } while (page <= totalPages);
    }

    /** Guards the check above against passing because it looked at the wrong pages. */
    private static void assertContainsListed(Map<String, String> answers, String name, String expected) {
        List<String> pages = new ArrayList<>();
        answers.forEach((key, body) -> {
            if (key.startsWith(name + " page ")) {
                pages.add(body);
            }
        });
        assertFalse(pages.isEmpty(), name);
        assertFalse(pages.stream().noneMatch(body -> body.contains(expected)), name + " lists " + expected);
    }

    private static void assertCarriesNone(String what, String body, List<String> secrets) {
        for (String secret : secrets) {
            assertFalse(body.contains(secret), what + " carries a secret: " + body);
        }
        for (String prefix : BCRYPT_PREFIXES) {
            assertFalse(body.contains(prefix), what + " carries a bcrypt hash: " + body);
        }
    }

    private static String decode(String part) {
        return new String(Base64.getUrlDecoder().decode(part), StandardCharsets.UTF_8);
    }

    private static String sha256Hex(String text) throws NoSuchAlgorithmException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    }
}
