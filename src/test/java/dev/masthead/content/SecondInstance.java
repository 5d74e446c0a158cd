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
public final class SecondInstance implements AutoCloseable {

    private static final Duration STARTUP = Duration.ofSeconds(60);

    private final Process process;
    private final int port;
    private String token;

    private SecondInstance(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    public static SecondInstance start() throws IOException, InterruptedException {
        return start("second-instance");
    }

    /** Starts one, logging to {@code target/<log>.log}: a restarted instance keeps its predecessor's log apart. */
    public static SecondInstance start(String log) throws IOException, InterruptedException {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        String java = ProcessHandle.current().info().command().orElse("java");
        Process process = new ProcessBuilder(java, "-Dquarkus.profile=pg", "-Dquarkus.http.port=" + port,
                "-Dquarkus.flyway.clean-at-start=false", "-jar", "target/quarkus-app/quarkus-run.jar")
                .redirectErrorStream(true)
                .redirectOutput(new File("target/" + log + ".log"))
                .start();
        SecondInstance instance = new SecondInstance(process, port);
        Instant deadline = Instant.now().plus(STARTUP);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the second instance exited; see target/" + log + ".log");
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

    public RequestSpecification request() {
        return given().port(port);
    }

    /** Signs in on this instance once: each instance signs its own tokens in the pg profile. */
    public synchronized RequestSpecification asAdmin() {
        if (token == null) {
            token = AdminSession.signIn(request());
        }
        return request().header("Authorization", "Bearer " + token).contentType(ContentType.JSON);
    }

    /**
     * Kills it without warning, as {@code kill -9} does ({@link Process#destroyForcibly()} sends SIGKILL
     * on Linux): no shutdown hook runs, nothing in flight is finished. Answers the exit status, 137 for SIGKILL.
     */
    public int kill() throws InterruptedException {
        process.destroyForcibly();
        return process.waitFor();
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
