package dev.masthead.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;

import dev.masthead.Unique;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * Every database connection busy is the database being unavailable to this
 * request: 503 with Retry-After, never a 500. (The pool's own message for it,
 * "Sorry, acquisition timeout!", once slipped past the check and answered 500
 * under load.)
 */
@QuarkusTest
@TestProfile(PoolExhaustedTest.SmallPool.class)
class PoolExhaustedTest {

    public static class SmallPool implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.datasource.jdbc.max-size", "3", "quarkus.datasource.jdbc.acquisition-timeout", "1S",
                    "masthead.delivery.cache.enabled", "false");
        }
    }

    @Inject
    DataSource dataSource;

    @Test
    void aRequestThatCannotGetAConnectionIsAnsweredServiceUnavailable() throws SQLException {
        List<Connection> held = new ArrayList<>();
        try {
            while (held.size() < 3) {
                held.add(dataSource.getConnection());
            }
            given().get("/api/v1/articles/" + Unique.name("busy")).then().statusCode(503)
                    .contentType("application/problem+json")
                    .header("Retry-After", equalTo("5"))
                    .body("code", equalTo("service-unavailable"));
        } finally {
            for (Connection connection : held) {
                connection.close();
            }
        }
        given().get("/api/v1/articles/" + Unique.name("free")).then().statusCode(404);
    }
}
