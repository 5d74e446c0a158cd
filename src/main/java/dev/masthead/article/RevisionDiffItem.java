package dev.masthead.article;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RevisionDiffItem")
public record RevisionDiffItem(@Schema(required = true) RevisionDiff data) {
}
