package io.successdesk.app.plan;

import io.successdesk.domain.plan.PlanType;

import java.time.LocalDate;

/**
 * Caller input for plan use cases, as it arrives (REST bodies). Unlike the rest of the package, any
 * component may be null; a missing required field is reported by name in an
 * {@link io.successdesk.app.InvalidInputException}.
 */
public final class PlanCommands {

    private PlanCommands() {
    }

    /** Fields: {@code account}, {@code title}, {@code type}, {@code owner}, {@code startDate}, {@code targetDate}. */
    public record CreatePlan(String accountKey, String title, PlanType type, String ownerUserKey, LocalDate startDate,
                             LocalDate targetDate) {
    }

    /** Fields: {@code title}, {@code owner}, {@code startDate}, {@code targetDate} (not before startDate). */
    public record EditPlan(String title, String ownerUserKey, LocalDate startDate, LocalDate targetDate) {
    }

    /** Fields: {@code title}, {@code successCriteria} (optional), {@code dueDate}, {@code owner}. */
    public record AddObjective(String title, String successCriteria, LocalDate dueDate, String ownerUserKey) {
    }

    /** Fields: {@code title}, {@code dueDate}, {@code linkedIssueKey} (optional), {@code objectiveId} (optional). */
    public record AddTask(String title, LocalDate dueDate, String linkedIssueKey, Integer objectiveId) {
    }
}
