package dev.masthead.web;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

import dev.masthead.web.problem.InvalidParameterException;

/** Parses query parameter text, answering a precise 400 for anything off. */
public final class QueryValues {

    private QueryValues() {
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
        try {
            return OffsetDateTime.parse(value.trim()).toInstant();
        } catch (DateTimeParseException e) {
            throw new InvalidParameterException(name, "must be an ISO-8601 date-time such as 2024-11-21T09:30:00Z");
        }
    }
}
