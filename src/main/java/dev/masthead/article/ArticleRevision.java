package dev.masthead.article;

import java.io.Serializable;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/**
 * One kept revision of an article: written once, never changed (history is
 * not rewritten; a restore is a new revision). {@code snapshot} is the
 * {@link ArticleSnapshot} as JSON text.
 */
@Entity
@Table(name = "article_revision")
@IdClass(ArticleRevision.Key.class)
class ArticleRevision {

    @Id
    private UUID articleId;
    @Id
    private int number;
    private Instant createdAt;
    @Enumerated(EnumType.STRING)
    private RevisionActor.Kind actorKind;
    private UUID actorId;
    private String actorName;
    private String changedFields;
    private String snapshot;

    protected ArticleRevision() {
    }

    ArticleRevision(UUID articleId, int number, RevisionActor actor, List<String> changedFields, String snapshot) {
        this.articleId = articleId;
        this.number = number;
        this.createdAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        this.actorKind = actor.kind();
        this.actorId = actor.id();
        this.actorName = actor.name();
        this.changedFields = String.join(",", changedFields);
        this.snapshot = snapshot;
    }

    int number() { return number; }
    Instant createdAt() { return createdAt; }
    RevisionActor actor() { return new RevisionActor(actorKind, actorId, actorName); }
    List<String> changedFields() { return fields(changedFields); }
    String snapshot() { return snapshot; }

    static List<String> fields(String joined) {
        return joined.isEmpty() ? List.of() : Arrays.asList(joined.split(","));
    }

    /** The composite key (article, number), as JPA wants it for {@link IdClass}. */
    public static class Key implements Serializable {
        private UUID articleId;
        private int number;

        public Key() {
        }

        Key(UUID articleId, int number) {
            this.articleId = articleId;
            this.number = number;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.number == number && Objects.equals(key.articleId, articleId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(articleId, number);
        }
    }
}
