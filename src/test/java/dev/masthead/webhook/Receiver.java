package dev.masthead.webhook;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A webhook endpoint on 127.0.0.1 for tests: records every request (path,
 * headers with lower-case names, body, when it came and when it was
 * answered) and answers from a script, then with the default answer.
 */
final class Receiver implements AutoCloseable {

    record Answer(int status, Map<String, String> headers, String body, Duration delay) {
        static Answer status(int status) {
            return new Answer(status, Map.of(), "", Duration.ZERO);
        }

        Answer header(String name, String value) {
            Map<String, String> all = new HashMap<>(headers);
            all.put(name, value);
            return new Answer(status, all, body, delay);
        }

        Answer body(String text) {
            return new Answer(status, headers, text, delay);
        }

        Answer after(Duration wait) {
            return new Answer(status, headers, body, wait);
        }
    }

    record Request(String path, Map<String, List<String>> headers, String body, Instant received, Instant answered) {
        String header(String name) {
            List<String> values = headers.get(name);
            return values == null || values.isEmpty() ? null : values.get(0);
        }
    }

    private final HttpServer server;
    private final ConcurrentLinkedQueue<Answer> script = new ConcurrentLinkedQueue<>();
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private final AtomicInteger inProgress = new AtomicInteger();
    private volatile Answer otherwise = Answer.status(204);

    private Receiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/", this::handle);
        server.start();
    }

    static Receiver start() {
        try {
            return new Receiver();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The answers to the next requests, in order. */
    Receiver answers(Answer... answers) {
        script.addAll(List.of(answers));
        return this;
    }

    /** The answer once the script is spent. */
    Receiver otherwise(Answer answer) {
        otherwise = answer;
        return this;
    }

    String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    List<Request> requests() {
        return new ArrayList<>(requests);
    }

    /** Requests come and not yet answered. */
    int inProgress() {
        return inProgress.get();
    }

    /** Waits until {@code count} requests matching {@code which} came; answers all requests so far. */
    List<Request> await(int count, Predicate<Request> which, Duration within) {
        Instant deadline = Instant.now().plus(within);
        while (true) {
            List<Request> seen = requests.stream().filter(which).toList();
            if (seen.size() >= count) {
                return seen;
            }
            if (Instant.now().isAfter(deadline)) {
                fail("Received " + seen.size() + " matching requests of " + count + " within " + within
                        + "; all: " + requests.stream().map(Request::body).toList());
            }
            sleep(Duration.ofMillis(25));
        }
    }

    List<Request> await(int count, Duration within) {
        return await(count, request -> true, within);
    }

    private void handle(HttpExchange exchange) throws IOException {
        Instant received = Instant.now();
        String body;
        try (InputStream in = exchange.getRequestBody()) {
            body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        // From here the request counts as in progress; one whose sender died before its body came never does.
        inProgress.incrementAndGet();
        Map<String, List<String>> headers = new HashMap<>();
        exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(), List.copyOf(values)));
        try {
            Answer answer = script.poll();
            if (answer == null) {
                answer = otherwise;
            }
            sleep(answer.delay());
            answer.headers().forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
            byte[] bytes = answer.body().getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(answer.status(), bytes.length == 0 ? -1 : bytes.length);
            if (bytes.length > 0) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(bytes);
                }
            }
        } catch (IOException e) {
            // The sender gave up (a timeout test) or died (a killed replica): the request still came.
        } finally {
            exchange.close();
            requests.add(new Request(exchange.getRequestURI().getPath(), headers, body, received, Instant.now()));
            inProgress.decrementAndGet();
        }
    }

    static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
