package io.successdesk.domain.plan;

import io.successdesk.domain.account.AccountKey;
import io.successdesk.domain.text.Texts;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * A reusable recipe for a success plan ("Standard onboarding", "Renewal in 90 days"): objectives and tasks
 * whose due dates are day offsets from the plan's start date. Day 0 is the start date itself.
 *
 * @param id           identity
 * @param name         1–255 characters; also the title of the plans it creates
 * @param type         the type of the plans it creates
 * @param durationDays target date = start date + this many days (0 or more)
 * @param objectives   objective steps, in order
 * @param tasks        task steps, in order
 * @param version      1 when created, one more with each saved change (optimistic locking)
 */
public record PlaybookTemplate(PlaybookId id, String name, PlanType type, int durationDays,
                               List<ObjectiveStep> objectives, List<TaskStep> tasks, long version) {

    public static final int MAX_NAME_LENGTH = SuccessPlan.MAX_TITLE_LENGTH;

    /** An objective to create, due {@code dueOffsetDays} days after the start (0 ≤ offset ≤ duration). */
    public record ObjectiveStep(String title, String successCriteria, int dueOffsetDays) {
        public ObjectiveStep {
            title = Texts.required(title, "objective title", Objective.MAX_TITLE_LENGTH);
            successCriteria = Texts.optional(successCriteria, "success criteria", Objective.MAX_CRITERIA_LENGTH);
        }
    }

    /**
     * A task to create, due {@code dueOffsetDays} days after the start (0 ≤ offset ≤ duration), optionally
     * serving the objective step at {@code objectiveIndex} (0-based position in the template's objectives).
     */
    public record TaskStep(String title, int dueOffsetDays, OptionalInt objectiveIndex) {
        public TaskStep {
            title = Texts.required(title, "task title", PlanTask.MAX_TITLE_LENGTH);
            Objects.requireNonNull(objectiveIndex, "objectiveIndex");
        }
    }

    public PlaybookTemplate {
        Objects.requireNonNull(id, "id");
        name = Texts.required(name, "playbook name", MAX_NAME_LENGTH);
        Objects.requireNonNull(type, "type");
        if (durationDays < 0) {
            throw new IllegalArgumentException("playbook duration must be 0 days or more, got " + durationDays);
        }
        objectives = List.copyOf(objectives);
        tasks = List.copyOf(tasks);
        if (version < 1) {
            throw new IllegalArgumentException("a playbook version starts at 1, got " + version);
        }
        for (ObjectiveStep step : objectives) {
            requireWithinDuration(step.dueOffsetDays(), durationDays, "objective '" + step.title() + "'");
        }
        for (TaskStep step : tasks) {
            requireWithinDuration(step.dueOffsetDays(), durationDays, "task '" + step.title() + "'");
            int index = step.objectiveIndex().orElse(0);
            if (index < 0 || (step.objectiveIndex().isPresent() && index >= objectives.size())) {
                throw new IllegalArgumentException("task '" + step.title() + "' refers to objective step " + index
                        + ", but the playbook has " + objectives.size() + " objective steps");
            }
        }
    }

    /**
     * A plan for {@code account} following this playbook: title = name, objectives numbered 1… in template
     * order (objective step {@code i} becomes objective {@code i + 1}, owned by {@code owner}), tasks likewise,
     * every due date = {@code startDate} + offset, target date = {@code startDate} + duration.
     *
     * @param initialStatus DRAFT or ACTIVE
     * @param ids           source of the new plan's UUID
     */
    public SuccessPlan instantiate(AccountKey account, String owner, LocalDate startDate, PlanStatus initialStatus,
                                   Supplier<UUID> ids) {
        if (initialStatus != PlanStatus.DRAFT && initialStatus != PlanStatus.ACTIVE) {
            throw new IllegalArgumentException("a plan starts DRAFT or ACTIVE, not " + initialStatus);
        }
        SuccessPlan plan = SuccessPlan.draft(new PlanId(ids.get()), account, name, type, owner, startDate,
                startDate.plusDays(durationDays));
        for (ObjectiveStep step : objectives) {
            plan = plan.addObjective(step.title(), step.successCriteria(), startDate.plusDays(step.dueOffsetDays()), owner);
        }
        for (TaskStep step : tasks) {
            OptionalInt objectiveId = step.objectiveIndex().isPresent()
                    ? OptionalInt.of(step.objectiveIndex().getAsInt() + 1) : OptionalInt.empty();
            plan = plan.addTask(step.title(), startDate.plusDays(step.dueOffsetDays()), Optional.empty(), objectiveId);
        }
        return initialStatus == PlanStatus.ACTIVE ? plan.transitionTo(PlanStatus.ACTIVE) : plan;
    }

    private static void requireWithinDuration(int offset, int durationDays, String what) {
        if (offset < 0 || offset > durationDays) {
            throw new IllegalArgumentException(what + " is due on day " + offset
                    + ", outside the playbook's days 0–" + durationDays);
        }
    }
}
