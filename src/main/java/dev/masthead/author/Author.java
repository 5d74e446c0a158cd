package dev.masthead.author;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A byline: the public profile articles are credited to. */
@Entity
@Table(name = "author")
public class Author {

    @Id
    private UUID id;
    @Version
    private long version;
    private String slug;
    private String name;
    private String bio;
    private String avatarUrl;
    private String website;
    private Instant createdAt;
    private Instant updatedAt;

    protected Author() {
    }

    public Author(String slug, String name) {
        this.id = UUID.randomUUID();
        this.slug = slug;
        this.name = name;
        this.createdAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        this.updatedAt = createdAt;
    }

    public void describe(String name, String bio, String avatarUrl, String website) {
        this.name = name;
        this.bio = bio;
        this.avatarUrl = avatarUrl;
        this.website = website;
        touch();
    }

    public void changeSlug(String slug) {
        if (!slug.equals(this.slug)) {
            this.slug = slug;
            touch();
        }
    }

    private void touch() {
        this.updatedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
    }

    public UUID id() { return id; }
    public long version() { return version; }
    public String slug() { return slug; }
    public String name() { return name; }
    public String bio() { return bio; }
    public String avatarUrl() { return avatarUrl; }
    public String website() { return website; }
    public Instant createdAt() { return createdAt; }
    public Instant updatedAt() { return updatedAt; }
}
