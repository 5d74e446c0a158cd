package dev.masthead.auth;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An integrator's key. The secret itself is never stored: only its SHA-256 hash. */
@Entity
@Table(name = "api_key")
public class ApiKey {

    @Id
    private UUID id;
    private String name;
    private String prefix;
    private String secretHash;
    private String scopes;
    private Instant createdAt;
    private Instant lastUsedAt;
    private Instant revokedAt;

    protected ApiKey() {
    }

    ApiKey(String name, String prefix, String secretHash, Set<Scope> scopes) {
        this.id = UUID.randomUUID();
        this.name = name;
        this.prefix = prefix;
        this.secretHash = secretHash;
        this.scopes = scopes.stream().map(Scope::value).sorted().collect(Collectors.joining(" "));
        this.createdAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
    }

    void revoke() {
        this.revokedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
    }

    void usedAt(Instant when) {
        this.lastUsedAt = when.truncatedTo(ChronoUnit.MICROS);
    }

    boolean isRevoked() {
        return revokedAt != null;
    }

    public UUID id() { return id; }
    public String name() { return name; }
    public String prefix() { return prefix; }
    public Instant createdAt() { return createdAt; }
    public Instant lastUsedAt() { return lastUsedAt; }

    public Set<Scope> scopes() {
        return Arrays.stream(scopes.split(" ")).map(Scope::of).collect(Collectors.toSet());
    }
}
