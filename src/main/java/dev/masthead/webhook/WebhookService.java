package dev.masthead.webhook;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.masthead.web.ExpectedVersion;
import dev.masthead.web.MergePatch;
import dev.masthead.web.PageMeta;
import dev.masthead.web.PageParameters;
import dev.masthead.web.problem.InvalidRequestException;
import dev.masthead.web.problem.ItemNotFoundException;
import dev.masthead.web.problem.Problem;
import dev.masthead.web.problem.ProblemException;
import dev.masthead.web.problem.ProblemType;
import io.quarkus.panache.common.Page;

/**
 * Webhooks as admins manage them: endpoints, their secrets (shown once,
 * stored sealed), and their delivery logs. Sending is not done here: a ping
 * or a redelivery is a pending delivery the sender picks up within its poll
 * interval.
 */
@ApplicationScoped
public class WebhookService {

    /** More subscriptions than there are kinds of them would only repeat one. */
    static final int MAX_EVENTS = 20;

    private final WebhookRepository webhooks;
    private final WebhookSecrets secrets;
    private final WebhookTargets targets;
    private final WebhookConfig config;
    private final DeliveryHistory history;
    private final MergePatch mergePatch;
    private final ObjectMapper json;

    WebhookService(WebhookRepository webhooks, WebhookSecrets secrets, WebhookTargets targets, WebhookConfig config,
            DeliveryHistory history, MergePatch mergePatch, ObjectMapper json) {
        this.webhooks = webhooks;
        this.secrets = secrets;
        this.targets = targets;
        this.config = config;
        this.history = history;
        this.mergePatch = mergePatch;
        this.json = json;
    }

    public WebhookPage list(PageParameters paging) {
        Instant now = Instant.now();
        var query = webhooks.webhooks().page(Page.of(paging.page() - 1, paging.pageSize()));
        List<WebhookView> data = query.list().stream().map(webhook -> WebhookView.of(webhook, now)).toList();
        return new WebhookPage(data, PageMeta.counted(paging.page(), paging.pageSize(), query.count(), null));
    }

    public WebhookView get(UUID id) {
        return WebhookView.of(find(id), Instant.now());
    }

    /** A new endpoint with a new secret: the answer is the only place the secret ever shows. */
    @Transactional
    public WebhookWithSecret create(WebhookRequest request) {
        List<String> events = checked(request);
        UUID id = UUID.randomUUID();
        String secret = secrets.generate();
        Webhook webhook = new Webhook(id, secrets.seal(id, secret));
        webhook.describe(request.url(), events, request.description());
        webhook.setActive(request.activeOrDefault());
        webhooks.persist(webhook);
        webhooks.flush();
        return WebhookWithSecret.of(WebhookView.of(webhook, Instant.now()), secret);
    }

    @Transactional
    public WebhookView replace(UUID id, WebhookRequest request, String ifMatch) {
        Webhook webhook = find(id);
        ExpectedVersion.of(ifMatch, request.version()).ifPresent(v -> ExpectedVersion.verify(v, webhook.version()));
        List<String> events = checked(request);
        webhook.describe(request.url(), events, request.description());
        webhook.setActive(request.activeOrDefault());
        webhooks.flush();
        return WebhookView.of(webhook, Instant.now());
    }

    @Transactional
    public WebhookView patch(UUID id, JsonNode patch, String ifMatch) {
        Webhook webhook = find(id);
        WebhookRequest current = new WebhookRequest(webhook.url(), webhook.events(), webhook.description(),
                webhook.active(), null);
        return replace(id, mergePatch.apply(current, patch, WebhookRequest.class), ifMatch);
    }

    /** Its deliveries and their attempts go with it (and its pings); nothing more is sent to it. */
    @Transactional
    public void delete(UUID id, String ifMatch) {
        Webhook webhook = find(id);
        ExpectedVersion.of(ifMatch, null).ifPresent(v -> ExpectedVersion.verify(v, webhook.version()));
        webhooks.delete(webhook);
        webhooks.flush();
        history.forgetOrphanPings();
    }

