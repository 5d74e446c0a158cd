package dev.masthead.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.SQLException;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.masthead.web.problem.ProblemType;
import io.quarkus.test.junit.QuarkusTest;

/** The retry and lock rules every content write runs under, driven by a writer that fails on purpose. */
@QuarkusTest
class ContentWriteInterceptorTest {

    @Inject
    FlakyWriter writer;

    @BeforeEach
    void reset() {
        writer.reset();
    }

    @Test
    void aDeadlockIsRetriedInAFreshTransactionUntilTheWriteGoesThrough() {
        assertEquals("written", writer.failing(2, "40P01"));
        assertEquals(3, writer.calls());
    }

    @Test
    void contentionThatOutlastsTheRetriesIsA503WithRetryAfter() {
        WriteContendedException refused = assertThrows(WriteContendedException.class,
                () -> writer.failing(Integer.MAX_VALUE, "40001"));
        assertEquals(ContentWriteInterceptor.ATTEMPTS, writer.calls());
        assertEquals(ProblemType.SERVICE_UNAVAILABLE, refused.type());
        assertEquals(1L, refused.retryAfterSeconds());
    }

    @Test
    void anyOtherFailureIsNotRetried() {
        RuntimeException failure = new IllegalArgumentException("not contention");
        assertSame(failure, assertThrows(IllegalArgumentException.class, () -> writer.throwing(failure)));
        assertEquals(1, writer.calls());
        assertThrows(IllegalStateException.class, () -> writer.failing(Integer.MAX_VALUE, "23505"));
        assertEquals(2, writer.calls(), "a unique violation is a conflict, not contention");
    }

    @Test
    void aTransactionThatDidNotTakeTheHeadFirstCannotLogAChange() {
        assertThrows(IllegalStateException.class, () -> writer.logsWithoutTheHead());
    }

    @ApplicationScoped
    static class FlakyWriter {

        private final AtomicInteger calls = new AtomicInteger();

        @Inject
        ContentLog log;

        // Read through methods: a field read on the injected proxy would not see the bean's.
        int calls() {
            return calls.get();
        }

        void reset() {
            calls.set(0);
        }

        @ContentWrite
        String failing(int failures, String sqlState) {
            if (calls.incrementAndGet() <= failures) {
                throw new IllegalStateException("write failed", new SQLException("refused", sqlState));
            }
            return "written";
        }

        @ContentWrite
        void throwing(RuntimeException failure) {
            calls.incrementAndGet();
            throw failure;
        }

        @Transactional
        void logsWithoutTheHead() {
            log.record(Change.updated(EntityType.TAG, UUID.randomUUID(), "t"));
        }
    }
}
