package dev.masthead.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class RetryScheduleTest {

    private static final List<Duration> SPEC = List.of(Duration.ZERO, Duration.ofSeconds(5), Duration.ofMinutes(5),
            Duration.ofMinutes(30), Duration.ofHours(2), Duration.ofHours(5), Duration.ofHours(10),
            Duration.ofHours(10));

    @Test
    void eachWaitFollowsTheScheduleThenItIsSpent() {
        RetrySchedule schedule = new RetrySchedule(SPEC, 0);
        assertEquals(Duration.ZERO, schedule.first());
        assertEquals(Optional.of(Duration.ofSeconds(5)), schedule.after(1, null));
        assertEquals(Optional.of(Duration.ofHours(10)), schedule.after(7, null));
        assertEquals(Optional.empty(), schedule.after(8, null));
    }

    @Test
    void jitterMovesAWaitByAtMostItsFraction() {
        RetrySchedule schedule = new RetrySchedule(SPEC, 0.1);
        for (int i = 0; i < 200; i++) {
            long wait = schedule.after(2, null).orElseThrow().toMillis();
            assertTrue(wait >= 270_000 && wait <= 330_000, "waited " + wait);
        }
    }

    @Test
    void retryAfterIsAFloorNoLongerThanTheWholeSchedule() {
        RetrySchedule schedule = new RetrySchedule(List.of(Duration.ZERO, Duration.ofSeconds(1), Duration.ofSeconds(2)),
                0);
        assertEquals(Optional.of(Duration.ofSeconds(3)), schedule.after(1, Duration.ofSeconds(3)));
        assertEquals(Optional.of(Duration.ofSeconds(3)), schedule.after(1, Duration.ofDays(365)));
        assertEquals(Optional.of(Duration.ofSeconds(2)), schedule.after(2, Duration.ZERO));
        assertEquals(Optional.empty(), schedule.after(3, Duration.ofSeconds(1)));
    }

    @Test
    void retryAfterReadsSecondsAndHttpDates() {
        Instant now = Instant.parse("2025-03-01T10:00:00Z");
        assertEquals(Duration.ofSeconds(120), RetrySchedule.retryAfter("120", now));
        assertEquals(Duration.ofSeconds(30), RetrySchedule.retryAfter("Sat, 01 Mar 2025 10:00:30 GMT", now));
        assertEquals(Duration.ZERO, RetrySchedule.retryAfter("Sat, 01 Mar 2025 09:00:00 GMT", now));
        assertNull(RetrySchedule.retryAfter("soon", now));
        assertNull(RetrySchedule.retryAfter("99999999999999999999999", now));
        assertNull(RetrySchedule.retryAfter(null, now));
    }

    @Test
    void anEmptyScheduleOrAJitterOfOneIsRefusedAtStart() {
        assertThrows(IllegalStateException.class, () -> new RetrySchedule(List.of(), 0.1));
        assertThrows(IllegalStateException.class, () -> new RetrySchedule(SPEC, 1));
    }
}
