package dev.masthead.web;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

import dev.masthead.web.problem.InvalidParameterException;

/** Parses query parameter text, answering a precise 400 for anything off. */
public final class QueryValues {

    /**
     * The instants a query may name: RFC 3339's four-digit years, well inside
     * what PostgreSQL and H2 can store, so no date reaches SQL that the
     * database would refuse.
     */
    public static final Instant EARLIEST = Instant.parse("0001-01-01T00:00:00Z");
    public static final Instant LATEST = Instant.parse("9999-12-31T23:59:59.999999Z");

    private QueryValues() {
    }

    public static boolean inRange(Instant instant) {
        return !instant.isBefore(EARLIEST) && !instant.isAfter(LATEST);
    }

    public static int intInRange(String name, String value, int fallback, int min, int max) {
        if (value == null) {
            return fallback;
        }
        try {
            int parsed = Integer.parseInt(value.trim());
            if (parsed < min || parsed > max) {
                throw new InvalidParameterException(name, "must be between " + min + " and " + max);
            }
            return parsed;
        } catch (NumberFormatException e) {
            throw new InvalidParameterException(name, "must be a whole number");
        }
    }

    public static Boolean bool(String name, String value) {
        if (value == null) {
            return null;
        }
        return switch (value) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw new InvalidParameterException(name, "must be true or false");
        };
    }

    /** An ISO-8601 instant with offset, such as {@code 2024-11-21T09:30:00Z}. */
    public static Instant instant(String name, String value) {
        if (value == null) {
            return null;
        }
        Instant parsed;
        try {
            parsed = OffsetDateTime.parse(value.trim()).toInstant();
        } catch (DateTimeParseException e) {
            throw new InvalidParameterException(name, "must be an ISO-8601 date-time such as 2024-11-21T09:30:00Z");
        }
        if (!inRange(parsed)) {
            throw new InvalidParameterException(name, "must lie between the years 0001 and 9999");
        }
        return parsed;
    }
}
