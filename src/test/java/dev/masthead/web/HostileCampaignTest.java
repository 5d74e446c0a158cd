package dev.masthead.web;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.masthead.article.ArticleFixtures;
import dev.masthead.auth.AdminSession;
import dev.masthead.auth.ApiKeyFixtures;
import dev.masthead.auth.UserFixtures;
import dev.masthead.author.AuthorFixtures;
import dev.masthead.tag.TagFixtures;
import dev.masthead.webhook.WebhookFixtures;
import dev.masthead.web.CampaignCases.Caller;
import dev.masthead.web.CampaignCases.Case;
import dev.masthead.web.ContractOperations.Operation;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;

/**
 * A hostile-input campaign driven by the committed contract: for every
 * operation, as the admin and anonymously, thousands of requests in all with
 * one thing wrong each (see {@link CampaignCases}). Whatever the request,
 * the answer is never a 5xx, every 4xx is problem+json with the fields the
 * contract promises, no body names a Java class or shows a stack trace, and
 * no forged credential gets in. The seed is fixed, so a failure names a
 * request that fails again.
 */
@QuarkusTest
class HostileCampaignTest {

    private static final Logger LOG = Logger.getLogger(HostileCampaignTest.class);

    private static final long SEED = 20_261_201L;
    /** Operations under way at once (each sends its requests one by one): both cores busy, no more. */
    private static final int CONCURRENCY = 4;
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);
    private static final Duration CAMPAIGN_TIMEOUT = Duration.ofMinutes(5);

    /** Words that only a leaked exception or stack trace would put in a body (input never contains them). */
    private static final List<String> INTERNALS = List.of("Exception", "\tat ", "Caused by", "dev.masthead.",
            "org.hibernate", "io.vertx", "io.quarkus", "java.lang.", "com.fasterxml", "jakarta.", "org.jboss", "org.h2",
            "org.postgresql", "SQLState");

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path REPORT = Path.of("target", "hostile-campaign.tsv");

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(REQUEST_TIMEOUT).build();
    /** The operations the contract says need credentials. */
    private Set<String> secured;

    @Test
    void everyOperationSurvivesTheCampaign() throws Exception {
        String run = Long.toString(System.nanoTime() % 1_000_000_000L, 36);
        CampaignCases generator = new CampaignCases(fixtures(), SEED, run);
        List<Operation> operations = campaignOrder(ContractOperations.read());
        secured = operations.stream().filter(Operation::secured).map(Operation::operationId).collect(Collectors.toSet());
        List<List<Case>> campaign = new ArrayList<>();
        for (Operation op : operations) {
            campaign.add(generator.forOperation(op));
        }

        ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
        Map<Integer, AtomicInteger> statuses = new TreeMap<>();
        Map<String, Long> millisByOperation = new ConcurrentHashMap<>();
        int[][] answered = new int[campaign.size()][];
        long started = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(CONCURRENCY);
        try {
            // One operation's requests one after another, so their order (and so their answers) is
            // the same every run; operations side by side, since each has items of its own.
            List<Future<?>> sent = new ArrayList<>();
            for (int i = 0; i < campaign.size(); i++) {
                List<Case> cases = campaign.get(i);
                int index = i;
                sent.add(pool.submit(() -> {
                    long start = System.nanoTime();
                    answered[index] = cases.stream().mapToInt(c -> check(c, failures, statuses)).toArray();
                    millisByOperation.put(operations.get(index).operationId(), (System.nanoTime() - start) / 1_000_000);
                }));
            }
            long deadline = started + CAMPAIGN_TIMEOUT.toNanos();
            for (Future<?> future : sent) {
                future.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        int requests = campaign.stream().mapToInt(List::size).sum();
        writeReport(campaign, answered);

        LOG.infof("Hostile campaign: %d requests over %d operations in %d ms (seed %d); statuses %s; "
                + "slowest operations (ms) %s", requests, operations.size(), took.toMillis(), SEED, statuses,
                slowest(millisByOperation));
        assertTrue(failures.isEmpty(), failures.size() + " of " + requests + " requests broke the rules (seed " + SEED
                + "):\n" + String.join("\n", failures.stream().sorted().limit(60).toList()));
    }

    private static String slowest(Map<String, Long> millisByOperation) {
        return millisByOperation.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .limit(6).map(Object::toString).toList().toString();
    }

    /** Sign-ins first, so the sign-in throttle's lockout is over long before any later test signs in. */
    private static List<Operation> campaignOrder(List<Operation> operations) {
        return operations.stream().sorted(Comparator.comparing((Operation op) -> op.secured() || !op.management()))
                .toList();
    }

    /** Sends the case and checks its answer; returns the status, or -1 for none. */
    private int check(Case c, ConcurrentLinkedQueue<String> failures,
            Map<Integer, AtomicInteger> statuses) {
        HttpResponse<byte[]> response;
        try {
            response = client.send(request(c), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            failures.add(c + ": no answer (" + e + ")");
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
        int status = response.statusCode();
        synchronized (statuses) {
            statuses.computeIfAbsent(status, s -> new AtomicInteger()).incrementAndGet();
        }
        String body = new String(response.body(), StandardCharsets.UTF_8);
        String broken = brokenRule(c, response, body);
        if (broken != null) {
            failures.add(c + " -> " + status + " " + response.headers().firstValue("Content-Type").orElse("(no type)") + ": "
                    + broken + "; body " + CampaignCases.abbreviate(body.replace('\n', ' ')));
        }
        return status;
    }

    /** Every request and its status, in campaign order, to read when a run fails or looks odd. */
    private static void writeReport(List<List<Case>> campaign, int[][] answered) throws IOException {
        StringBuilder report = new StringBuilder("status\toperation\tcaller\tcase\tmethod\ttarget\n");
        for (int i = 0; i < campaign.size(); i++) {
            for (int j = 0; j < campaign.get(i).size(); j++) {
                Case c = campaign.get(i).get(j);
                report.append(answered[i] == null ? -1 : answered[i][j]).append('\t').append(c.operation()).append('\t')
                        .append(c.caller()).append('\t').append(c.label().replaceAll("\\s", " ")).append('\t')
                        .append(c.method()).append('\t').append(CampaignCases.abbreviate(c.target())).append('\n');
            }
        }
        Files.writeString(REPORT, report.toString());
    }

    /** The first rule the answer breaks, or null. */
    private String brokenRule(Case c, HttpResponse<byte[]> response, String body) {
        int status = response.statusCode();
        if (status >= 500) {
            return "a server error";
        }
        for (String internal : INTERNALS) {
            if (body.contains(internal)) {
                return "leaks '" + internal + "'";
            }
        }
        if (c.caller() != Caller.ADMIN && status < 400 && secured.contains(c.operation())) {
            return "got in without valid credentials";
        }
        if (c.caller() == Caller.FORGED && status < 400) {
            return "a forged credential got in";
        }
        if (status < 400) {
            return null;
        }
        String type = response.headers().firstValue("Content-Type").orElse("");
        if (!type.startsWith("application/problem+json")) {
            return "not problem+json";
        }
        JsonNode problem;
        try {
            problem = JSON.readTree(response.body());
        } catch (IOException e) {
            return "body is not JSON";
        }
        String requestId = response.headers().firstValue(RequestIds.HEADER).orElse(null);
        if (!problem.path("type").asText().startsWith("https://masthead.dev/problems/")
                || problem.path("title").asText().isEmpty() || problem.path("status").asInt() != status
                || problem.path("detail").asText().isEmpty() || problem.path("instance").asText().isEmpty()
                || problem.path("code").asText().isEmpty()) {
            return "a required problem field is missing or wrong";
        }
        if (requestId == null || !requestId.equals(problem.path("requestId").asText())) {
            return "requestId is not the X-Request-Id header";
        }
        return null;
    }

    private HttpRequest request(Case c) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + RestAssured.port + c.target()))
                .timeout(REQUEST_TIMEOUT)
                .method(c.method(), c.body() == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(c.body()));
        c.headers().forEach(request::header);
        if (c.caller() == Caller.ADMIN) {
            request.header("Authorization", "Bearer " + AdminSession.token());
        }
        return request.build();
    }

    /**
     * The campaign's items, made through the API: published ones for the
     * Delivery reads, and a new one for each Management operation that names
     * an item.
     */
    private static CampaignCases.Fixtures fixtures() {
        var tag = TagFixtures.createTag("campaign");
        var author = AuthorFixtures.createAuthor("campaign");
        var published = ArticleFixtures.article().tag(tag.id()).author(author.id()).published();
        Map<String, String> slugs = Map.of("articles", published.slug(), "tags", tag.slug(), "authors", author.slug());
        // An operation on a webhook's delivery points at a delivery of that operation's own webhook.
        Map<String, String> webhooks = new ConcurrentHashMap<>();
        CampaignCases.Items items = (op, collection, slug) -> {
            if (slug) {
                return slugs.get(collection);
            }
            return switch (collection) {
                case "articles" -> ArticleFixtures.article().tag(tag.id()).author(author.id()).draft().id();
                case "tags" -> TagFixtures.createTag("campaign").id();
                case "authors" -> AuthorFixtures.createAuthor("campaign").id();
                case "users" -> UserFixtures.createUser("campaign", "AUTHOR").id();
                case "api-keys" -> ApiKeyFixtures.createKey("campaign", "content:read").id();
                case "webhooks" -> webhooks.computeIfAbsent(op.operationId(),
                        id -> WebhookFixtures.createWebhook("campaign").id());
                case "deliveries" -> WebhookFixtures.ping(webhooks.computeIfAbsent(op.operationId(),
                        id -> WebhookFixtures.createWebhook("campaign").id()));
                // Every article has revision 1, its creation.
                case "revisions" -> "1";
                default -> throw new IllegalStateException("No campaign item for " + op + " in " + collection);
            };
        };
        return new CampaignCases.Fixtures(items, author.id(), tag.id(), forgedCredentials());
    }

    /** Credentials that must never authenticate, several derived from the admin's own token. */
    private static List<String> forgedCredentials() {
        String token = AdminSession.token();
        String[] parts = token.split("\\.");
        Base64.Encoder base64 = Base64.getUrlEncoder().withoutPadding();
        String unsigned = base64.encodeToString("{\"alg\":\"none\"}".getBytes(StandardCharsets.UTF_8)) + "." + parts[1] + ".";
        // Change a character in the middle of the signature: the last one also holds padding bits, and
        // flipping only those leaves the very same signature.
        int middle = parts[2].length() / 2;
        char changed = parts[2].charAt(middle) == 'A' ? 'g' : 'A';
        String flipped = parts[0] + "." + parts[1] + "." + parts[2].substring(0, middle) + changed
                + parts[2].substring(middle + 1);
        return List.of("Bearer a.b.c", "Bearer " + "x".repeat(8_000), "Basic YWRtaW46cGFzc3dvcmQ=", "Bearer", "Bearer  ",
                "Bearer " + unsigned, "Bearer " + flipped, "Bearer " + token.substring(0, token.length() / 2),
                "Bearer mh_" + "0".repeat(40), "Bearer " + token + " extra", "Token " + token,
                "Bearer " + base64.encodeToString("{\"alg\":\"HS256\"}".getBytes(StandardCharsets.UTF_8)) + "."
                        + base64.encodeToString("{\"sub\":\"00000000-0000-0000-0000-000000000000\",\"role\":\"ADMIN\"}"
                                .getBytes(StandardCharsets.UTF_8)) + "." + parts[2]);
    }
}
