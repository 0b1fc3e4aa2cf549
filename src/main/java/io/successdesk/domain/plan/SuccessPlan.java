package io.successdesk.domain.plan;

import io.successdesk.domain.account.AccountKey;
import io.successdesk.domain.text.Texts;
import io.successdesk.domain.value.Percentage;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * A success plan of one account: what the CSM and the customer mean to achieve (objectives) and the steps
 * to get there (tasks). Immutable: every change returns a new plan with the same {@link #version}; the
 * store assigns the next version when it saves.
 * <p>
 * Rules: the target date is not before the start date; objective and task ids are unique within the plan;
 * a task's objective belongs to the plan; objectives and tasks of a {@link PlanStatus#isFinal() final}
 * (completed or cancelled) plan never change. The canonical constructor is for stores rebuilding a saved
 * plan; new plans start from {@link #draft} or {@link PlaybookTemplate#instantiate}.
 *
 * @param id         identity, a UUID chosen at creation
 * @param account    the account the plan is for
 * @param title      1–255 characters
 * @param type       what the plan is for
 * @param status     where it is in its {@link PlanStatus lifecycle}
 * @param owner      Jira user key of the responsible CSM, 1–255 characters
 * @param startDate  first day of the plan
 * @param targetDate day by which the plan should be completed; on or after {@code startDate}
 * @param objectives in the order they were added
 * @param tasks      in the order they were added
 * @param version    optimistic-locking version as last read from the store; 0 for a plan never saved
 */
public record SuccessPlan(PlanId id, AccountKey account, String title, PlanType type, PlanStatus status,
                          String owner, LocalDate startDate, LocalDate targetDate, List<Objective> objectives,
                          List<PlanTask> tasks, long version) {

    public static final int MAX_TITLE_LENGTH = 255;
    public static final int MAX_USER_KEY_LENGTH = 255;

    public SuccessPlan {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(account, "account");
        title = Texts.required(title, "plan title", MAX_TITLE_LENGTH);
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(status, "status");
        owner = Texts.required(owner, "plan owner", MAX_USER_KEY_LENGTH);
        Objects.requireNonNull(startDate, "startDate");
        Objects.requireNonNull(targetDate, "targetDate");
        if (targetDate.isBefore(startDate)) {
            throw new IllegalArgumentException(
                    "plan target date " + targetDate + " is before its start date " + startDate);
        }
        objectives = List.copyOf(objectives);
        tasks = List.copyOf(tasks);
        if (version < 0) {
            throw new IllegalArgumentException("version must be 0 or more, got " + version);
        }
        Set<Integer> objectiveIds = uniqueIds(objectives.stream().map(Objective::id).toList(), "objective");
        uniqueIds(tasks.stream().map(PlanTask::id).toList(), "task");
        for (PlanTask task : tasks) {
            task.objectiveId().ifPresent(objectiveId -> {
                if (!objectiveIds.contains(objectiveId)) {
                    throw new IllegalArgumentException(
                            "task " + task.id() + " refers to objective " + objectiveId + ", which the plan does not have");
                }
            });
        }
    }

    /** A new plan in DRAFT with no objectives or tasks, never saved (version 0). */
    public static SuccessPlan draft(PlanId id, AccountKey account, String title, PlanType type, String owner,
                                    LocalDate startDate, LocalDate targetDate) {
        return new SuccessPlan(id, account, title, type, PlanStatus.DRAFT, owner, startDate, targetDate,
                List.of(), List.of(), 0);
    }

    /** @throws IllegalTransitionException when the {@link PlanStatus#LIFECYCLE} forbids the move */
    public SuccessPlan transitionTo(PlanStatus next) {
        PlanStatus.LIFECYCLE.require(status, next);
        return new SuccessPlan(id, account, title, type, next, owner, startDate, targetDate, objectives, tasks, version);
    }

    /**
     * The same plan with new title, owner and dates (type, status and parts unchanged).
     *
     * @throws IllegalTransitionException when the plan is final
     * @throws IllegalArgumentException   when a value breaks the plan's rules (e.g. target before start)
     */
    public SuccessPlan withDetails(String newTitle, String newOwner, LocalDate newStartDate, LocalDate newTargetDate) {
        requireEditable();
        return new SuccessPlan(id, account, newTitle, type, status, newOwner, newStartDate, newTargetDate, objectives,
                tasks, version);
    }

    /**
     * Adds an objective, NOT_STARTED, numbered one above the highest objective id so far.
     *
     * @throws IllegalTransitionException when the plan is final
     */
    public SuccessPlan addObjective(String title, String successCriteria, LocalDate dueDate, String owner) {
        requireEditable();
        int nextId = objectives.stream().mapToInt(Objective::id).max().orElse(0) + 1;
        List<Objective> changed = new ArrayList<>(objectives);
        changed.add(new Objective(nextId, title, successCriteria, ObjectiveStatus.NOT_STARTED, dueDate, owner));
        return withParts(changed, tasks);
    }

    /**
     * Adds an open task, numbered one above the highest task id so far.
     *
     * @throws IllegalTransitionException when the plan is final
     * @throws IllegalArgumentException   when the objective is not one of this plan's
     */
    public SuccessPlan addTask(String title, LocalDate dueDate, Optional<String> linkedIssueKey, OptionalInt objectiveId) {
        requireEditable();
        int nextId = tasks.stream().mapToInt(PlanTask::id).max().orElse(0) + 1;
        List<PlanTask> changed = new ArrayList<>(tasks);
        changed.add(new PlanTask(nextId, title, dueDate, false, linkedIssueKey, objectiveId));
        return withParts(objectives, changed);
    }

    /**
     * @throws IllegalTransitionException when the plan is final or the objective lifecycle forbids the move
     * @throws IllegalArgumentException   when the plan has no such objective
     */
    public SuccessPlan transitionObjective(int objectiveId, ObjectiveStatus next) {
        requireEditable();
        Objective current = objective(objectiveId).orElseThrow(() -> missing("objective", objectiveId));
        return withParts(replace(objectives, current, current.transitionTo(next)), tasks);
    }

    /**
     * @throws IllegalTransitionException when the plan is final or the task is already done
     * @throws IllegalArgumentException   when the plan has no such task
     */
    public SuccessPlan completeTask(int taskId) {
        return changeTask(taskId, PlanTask::markDone);
    }

    /**
     * @throws IllegalTransitionException when the plan is final or the task is not done
     * @throws IllegalArgumentException   when the plan has no such task
     */
    public SuccessPlan reopenTask(int taskId) {
        return changeTask(taskId, PlanTask::reopen);
    }

    /** The objective with this id, if the plan has it. */
    public Optional<Objective> objective(int objectiveId) {
        return objectives.stream().filter(objective -> objective.id() == objectiveId).findFirst();
    }

    /** The task with this id, if the plan has it. */
    public Optional<PlanTask> task(int taskId) {
        return tasks.stream().filter(task -> task.id() == taskId).findFirst();
    }

    /** Achieved objectives ÷ all objectives (missed ones included), in percent; empty when there are none. */
    public Optional<Percentage> progress() {
        if (objectives.isEmpty()) {
            return Optional.empty();
        }
        long achieved = objectives.stream().filter(o -> o.status() == ObjectiveStatus.ACHIEVED).count();
        return Optional.of(Percentage.ratio(achieved, objectives.size()));
    }

    /**
     * What is overdue as of {@code asOf}: only an ACTIVE plan can be overdue (a draft has not started, a final
     * plan is over). Something due on {@code asOf} itself is not yet overdue.
     */
    public PlanOverdue overdue(LocalDate asOf) {
        if (status != PlanStatus.ACTIVE) {
            return PlanOverdue.nothing(asOf);
        }
        return new PlanOverdue(asOf,
                objectives.stream().filter(objective -> objective.isOverdue(asOf)).toList(),
                tasks.stream().filter(task -> task.isOverdue(asOf)).toList(),
                targetDate.isBefore(asOf));
    }

    /** The same plan carrying another version; for stores after a save. */
    public SuccessPlan withVersion(long newVersion) {
        return new SuccessPlan(id, account, title, type, status, owner, startDate, targetDate, objectives, tasks, newVersion);
    }

    private SuccessPlan changeTask(int taskId, UnaryOperator<PlanTask> change) {
        requireEditable();
        PlanTask current = task(taskId).orElseThrow(() -> missing("task", taskId));
        return withParts(objectives, replace(tasks, current, change.apply(current)));
    }

    private void requireEditable() {
        if (status.isFinal()) {
            throw new IllegalTransitionException(
                    "plan " + id + " is " + status + ": it, its objectives and its tasks can no longer change");
        }
    }

    private SuccessPlan withParts(List<Objective> newObjectives, List<PlanTask> newTasks) {
        return new SuccessPlan(id, account, title, type, status, owner, startDate, targetDate, newObjectives, newTasks, version);
    }

    private IllegalArgumentException missing(String what, int partId) {
        return new IllegalArgumentException("plan " + id + " has no " + what + " " + partId);
    }

    private static <T> List<T> replace(List<T> items, T old, T replacement) {
        List<T> changed = new ArrayList<>(items);
        changed.set(changed.indexOf(old), replacement);
        return changed;
    }

    private static Set<Integer> uniqueIds(List<Integer> ids, String what) {
        Set<Integer> seen = new HashSet<>();
        for (int partId : ids) {
            if (!seen.add(partId)) {
                throw new IllegalArgumentException("the plan has two " + what + "s numbered " + partId);
            }
        }
        return seen;
    }
}
