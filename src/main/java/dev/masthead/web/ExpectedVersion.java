package dev.masthead.web;

import java.util.OptionalLong;

import dev.masthead.web.problem.StaleVersionException;
import dev.masthead.web.problem.VersionRequiredException;

/**
 * Which version a write means to replace, from {@code If-Match} (the ETag of
 * the admin GET, {@code "<version>"}) or a {@code version} in the body. A
 * write that names neither is refused with 428 instead of guessed.
 */
public final class ExpectedVersion {

    private ExpectedVersion() {
    }

    /** @return the expected version, or empty for {@code If-Match: *} (an explicit overwrite). */
    public static OptionalLong of(String ifMatch, Long bodyVersion) {
        if (ifMatch != null && !ifMatch.isBlank()) {
            String tag = ifMatch.trim();
            if (tag.equals("*")) {
                return OptionalLong.empty();
            }
            return OptionalLong.of(parse(tag));
        }
        if (bodyVersion != null) {
            return OptionalLong.of(bodyVersion);
        }
        throw new VersionRequiredException();
    }

    /** Checks an optional expectation: publish and unpublish accept but do not require one. */
    public static void check(String ifMatch, long current) {
        if (ifMatch != null && !ifMatch.isBlank()) {
            of(ifMatch, null).ifPresent(expected -> verify(expected, current));
        }
    }

    public static void verify(long expected, long current) {
        if (expected != current) {
            throw new StaleVersionException(expected, current);
        }
    }

    public static String etag(long version) {
        return "\"" + version + "\"";
    }

    private static long parse(String tag) {
        String value = tag.startsWith("W/") ? tag.substring(2) : tag;
        if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
            value = value.substring(1, value.length() - 1);
        }
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            // An ETag we never issued cannot match the current one.
            return -1;
        }
    }
}
