package dev.masthead.article;

import dev.masthead.web.problem.ProblemException;
import dev.masthead.web.problem.ProblemType;

/** Scheduling asked of an article whose status does not allow it (a published one, or unscheduling a draft). */
public class ScheduleConflictException extends ProblemException {

    public ScheduleConflictException(String detail) {
        super(ProblemType.CONFLICT, detail);
    }
}
