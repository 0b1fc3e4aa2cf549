package io.successdesk.domain.plan;

import io.successdesk.domain.text.Texts;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A measurable goal of a success plan.
 *
 * @param id              number within its plan, from 1, assigned by the plan and never reused
 * @param title           what should be achieved, 1–255 characters
 * @param successCriteria how the CSM and customer will know it was achieved, up to 2000 characters, may be empty
 * @param status          where it is in its {@link ObjectiveStatus lifecycle}
 * @param dueDate         the last day on which it may still be achieved
 * @param owner           Jira user key of the person responsible, 1–255 characters
 */
public record Objective(int id, String title, String successCriteria, ObjectiveStatus status, LocalDate dueDate,
                        String owner) {

    public static final int MAX_TITLE_LENGTH = 255;
    public static final int MAX_CRITERIA_LENGTH = 2000;
    public static final int MAX_USER_KEY_LENGTH = 255;

    public Objective {
        if (id < 1) {
            throw new IllegalArgumentException("objective id must be 1 or more, got " + id);
        }
        title = Texts.required(title, "objective title", MAX_TITLE_LENGTH);
        successCriteria = Texts.optional(successCriteria, "success criteria", MAX_CRITERIA_LENGTH);
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(dueDate, "dueDate");
        owner = Texts.required(owner, "objective owner", MAX_USER_KEY_LENGTH);
    }

    /** @throws IllegalTransitionException when the {@link ObjectiveStatus#LIFECYCLE} forbids the move */
    public Objective transitionTo(ObjectiveStatus next) {
        ObjectiveStatus.LIFECYCLE.require(status, next);
        return new Objective(id, title, successCriteria, next, dueDate, owner);
    }

    /** Still open (neither achieved nor missed) and due strictly before {@code asOf}: due today is not overdue. */
    public boolean isOverdue(LocalDate asOf) {
        return !status.isFinal() && dueDate.isBefore(asOf);
    }
}
