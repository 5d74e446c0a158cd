package dev.masthead.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Singleton;

/**
 * Stands in for {@link AuthClock} in test profiles that list it among their
 * enabled alternatives: time stands still until a test moves it, so windows
 * and lockouts end when the test says, however loaded the machine is.
 */
@Alternative
@Singleton
public class AdjustableClock extends Clock {

    /** A minute boundary, so a window's start and end are known exactly. */
    private static final Instant START = Instant.parse("2030-01-01T00:00:00Z");

    private volatile Instant now = START;

    /** Moves to {@code offset} into a minute at least one whole minute after the current one. */
    public synchronized Instant nextMinutePlus(Duration offset) {
        long minute = now.getEpochSecond() / 60 + 1;
        now = Instant.ofEpochSecond((minute + 1) * 60).plus(offset);
        return now;
    }

    public synchronized void advance(Duration duration) {
        now = now.plus(duration);
    }

    @Override
    public Instant instant() {
        return now;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("the throttles count in UTC");
    }
}
