package dev.masthead.auth;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.masthead.web.problem.InvalidRequestException;

/** What an API key may do. content:write includes reading. */
@Schema(name = "Scope", enumeration = { "content:read", "content:write" })
public enum Scope {
    CONTENT_READ("content:read"),
    CONTENT_WRITE("content:write");

    private final String value;

    Scope(String value) {
        this.value = value;
    }

    @JsonValue
    public String value() {
        return value;
    }

    @JsonCreator
    public static Scope of(String value) {
        for (Scope scope : values()) {
            if (scope.value.equals(value)) {
                return scope;
            }
        }
        throw new InvalidRequestException("scopes", "unknown scope '" + value + "'; use content:read or content:write");
    }
}
