package dev.masthead.article;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.masthead.web.PageMeta;

/** A page of an article's revisions, newest first. */
@Schema(name = "RevisionPage")
public record RevisionPage(@Schema(required = true) List<RevisionSummary> data, @Schema(required = true) PageMeta meta) {
}
