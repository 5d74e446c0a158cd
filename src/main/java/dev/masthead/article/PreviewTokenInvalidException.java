package dev.masthead.article;

import dev.masthead.web.problem.ProblemException;
import dev.masthead.web.problem.ProblemType;

/** A preview request without a token that opens this article's preview: none, expired, altered or another's. */
class PreviewTokenInvalidException extends ProblemException {

    PreviewTokenInvalidException(String detail) {
        super(ProblemType.INVALID_PREVIEW_TOKEN, detail);
    }
}
