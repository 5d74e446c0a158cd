package dev.masthead.web;

import java.io.IOException;

import jakarta.inject.Singleton;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;

import io.quarkus.jackson.ObjectMapperCustomizer;

/**
 * Request bodies are read strictly: nothing after the JSON value, no numbers
 * or booleans passed off as text (or the reverse), no fraction where a whole
 * number goes (a {@code version} of 0.5 would be read as 0), and no text that
 * cannot be stored as it was sent: NUL, which PostgreSQL refuses, and half of
 * a surrogate pair (a JSON escape such as {@code "\\ud800"} alone), which has no
 * UTF-8 form, so it can be neither stored nor sent back as it came. Each is a
 * 400 naming the field.
 */
@Singleton
public class StrictJson implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        mapper.configure(MapperFeature.ALLOW_COERCION_OF_SCALARS, false);
        mapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        mapper.coercionConfigFor(LogicalType.Textual)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        mapper.registerModule(new SimpleModule("masthead-strict-text").addDeserializer(String.class, new StorableText()));
    }

    /** Text as Jackson reads it, refusing what could not be stored as sent. */
    static final class StorableText extends StringDeserializer {

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String value = super.deserialize(parser, context);
            if (value != null) {
                String problem = unstorable(value);
                if (problem != null) {
                    throw InvalidFormatException.from(parser, problem, value, String.class);
                }
            }
            return value;
        }

        /** Why the text cannot be stored as sent, or null; one pass over it. */
        private static String unstorable(String value) {
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                if (c == '\u0000') {
                    return "NUL characters are not allowed";
                }
                if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                    i++;
                } else if (Character.isSurrogate(c)) {
                    return "Unpaired surrogate characters are not allowed";
                }
            }
            return null;
        }
    }
}
