package dev.masthead.webhook;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/**
 * When a delivery is tried again: the configured waits (the Standard
 * Webhooks schedule by default), each moved by up to the jitter fraction
 * either way, counted from the delivery's {@code schedule_from} so that a
 * redelivery starts the schedule over. A receiver's {@code Retry-After} is a
 * floor, but never longer than the whole schedule, so a hostile or broken
 * answer cannot park a delivery for years.
 */
final class RetrySchedule {

    private final List<Duration> waits;
    private final double jitter;
    private final Duration whole;

    RetrySchedule(List<Duration> waits, double jitter) {
        if (waits.isEmpty() || waits.stream().anyMatch(Duration::isNegative)) {
            throw new IllegalStateException("masthead.webhooks.retry-schedule must list at least one wait, none "
                    + "negative; got " + waits);
        }
        if (jitter < 0 || jitter >= 1) {
            throw new IllegalStateException("masthead.webhooks.retry-jitter must be at least 0 and below 1; got "
                    + jitter);
        }
        this.waits = List.copyOf(waits);
        this.jitter = jitter;
        this.whole = waits.stream().reduce(Duration.ZERO, Duration::plus);
    }

    /** The wait before the first attempt. */
    Duration first() {
        return jittered(waits.get(0));
    }

    /** How many attempts the schedule allows. */
    int attempts() {
        return waits.size();
    }

    /**
     * The wait before the next attempt after {@code made} attempts of this
     * schedule, at least {@code retryAfter} (capped); empty when the
     * schedule is spent.
     */
    Optional<Duration> after(int made, Duration retryAfter) {
        if (made >= waits.size()) {
            return Optional.empty();
        }
        Duration wait = jittered(waits.get(made));
        if (retryAfter != null) {
            Duration floor = retryAfter.compareTo(whole) > 0 ? whole : retryAfter;
            wait = wait.compareTo(floor) < 0 ? floor : wait;
        }
        return Optional.of(wait);
    }

    private Duration jittered(Duration wait) {
        if (jitter == 0 || wait.isZero()) {
            return wait;
        }
        double factor = 1 + jitter * (2 * ThreadLocalRandom.current().nextDouble() - 1);
        return Duration.ofMillis(Math.round(wait.toMillis() * factor));
    }

    /** A {@code Retry-After} value (delta seconds or an HTTP-date) as a wait from {@code now}; null when unreadable. */
    static Duration retryAfter(String value, Instant now) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.strip();
        if (text.chars().allMatch(Character::isDigit)) {
            try {
                return Duration.ofSeconds(Long.parseLong(text));
            } catch (NumberFormatException e) {
                return null;
            }
        }
        try {
            Duration until = Duration.between(now, ZonedDateTime.parse(text, DateTimeFormatter.RFC_1123_DATE_TIME)
                    .toInstant());
            return until.isNegative() ? Duration.ZERO : until;
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
