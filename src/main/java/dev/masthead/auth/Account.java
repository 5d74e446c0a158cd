package dev.masthead.auth;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** Someone who signs in to the Management API. Only a password hash is ever stored. */
@Entity
@Table(name = "account")
public class Account {

    @Id
    private UUID id;
    @Version
    private long version;
    private String email;
    private String passwordHash;
    @Enumerated(EnumType.STRING)
    private Role role;
    private String name;
    private UUID authorId;
    private boolean active;
    private Instant createdAt;
    private Instant updatedAt;

    protected Account() {
    }

    public Account(String email, String passwordHash, Role role, String name, UUID authorId) {
        this.id = UUID.randomUUID();
        this.email = normalize(email);
        this.passwordHash = passwordHash;
        this.role = role;
        this.name = name;
        this.authorId = authorId;
        this.active = true;
        this.createdAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        this.updatedAt = createdAt;
    }

    public void rename(String name) {
        this.name = name;
        touch();
    }

    public void changeRole(Role role) {
        this.role = role;
        touch();
    }

    /** A deactivated account's tokens stop working at its next request. */
    public void setActive(boolean active) {
        this.active = active;
        touch();
    }

    public void changePasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
        touch();
    }

    private void touch() {
        this.updatedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
    }

    /** Emails compare case-insensitively; we store them lowercased. */
    public static String normalize(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }

    public UUID id() { return id; }
    public String email() { return email; }
    public String passwordHash() { return passwordHash; }
    public Role role() { return role; }
    public String name() { return name; }
    public UUID authorId() { return authorId; }
    public boolean active() { return active; }
    public long version() { return version; }
    public Instant createdAt() { return createdAt; }
    public Instant updatedAt() { return updatedAt; }
}
