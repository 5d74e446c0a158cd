package dev.masthead.article;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What changed from revision {@code against} to revision {@code number}. */
@Schema(name = "RevisionDiff")
public record RevisionDiff(
        @Schema(required = true) int number,
        @Schema(description = "The revision compared with; absent when there is none before (the first revision, "
                + "or the one before was not kept) and the diff is against an empty article") Integer against,
        @Schema(required = true, description = "The content fields that differ") List<String> changedFields,
        @Schema(required = true, description = "Each differing field but markdown with its two values; markdown "
                + "is shown as a line diff instead") List<FieldChange> changes,
        @Schema(required = true) MarkdownDiff markdown) {

    @Schema(name = "RevisionFieldChange")
    public record FieldChange(
            @Schema(required = true) String field,
            @Schema(description = "The value in revision `against`; absent when unset") Object before,
            @Schema(description = "The value in revision `number`; absent when unset") Object after) {
    }

    @Schema(name = "MarkdownDiff")
    public record MarkdownDiff(
            @Schema(required = true, description = "A unified diff (---, +++, @@ hunks with 3 lines of context); "
                    + "empty when the markdown is the same") List<String> lines,
            @Schema(required = true, description = "False when the diff was cut at a bound (see note)") boolean complete,
            @Schema(description = "Why and where the diff was cut") String note) {
    }
}
