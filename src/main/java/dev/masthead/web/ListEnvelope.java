package dev.masthead.web;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** {@code {"data": [...], "meta": {...}}}: the shape of every list. */
public record ListEnvelope<T>(@Schema(required = true) List<T> data, @Schema(required = true) PageMeta meta) {
}
