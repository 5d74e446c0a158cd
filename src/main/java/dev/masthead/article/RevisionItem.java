package dev.masthead.article;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RevisionItem")
public record RevisionItem(@Schema(required = true) RevisionView data) {
}
