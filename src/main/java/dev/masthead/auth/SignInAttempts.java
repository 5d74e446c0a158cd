package dev.masthead.auth;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

/**
 * The sign_in_attempt table that every replica shares (see {@link LoginThrottle}).
 * Each method is its own short transaction and, apart from {@link #prune},
 * inserts new rows or changes one row found by its id: no statement but the
 * prune holds one row while it waits for another, so sign-ins never wait on
 * each other in a cycle.
 */
@ApplicationScoped
class SignInAttempts {

    private final EntityManager entityManager;

    SignInAttempts(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Records an attempt under each subject; committed before the caller counts, so every replica sees it. */
    @Transactional(TxType.REQUIRES_NEW)
    void add(Instant at, List<Row> rows) {
        for (Row row : rows) {
            entityManager.createNativeQuery("insert into sign_in_attempt (id, subject, attempted_at, succeeded) "
                            + "values (?1, ?2, ?3, false)")
                    .setParameter(1, row.id())
                    .setParameter(2, row.subject())
                    .setParameter(3, OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
                    .executeUpdate();
        }
    }

    /**
     * When the {@code index}-th latest (from 0) of the subject's attempts that
     * count was made, or empty when fewer count. An attempt counts if it was made
     * after {@code since}, did not succeed, and no success of the same subject
     * came at or after it.
     */
    @Transactional(TxType.REQUIRES_NEW)
    Optional<Instant> latest(String subject, Instant since, int index) {
        List<?> found = entityManager.createNativeQuery("""
                        select a.attempted_at from sign_in_attempt a
                        where a.subject = ?1 and a.attempted_at > ?2 and not a.succeeded
                          and not exists (select 1 from sign_in_attempt s
                                          where s.subject = a.subject and s.succeeded and s.attempted_at >= a.attempted_at)
                        order by a.attempted_at desc
                        offset ?3 rows fetch next 1 rows only""", OffsetDateTime.class)
                .setParameter(1, subject)
                .setParameter(2, OffsetDateTime.ofInstant(since, ZoneOffset.UTC))
                .setParameter(3, index)
                .getResultList();
        return found.stream().findFirst().map(at -> ((OffsetDateTime) at).toInstant());
    }

    /** The attempt succeeded: under an account subject its row now clears the failures before it. */
    @Transactional(TxType.REQUIRES_NEW)
    void succeeded(UUID id) {
        entityManager.createNativeQuery("update sign_in_attempt set succeeded = true where id = ?1")
                .setParameter(1, id).executeUpdate();
    }

    @Transactional(TxType.REQUIRES_NEW)
    void remove(UUID id) {
        entityManager.createNativeQuery("delete from sign_in_attempt where id = ?1")
                .setParameter(1, id).executeUpdate();
    }

    /** Deletes every attempt made before {@code before}; answers how many. */
    @Transactional(TxType.REQUIRES_NEW)
    int prune(Instant before) {
        return entityManager.createNativeQuery("delete from sign_in_attempt where attempted_at < ?1")
                .setParameter(1, OffsetDateTime.ofInstant(before, ZoneOffset.UTC)).executeUpdate();
    }

    record Row(UUID id, String subject) {
    }
}
