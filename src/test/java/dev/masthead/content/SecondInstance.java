package dev.masthead.content;

import static io.restassured.RestAssured.given;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;

import dev.masthead.auth.AdminSession;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/**
 * A second replica: the packaged jar started beside the one the integration
 * test runs, on the same PostgreSQL database (the pg profile), on its own port.
 */
final class SecondInstance implements AutoCloseable {

    private static final Duration STARTUP = Duration.ofSeconds(60);

    private final Process process;
    private final int port;

    private SecondInstance(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    static SecondInstance start() throws IOException, InterruptedException {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        String java = ProcessHandle.current().info().command().orElse("java");
        Process process = new ProcessBuilder(java, "-Dquarkus.profile=pg", "-Dquarkus.http.port=" + port,
                "-Dquarkus.flyway.clean-at-start=false", "-jar", "target/quarkus-app/quarkus-run.jar")
                .redirectErrorStream(true)
                .redirectOutput(new File("target/second-instance.log"))
                .start();
        SecondInstance instance = new SecondInstance(process, port);
        Instant deadline = Instant.now().plus(STARTUP);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the second instance exited; see target/second-instance.log");
            }
            try {
                if (instance.request().get("/q/health/ready").statusCode() == 200) {
                    return instance;
                }
            } catch (Exception notListeningYet) {
                // keep waiting
            }
            Thread.sleep(200);
        }
        instance.close();
        throw new IllegalStateException("the second instance was not ready within " + STARTUP);
    }

    RequestSpecification request() {
        return given().port(port);
    }

    /** Signs in on this instance: each instance signs its own tokens in the pg profile. */
    RequestSpecification asAdmin() {
        String token = AdminSession.signIn(request());
        return request().header("Authorization", "Bearer " + token).contentType(ContentType.JSON);
    }

    @Override
    public void close() {
        process.destroy();
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
