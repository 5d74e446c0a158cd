package dev.masthead.web;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** {@code {"data": {...}}}: the shape of every single item. */
public record ItemEnvelope<T>(@Schema(required = true) T data) {

    public static <T> ItemEnvelope<T> of(T data) {
        return new ItemEnvelope<>(data);
    }
}
