package dev.masthead.webhook;

import java.io.ByteArrayOutputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import jakarta.enterprise.context.ApplicationScoped;

import com.standardwebhooks.Webhook;
import com.standardwebhooks.exceptions.WebhookSigningException;

/**
 * Makes one attempt of a delivery: a POST of the message's exact payload,
 * signed per the Standard Webhooks spec (with the previous secret too while
 * a rotation overlaps, space-separated, so a receiver holding either secret
 * verifies it), to a WebSub hub the form {@code hub.mode=publish}.
 * Redirects are not followed (a 3xx is a failure), the whole exchange from
 * connect to the last byte read is bounded by the timeout, and at most
 * {@link OutboxDeliveries#EXCERPT_CHARS} bytes of the answer are read.
 * A webhook's address is checked again before each attempt ({@link WebhookTargets}),
 * so a name that has come to point inside the network since it was saved is
 * not called; the hub is the operator's own setting and is not checked.
 */
@ApplicationScoped
class WebhookSender {

    static final String USER_AGENT = "Masthead-Webhooks";

    private final WebhookSecrets secrets;
    private final WebhookTargets targets;
    private final Duration timeout;
    private final HttpClient client;

    WebhookSender(WebhookSecrets secrets, WebhookTargets targets, WebhookConfig config) {
        this.secrets = secrets;
        this.targets = targets;
        this.timeout = config.timeout();
        this.client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                .version(HttpClient.Version.HTTP_1_1).connectTimeout(timeout).build();
    }

    Attempt send(Claim claim) {
        Instant at = Instant.now();
        Optional<String> refused = claim.hub() ? Optional.empty() : targets.refusal(URI.create(claim.url()));
        if (refused.isPresent()) {
            return new Attempt(at, null, 0, null, "Not sent: the URL " + refused.get(), null);
        }
        HttpRequest request;
        try {
            request = request(claim, at);
        } catch (IllegalArgumentException | WebhookSigningException e) {
            return new Attempt(at, null, 0, null, e.getMessage(), null);
        }
        long started = System.nanoTime();
        CompletableFuture<HttpResponse<String>> exchange = client.sendAsync(request,
                info -> new Excerpt(OutboxDeliveries.EXCERPT_CHARS));
        try {
            HttpResponse<String> response = exchange.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            long took = millisSince(started);
            int status = response.statusCode();
            Duration retryAfter = status == 429 || status == 503
                    ? RetrySchedule.retryAfter(response.headers().firstValue("retry-after").orElse(null), Instant.now())
                    : null;
            String error = status >= 300 && status < 400 ? "Redirects are not followed"
                    + response.headers().firstValue("location").map(location -> " (Location: " + location + ")")
                            .orElse("")
                    : null;
            return new Attempt(at, status, took, response.body(), error, retryAfter);
        } catch (TimeoutException e) {
            exchange.cancel(true);
            return new Attempt(at, null, millisSince(started), null, "No answer within " + seconds(timeout), null);
        } catch (ExecutionException e) {
            return new Attempt(at, null, millisSince(started), null, failure(e.getCause()), null);
        } catch (InterruptedException e) {
            exchange.cancel(true);
            Thread.currentThread().interrupt();
            return new Attempt(at, null, millisSince(started), null, "Stopped while waiting for the answer", null);
        }
    }

    private HttpRequest request(Claim claim, Instant at) throws WebhookSigningException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(claim.url())).timeout(timeout)
                .header("User-Agent", USER_AGENT)
                .POST(HttpRequest.BodyPublishers.ofString(claim.payload(), StandardCharsets.UTF_8));
        if (claim.hub()) {
            return request.header("Content-Type", "application/x-www-form-urlencoded").build();
        }
        String secret = secrets.open(claim.webhook(), claim.secret()).orElseThrow(() -> new IllegalArgumentException(
                "The signing secret cannot be opened: it was sealed under another masthead.webhooks.encryption-key"));
        String id = claim.message().toString();
        long timestamp = at.getEpochSecond();
        String signature = new Webhook(secret).sign(id, timestamp, claim.payload());
        Optional<String> previous = claim.previousSecretUntil() != null && claim.previousSecretUntil().isAfter(at)
                ? secrets.open(claim.webhook(), claim.previousSecret()) : Optional.empty();
        if (previous.isPresent()) {
            signature = signature + " " + new Webhook(previous.get()).sign(id, timestamp, claim.payload());
        }
        return request.header("Content-Type", "application/json")
                .header("webhook-id", id)
                .header("webhook-timestamp", Long.toString(timestamp))
                .header("webhook-signature", signature)
                .build();
    }

    private String failure(Throwable cause) {
        if (cause instanceof HttpTimeoutException) {
            return "No answer within " + seconds(timeout);
        }
        if (cause instanceof ConnectException) {
            return "Cannot connect" + (cause.getMessage() == null ? "" : ": " + cause.getMessage());
        }
        String message = cause.getMessage();
        return "The request failed: " + (message == null ? cause.getClass().getSimpleName() : message);
    }

    private static String seconds(Duration duration) {
        return duration.toMillis() % 1000 == 0 ? duration.toSeconds() + " s" : duration.toMillis() + " ms";
    }

    private static long millisSince(long started) {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
    }

    /** Takes the first bytes of a body, then cancels the rest: a huge or endless answer costs nothing. */
    private static final class Excerpt implements HttpResponse.BodySubscriber<String> {

        private final int limit;
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private final CompletableFuture<String> body = new CompletableFuture<>();
        private Flow.Subscription subscription;

        Excerpt(int limit) {
            this.limit = limit;
        }

        @Override
        public void onSubscribe(Flow.Subscription subscription) {
            this.subscription = subscription;
            subscription.request(1);
        }

        @Override
        public void onNext(List<ByteBuffer> items) {
            for (ByteBuffer item : items) {
                int take = Math.min(item.remaining(), limit - bytes.size());
                byte[] chunk = new byte[take];
                item.get(chunk);
                bytes.write(chunk, 0, take);
            }
            if (bytes.size() >= limit) {
                subscription.cancel();
                finish();
            } else {
                subscription.request(1);
            }
        }

        @Override
        public void onError(Throwable error) {
            finish();
        }

        @Override
        public void onComplete() {
            finish();
        }

        private void finish() {
            body.complete(new String(bytes.toByteArray(), StandardCharsets.UTF_8));
        }

        @Override
        public CompletionStage<String> getBody() {
            return body;
        }
    }
}
