package io.successdesk.domain.plan;

import io.successdesk.domain.text.Texts;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Pattern;

/**
 * A concrete step of a success plan. A task is either open or done; {@link #markDone()} and
 * {@link #reopen()} are its only transitions, and each refuses a task already in the target state.
 *
 * @param id             number within its plan, from 1, assigned by the plan and never reused
 * @param title          what to do, 1–255 characters
 * @param dueDate        the last day on which it may be done without being overdue
 * @param done           whether it has been done
 * @param linkedIssueKey a Jira issue tracking the work, such as {@code CS-42}
 * @param objectiveId    the objective of the same plan this task serves
 */
public record PlanTask(int id, String title, LocalDate dueDate, boolean done, Optional<String> linkedIssueKey,
                       OptionalInt objectiveId) {

    public static final int MAX_TITLE_LENGTH = 255;
    /** A Jira issue key: project key, dash, issue number without leading zeros. */
    public static final Pattern ISSUE_KEY = Pattern.compile("[A-Z][A-Z0-9_]*-[1-9][0-9]*");

    public PlanTask {
        if (id < 1) {
            throw new IllegalArgumentException("task id must be 1 or more, got " + id);
        }
        title = Texts.required(title, "task title", MAX_TITLE_LENGTH);
        Objects.requireNonNull(dueDate, "dueDate");
        Objects.requireNonNull(linkedIssueKey, "linkedIssueKey");
        Objects.requireNonNull(objectiveId, "objectiveId");
        linkedIssueKey.ifPresent(key -> {
            if (!ISSUE_KEY.matcher(key).matches()) {
                throw new IllegalArgumentException("linked issue key must look like CS-42, got '" + key + "'");
            }
        });
        if (objectiveId.isPresent() && objectiveId.getAsInt() < 1) {
            throw new IllegalArgumentException("objective id must be 1 or more, got " + objectiveId.getAsInt());
        }
    }

    /** @throws IllegalTransitionException when the task is already done */
    public PlanTask markDone() {
        if (done) {
            throw new IllegalTransitionException("task " + id + " is already done");
        }
        return new PlanTask(id, title, dueDate, true, linkedIssueKey, objectiveId);
    }

    /** @throws IllegalTransitionException when the task is not done */
    public PlanTask reopen() {
        if (!done) {
            throw new IllegalTransitionException("task " + id + " is not done, so it cannot be reopened");
        }
        return new PlanTask(id, title, dueDate, false, linkedIssueKey, objectiveId);
    }

    /** Not done and due strictly before {@code asOf}: due today is not overdue. */
    public boolean isOverdue(LocalDate asOf) {
        return !done && dueDate.isBefore(asOf);
    }
}
