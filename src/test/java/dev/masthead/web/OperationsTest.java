package dev.masthead.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** What an operator watches: health and Prometheus metrics. */
@QuarkusTest
class OperationsTest {

    @Test
    void healthIsUpWithTheDatabase() {
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"))
                .body(containsString("Database connections health check"));
        given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
        given().get("/q/health/started").then().statusCode(200);
    }

    @Test
    void metricsTimeEachRouteAndWatchTheConnectionPool() {
        given().get("/api/v1/articles/no-such-article-for-metrics").then().statusCode(404);
        given().get("/api/v1/recent-posts").then().statusCode(200);

        given().get("/q/metrics").then().statusCode(200)
                .body(containsString("http_server_requests_seconds_count"))
                .body(containsString("uri=\"/api/v1/articles/{slug}\""))
                .body(containsString("uri=\"/api/v1/recent-posts\""))
                .body(containsString("agroal_active_count"));
    }
}