    /**
     * A new secret signs from now on, and the current one keeps signing for
     * the rotation overlap, so receivers can switch without losing an event.
     * Rotating again during an overlap ends the older secret at once.
     */
    @Transactional
    public WebhookWithSecret rotateSecret(UUID id, String ifMatch) {
        Webhook webhook = find(id);
        ExpectedVersion.check(ifMatch, webhook.version());
        String secret = secrets.generate();
        Instant now = Instant.now();
        webhook.rotate(secrets.seal(id, secret), now.plus(config.rotationOverlap()));
        webhooks.flush();
        return WebhookWithSecret.of(WebhookView.of(webhook, now), secret);
    }

    public WebhookDeliveryPage deliveries(UUID id, PageParameters paging) {
        find(id);
        return history.page(id, paging.page(), paging.pageSize());
    }

    public WebhookDeliveryView delivery(UUID id, UUID delivery) {
        find(id);
        return history.one(id, delivery).orElseThrow(() -> new DeliveryNotFoundException(id, delivery));
    }

    /** The delivery goes out again at once, with the whole retry schedule ahead of it and the same webhook-id. */
    @Transactional
    public WebhookDeliveryView redeliver(UUID id, UUID delivery) {
        requireActive(find(id), "redelivering to it");
        if (!history.redeliver(id, delivery, Instant.now())) {
            history.one(id, delivery).orElseThrow(() -> new DeliveryNotFoundException(id, delivery));
            throw new DeliveryInFlightException();
        }
        return history.one(id, delivery).orElseThrow(() -> new DeliveryNotFoundException(id, delivery));
    }

    /** A signed {@code webhook.ping} to this endpoint alone, whatever it subscribes to. */
    @Transactional
    public WebhookDeliveryView ping(UUID id) {
        Webhook webhook = requireActive(find(id), "pinging it");
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        ObjectNode payload = json.createObjectNode().put("type", WebhookEvents.PING).put("timestamp", now.toString());
        payload.putObject("data").put("webhookId", webhook.id().toString());
        UUID delivery;
        try {
            delivery = history.queue(id, WebhookEvents.PING, json.writeValueAsString(payload), now);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A ping payload is plain JSON", e);
        }
        return history.one(id, delivery).orElseThrow();
    }

    /** The request's subscriptions, each known and listed once, with its URL checked against the target policy. */
    private List<String> checked(WebhookRequest request) {
        targets.accept("url", request.url());
        List<Problem.FieldError> errors = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        List<String> events = request.events();
        for (int i = 0; i < events.size(); i++) {
            String event = events.get(i);
            if (!WebhookEvents.SUBSCRIPTIONS.contains(event)) {
                errors.add(new Problem.FieldError("events[" + i + "]",
                        "unknown event type; one of " + String.join(", ", WebhookEvents.SUBSCRIPTIONS)));
            } else if (!seen.add(event)) {
                errors.add(new Problem.FieldError("events[" + i + "]", "listed twice"));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
        return events;
    }

    private static Webhook requireActive(Webhook webhook, String doing) {
        if (!webhook.active()) {
            throw new WebhookInactiveException(doing);
        }
        return webhook;
    }

    private Webhook find(UUID id) {
        return webhooks.findWebhook(id).orElseThrow(() -> new WebhookNotFoundException(id));
    }

    static class WebhookNotFoundException extends ItemNotFoundException {
        WebhookNotFoundException(UUID id) {
            super("No webhook with id " + id);
        }
    }

    static class DeliveryNotFoundException extends ItemNotFoundException {
        DeliveryNotFoundException(UUID webhook, UUID delivery) {
            super("Webhook " + webhook + " has no delivery " + delivery);
        }
    }

    /** A disabled endpoint is sent nothing, a ping or a redelivery included. */
    static class WebhookInactiveException extends ProblemException {
        WebhookInactiveException(String doing) {
            super(ProblemType.CONFLICT, "The webhook is not active: set active to true before " + doing);
        }
    }

    static class DeliveryInFlightException extends ProblemException {
        DeliveryInFlightException() {
            super(ProblemType.CONFLICT, "The delivery is being sent right now; redeliver it once this attempt is over");
        }
    }
}
