package dev.masthead.content;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;

/**
 * What a tag and an author have in common: an id, a version for If-Match, a
 * name, and a slug the Delivery API addresses them by. Each keeps its own
 * fields and the rules of describing itself.
 */
@MappedSuperclass
public abstract class SluggedItem {

    @Id
    private UUID id;
    @Version
    private long version;
    private String slug;
    private String name;
    private Instant createdAt;
    private Instant updatedAt;

    protected SluggedItem() {
    }

    protected SluggedItem(String slug, String name) {
        this.id = UUID.randomUUID();
        this.slug = slug;
        this.name = name;
        this.createdAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        this.updatedAt = createdAt;
    }

    public void changeSlug(String slug) {
        if (!slug.equals(this.slug)) {
            this.slug = slug;
            touch();
        }
    }

    protected void rename(String name) {
        this.name = name;
        touch();
    }

    protected void touch() {
        this.updatedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
    }

    public UUID id() { return id; }
    public long version() { return version; }
    public String slug() { return slug; }
    public String name() { return name; }
    public Instant createdAt() { return createdAt; }
    public Instant updatedAt() { return updatedAt; }
}
