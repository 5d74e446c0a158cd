package dev.masthead.webhook;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * An endpoint that is told about content changes. Its signing secret is kept
 * sealed ({@link WebhookSecrets}); during a rotation the previous sealed
 * secret signs too until {@code previousSecretUntil}. {@code events} holds the
 * subscriptions ({@link WebhookEvents#SUBSCRIPTIONS}) joined by commas, in the
 * order given: {@code article.published,tag.*}. The sender disables an
 * endpoint that keeps failing ({@code active = false} with a reason);
 * turning it back on clears the reason.
 */
@Entity
@Table(name = "webhook")
public class Webhook {

    /** The kind of every row the admin API shows; the one WEBSUB row stands for the feeds' hub. */
    public static final String KIND = "WEBHOOK";
    static final String EVENT_SEPARATOR = ",";

    @Id
    private UUID id;
    @Version
    private long version;
    private String kind;
    private String url;
    private String events;
    private String description;
    private boolean active;
    private String secret;
    private String previousSecret;
    private Instant previousSecretUntil;
    private String disabledReason;
    private Instant disabledAt;
    private Instant createdAt;
    private Instant updatedAt;

    protected Webhook() {
    }

    /** A new endpoint; its id is chosen first because the secret is sealed to it. */
    Webhook(UUID id, String sealedSecret) {
        this.id = id;
        this.kind = KIND;
        this.secret = sealedSecret;
        this.createdAt = now();
        this.updatedAt = createdAt;
    }

    void describe(String url, List<String> events, String description) {
        this.url = url;
        this.events = String.join(EVENT_SEPARATOR, events);
        this.description = description;
        touch();
    }

    /** Turns the endpoint on or off; on again, it forgets why it was disabled. */
    void setActive(boolean active) {
        if (active && (!this.active || disabledReason != null)) {
            disabledReason = null;
            disabledAt = null;
        }
        this.active = active;
        touch();
    }

    /** The new sealed secret signs from now on; the one it replaces keeps signing until {@code until}. */
    void rotate(String sealedSecret, Instant until) {
        this.previousSecret = secret;
        this.previousSecretUntil = until.truncatedTo(ChronoUnit.MICROS);
        this.secret = sealedSecret;
        touch();
    }

    private void touch() {
        this.updatedAt = now();
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }

    public UUID id() { return id; }
    public long version() { return version; }
    public String kind() { return kind; }
    public String url() { return url; }
    public String description() { return description; }
    public boolean active() { return active; }
    /** The sealed secret: open it with {@link WebhookSecrets#open}. */
    public String secret() { return secret; }
    /** The sealed previous secret, or null; it signs only until {@link #previousSecretUntil()}. */
    public String previousSecret() { return previousSecret; }
    public Instant previousSecretUntil() { return previousSecretUntil; }
    public String disabledReason() { return disabledReason; }
    public Instant disabledAt() { return disabledAt; }
    public Instant createdAt() { return createdAt; }
    public Instant updatedAt() { return updatedAt; }

    public List<String> events() {
        return Arrays.asList(events.split(EVENT_SEPARATOR));
    }

    /** Whether the previous secret still signs at {@code at}. */
    public boolean inRotation(Instant at) {
        return previousSecret != null && previousSecretUntil != null && previousSecretUntil.isAfter(at);
    }
}
