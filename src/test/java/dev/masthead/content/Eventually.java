package dev.masthead.content;

import static org.junit.jupiter.api.Assertions.fail;

import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;

import io.restassured.specification.RequestSpecification;

/** Reads a field again and again until it holds the expected value, or fails at the deadline. */
final class Eventually {

    private Eventually() {
    }

    static void reads(Supplier<RequestSpecification> instance, String path, String field, Object expected,
            Duration within) {
        Instant deadline = Instant.now().plus(within);
        Object seen;
        do {
            seen = instance.get().get(path).then().statusCode(200).extract().path(field);
            if (expected.equals(seen)) {
                return;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        } while (Instant.now().isBefore(deadline));
        fail(path + " " + field + " still " + seen + " after " + within + "; expected " + expected);
    }
}
