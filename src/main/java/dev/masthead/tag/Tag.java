package dev.masthead.tag;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A topic articles are filed under; the first tag of an article is its primary one. */
@Entity
@Table(name = "tag")
public class Tag {

    @Id
    private UUID id;
    @Version
    private long version;
    private String slug;
    private String name;
    private String description;
    private Instant createdAt;
    private Instant updatedAt;

    protected Tag() {
    }

    public Tag(String slug, String name) {
        this.id = UUID.randomUUID();
        this.slug = slug;
        this.name = name;
        this.createdAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        this.updatedAt = createdAt;
    }

    public void describe(String name, String description) {
        this.name = name;
        this.description = description;
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
    public String description() { return description; }
    public Instant createdAt() { return createdAt; }
    public Instant updatedAt() { return updatedAt; }
}
