package dev.masthead.article;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import dev.masthead.author.Author;
import dev.masthead.tag.Tag;
import dev.masthead.text.RenderedText;

/**
 * An article and its rules: it starts as a draft, may be scheduled, is
 * published at a moment and may be taken back (by hand or at its expiry); its authors and tags keep their order (the first of
 * each is primary). Rendered HTML, plaintext and counts are always derived
 * from the Markdown source, never set on their own.
 */
@Entity
@Table(name = "article")
public class Article {

    @Id
    private UUID id;
    @Version
    private long version;
    private String slug;
    private String title;
    private String markdown;
    private String html;
    private String plaintext;
    private String excerpt;
    private boolean customExcerpt;
    private int wordCount;
    private int readingTimeMinutes;
    @Embedded
    private FeatureImage featureImage;
    private boolean featured;
    @Embedded
    private Seo seo;
    @Enumerated(EnumType.STRING)
    private ArticleStatus status;
    private Instant publishedAt;
    private Instant publishAt;
    private Instant unpublishAt;
    private Instant createdAt;
    private Instant updatedAt;

    @ManyToMany
    @JoinTable(name = "article_author", joinColumns = @JoinColumn(name = "article_id"),
            inverseJoinColumns = @JoinColumn(name = "author_id"))
    @OrderColumn(name = "position")
    private List<Author> authors = new ArrayList<>();

    @ManyToMany
    @JoinTable(name = "article_tag", joinColumns = @JoinColumn(name = "article_id"),
            inverseJoinColumns = @JoinColumn(name = "tag_id"))
    @OrderColumn(name = "position")
    private List<Tag> tags = new ArrayList<>();

    protected Article() {
    }

    /** A new article is always a draft. */
    public Article(String slug) {
        this.id = UUID.randomUUID();
        this.slug = slug;
        this.status = ArticleStatus.DRAFT;
        this.createdAt = now();
        this.updatedAt = createdAt;
    }

    /**
     * Replaces the editable content. {@code customExcerpt} null means "derive
     * it from the text".
     */
    public void revise(String title, String markdown, RenderedText rendered, String customExcerpt,
            String derivedExcerpt, boolean featured, FeatureImage featureImage, Seo seo) {
        this.title = title;
        this.markdown = markdown;
        this.html = rendered.html();
        this.plaintext = rendered.plaintext();
        this.wordCount = rendered.wordCount();
        this.readingTimeMinutes = rendered.readingTimeMinutes();
        this.customExcerpt = customExcerpt != null;
        this.excerpt = customExcerpt != null ? customExcerpt : derivedExcerpt;
        this.featured = featured;
        this.featureImage = featureImage;
        this.seo = seo == null || seo.isEmpty() ? null : seo;
        touch();
    }

    public void credit(List<Author> authors) {
        this.authors.clear();
        this.authors.addAll(authors);
        touch();
    }

    public void file(List<Tag> tags) {
        this.tags.clear();
        this.tags.addAll(tags);
        touch();
    }

    public void changeSlug(String slug) {
        if (!slug.equals(this.slug)) {
            this.slug = slug;
            touch();
        }
    }

    /**
     * Publishes at {@code at}; publishing a published article moves its date.
     * A pending schedule is used up; an expiry stays.
     */
    public void publish(Instant at) {
        this.status = ArticleStatus.PUBLISHED;
        this.publishedAt = at.truncatedTo(ChronoUnit.MICROS);
        this.publishAt = null;
        touch();
    }

    /** Takes the article back to draft; it leaves the Delivery API at once, and no schedule or expiry is left. */
    public void unpublish() {
        this.status = ArticleStatus.DRAFT;
        this.publishedAt = null;
        this.publishAt = null;
        this.unpublishAt = null;
        touch();
    }

    /** Queues a draft (or moves a queued one) to go out at {@code publishAt}, and to come down at {@code unpublishAt}. */
    public void schedule(Instant publishAt, Instant unpublishAt) {
        this.status = ArticleStatus.SCHEDULED;
        this.publishAt = publishAt.truncatedTo(ChronoUnit.MICROS);
        this.unpublishAt = unpublishAt == null ? null : unpublishAt.truncatedTo(ChronoUnit.MICROS);
        touch();
    }

    /** Takes a scheduled article out of the queue, back to draft. */
    public void unschedule() {
        this.status = ArticleStatus.DRAFT;
        this.publishAt = null;
        this.unpublishAt = null;
        touch();
    }

    /** Sets or (null) clears when a scheduled or published article comes down. */
    public void expire(Instant unpublishAt) {
        this.unpublishAt = unpublishAt == null ? null : unpublishAt.truncatedTo(ChronoUnit.MICROS);
        touch();
    }

    public boolean isPublished() {
        return status == ArticleStatus.PUBLISHED;
    }

    public boolean isScheduled() {
        return status == ArticleStatus.SCHEDULED;
    }

    private void touch() {
        this.updatedAt = now();
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }

    public UUID id() { return id; }
    public long version() { return version; }
    public String slug() { return slug; }
    public String title() { return title; }
    public String markdown() { return markdown; }
    public String html() { return html; }
    public String plaintext() { return plaintext; }
    public String excerpt() { return excerpt; }
    public boolean hasCustomExcerpt() { return customExcerpt; }
    public int wordCount() { return wordCount; }
    public int readingTimeMinutes() { return readingTimeMinutes; }
    public FeatureImage featureImage() { return featureImage; }
    public boolean featured() { return featured; }
    public Seo seo() { return seo; }
    public ArticleStatus status() { return status; }
    public Instant publishedAt() { return publishedAt; }
    public Instant publishAt() { return publishAt; }
    public Instant unpublishAt() { return unpublishAt; }
    public Instant createdAt() { return createdAt; }
    public Instant updatedAt() { return updatedAt; }
    public List<Author> authors() { return List.copyOf(authors); }
    public List<Tag> tags() { return List.copyOf(tags); }
}
