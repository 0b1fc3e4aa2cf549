package io.successdesk.app.plan;

import io.successdesk.app.ConflictException;
import io.successdesk.app.InvalidInputException;
import io.successdesk.app.NotFoundException;
import io.successdesk.app.Page;
import io.successdesk.app.PageRequest;
import io.successdesk.app.StaleVersionException;
import io.successdesk.app.audit.AuditEntry;
import io.successdesk.app.UuidSource;
import io.successdesk.app.audit.AuditLog;
import io.successdesk.app.change.AccountChanges;
import io.successdesk.app.plan.PlanCommands.AddObjective;
import io.successdesk.app.plan.PlanCommands.AddTask;
import io.successdesk.app.plan.PlanCommands.CreatePlan;
import io.successdesk.app.plan.PlanCommands.EditPlan;
import io.successdesk.app.validation.FieldErrors;
import io.successdesk.domain.account.AccountKey;
import io.successdesk.domain.plan.IllegalTransitionException;
import io.successdesk.domain.plan.Objective;
import io.successdesk.domain.plan.ObjectiveStatus;
import io.successdesk.domain.plan.PlanId;
import io.successdesk.domain.plan.PlanStatus;
import io.successdesk.domain.plan.PlanTask;
import io.successdesk.domain.plan.PlaybookId;
import io.successdesk.domain.plan.PlaybookTemplate;
import io.successdesk.domain.plan.SuccessPlan;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;

/**
 * Success-plan use cases; the playbook templates plans are created from are {@link PlaybookService}'s. Every change
 * is checked against the version the caller read (409 via {@link StaleVersionException}), refused with a
 * {@link ConflictException} on field {@code status} when the lifecycle forbids it, and written to the audit log;
 * every plan write invalidates the account's panel summary. "Today" is the injected clock's date in its zone.
 */
@Named
public class PlanService {

    static final String SUBJECT_PLAN = "plan";

    private final PlanStore plans;
    private final AuditLog audit;
    private final Clock clock;
    private final UuidSource ids;
    private final AccountChanges changes;

    @Inject
    public PlanService(PlanStore plans, AuditLog audit, Clock clock, AccountChanges changes,
                       UuidSource ids) {
        this.plans = Objects.requireNonNull(plans, "plans");
        this.changes = Objects.requireNonNull(changes, "changes");
        this.audit = Objects.requireNonNull(audit, "audit");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.ids = Objects.requireNonNull(ids, "ids");
    }

    /** @throws NotFoundException when there is no such plan */
    public SuccessPlan get(PlanId id) {
        return plans.get(id).orElseThrow(() -> new NotFoundException("plan " + id));
    }

    public Page<SuccessPlan> plansOf(AccountKey account, PageRequest page) {
        return plans.pageByAccount(account, page);
    }

    /**
     * Creates a DRAFT plan without objectives or tasks.
     *
     * @throws InvalidInputException naming each bad field: account, title, type, owner, startDate,
     *                               targetDate (not before startDate)
     */
    public SuccessPlan create(CreatePlan command, String actor) {
        FieldErrors errors = new FieldErrors();
        AccountKey account = errors.accountKey("account", command.accountKey());
        errors.required("type", command.type());
        EditPlan details = validDetails(errors,
                new EditPlan(command.title(), command.ownerUserKey(), command.startDate(), command.targetDate()));
        SuccessPlan plan = SuccessPlan.draft(new PlanId(ids.next()), account, details.title(), command.type(),
                details.ownerUserKey(), details.startDate(), details.targetDate());
        return saveNew(plan, actor, "plan.create");
    }

    /**
     * Changes a DRAFT or ACTIVE plan's title, owner and dates.
     *
     * @throws InvalidInputException naming each bad field: title, owner, startDate, targetDate
     */
    public SuccessPlan editPlan(PlanId id, long expectedVersion, EditPlan command, String actor) {
        EditPlan details = validDetails(new FieldErrors(), command);
        return change(id, expectedVersion, actor, "plan.edit", plan -> plan.withDetails(
                details.title(), details.ownerUserKey(), details.startDate(), details.targetDate()));
    }

    /**
     * Creates a plan from a playbook template: due dates are the template's offsets from {@code startDate}
     * (today when null), owner of the plan and of every objective is {@code ownerUserKey}.
     *
     * @param activate whether the plan starts ACTIVE rather than DRAFT
     * @throws NotFoundException when there is no such template
     */
    public SuccessPlan createFromTemplate(PlaybookId templateId, String accountKey, String ownerUserKey,
                                         LocalDate startDate, boolean activate, String actor) {
        FieldErrors errors = new FieldErrors();
        AccountKey account = errors.accountKey("account", accountKey);
        String owner = errors.requiredText("owner", ownerUserKey, SuccessPlan.MAX_USER_KEY_LENGTH);
        errors.throwIfAny();
        PlaybookTemplate template = plans.template(templateId)
                .orElseThrow(() -> new NotFoundException("playbook " + templateId));
        LocalDate start = startDate == null ? today() : startDate;
        SuccessPlan plan = template.instantiate(account, owner, start,
                activate ? PlanStatus.ACTIVE : PlanStatus.DRAFT, ids::next);
        return saveNew(plan, actor, "plan.create-from-playbook");
    }

    /** Moves the plan along its lifecycle (DRAFT → ACTIVE → COMPLETED | CANCELLED, DRAFT → CANCELLED). */
    public SuccessPlan transitionPlan(PlanId id, long expectedVersion, PlanStatus next, String actor) {
        return change(id, expectedVersion, actor, "plan.transition", plan -> plan.transitionTo(next));
    }

    /** Moves an objective along its lifecycle. @throws NotFoundException when the plan has no such objective */
    public SuccessPlan transitionObjective(PlanId id, long expectedVersion, int objectiveId, ObjectiveStatus next,
                                           String actor) {
        return change(id, expectedVersion, actor, "plan.objective.transition", plan -> {
            requireObjective(plan, objectiveId);
            return plan.transitionObjective(objectiveId, next);
        });
    }

    /** Adds a NOT_STARTED objective. @throws InvalidInputException naming each bad field */
    public SuccessPlan addObjective(PlanId id, long expectedVersion, AddObjective command, String actor) {
        FieldErrors errors = new FieldErrors();
        String title = errors.requiredText("title", command.title(), Objective.MAX_TITLE_LENGTH);
        String criteria = errors.optionalText("successCriteria", command.successCriteria(), Objective.MAX_CRITERIA_LENGTH);
        LocalDate due = errors.required("dueDate", command.dueDate());
        String owner = errors.requiredText("owner", command.ownerUserKey(), Objective.MAX_USER_KEY_LENGTH);
        errors.throwIfAny();
        return change(id, expectedVersion, actor, "plan.objective.add",
                plan -> plan.addObjective(title, criteria, due, owner));
    }

    /**
     * Adds an open task.
     *
     * @throws InvalidInputException naming each bad field, including an objectiveId the
     *                                                  plan does not have
     */
    public SuccessPlan addTask(PlanId id, long expectedVersion, AddTask command, String actor) {
        FieldErrors errors = new FieldErrors();
        String title = errors.requiredText("title", command.title(), PlanTask.MAX_TITLE_LENGTH);
        LocalDate due = errors.required("dueDate", command.dueDate());
        Optional<String> issueKey = Optional.ofNullable(command.linkedIssueKey()).map(String::strip)
                .filter(key -> !key.isEmpty());
        if (issueKey.isPresent() && !PlanTask.ISSUE_KEY.matcher(issueKey.get()).matches()) {
            errors.add("linkedIssueKey", "must be a Jira issue key such as CS-42");
        }
        errors.throwIfAny();
        OptionalInt objectiveId = command.objectiveId() == null ? OptionalInt.empty() : OptionalInt.of(command.objectiveId());
        return change(id, expectedVersion, actor, "plan.task.add", plan -> {
            if (objectiveId.isPresent() && plan.objective(objectiveId.getAsInt()).isEmpty()) {
                throw new InvalidInputException("objectiveId", "the plan has no objective " + objectiveId.getAsInt());
            }
            return plan.addTask(title, due, issueKey, objectiveId);
        });
    }

    /** Marks a task done. @throws NotFoundException when the plan has no such task */
    public SuccessPlan completeTask(PlanId id, long expectedVersion, int taskId, String actor) {
        return change(id, expectedVersion, actor, "plan.task.complete", plan -> {
            requireTask(plan, taskId);
            return plan.completeTask(taskId);
        });
    }

    /** Marks a done task open again. @throws NotFoundException when the plan has no such task */
    public SuccessPlan reopenTask(PlanId id, long expectedVersion, int taskId, String actor) {
        return change(id, expectedVersion, actor, "plan.task.reopen", plan -> {
            requireTask(plan, taskId);
            return plan.reopenTask(taskId);
        });
    }

    /** The account's ACTIVE plans with progress and overdue items as of the clock's today. */
    public AccountPlanSummary summary(AccountKey account) {
        LocalDate today = today();
        List<AccountPlanSummary.ActivePlan> active = plans.byAccountAndStatus(account, PlanStatus.ACTIVE).stream()
                .map(plan -> AccountPlanSummary.ActivePlan.of(plan, today))
                .toList();
        return new AccountPlanSummary(account, today, active);
    }

    /** Checks the fields every plan has, adding to {@code errors}, and throws when any field is bad. */
    private static EditPlan validDetails(FieldErrors errors, EditPlan command) {
        String title = errors.requiredText("title", command.title(), SuccessPlan.MAX_TITLE_LENGTH);
        String owner = errors.requiredText("owner", command.ownerUserKey(), SuccessPlan.MAX_USER_KEY_LENGTH);
        LocalDate start = errors.required("startDate", command.startDate());
        LocalDate target = errors.required("targetDate", command.targetDate());
        if (start != null && target != null && target.isBefore(start)) {
            errors.add("targetDate", "must not be before the start date " + start);
        }
        errors.throwIfAny();
        return new EditPlan(title, owner, start, target);
    }

    private SuccessPlan change(PlanId id, long expectedVersion, String actor, String action,
                               Function<SuccessPlan, SuccessPlan> change) {
        return changes.write(changed -> {
            SuccessPlan before = get(id);
            if (before.version() != expectedVersion) {
                throw new StaleVersionException("plan " + id, expectedVersion, before.version());
            }
            SuccessPlan after;
            try {
                after = change.apply(before);
            } catch (IllegalTransitionException refused) {
                throw new ConflictException("status", Objects.requireNonNullElse(refused.getMessage(), refused.toString()));
            }
            SuccessPlan saved = plans.save(after);
            changed.add(saved.account());
            record(actor, action, SUBJECT_PLAN, id.toString(), Optional.of(describe(before)),
                    Optional.of(describe(saved)));
            return saved;
        });
    }

    private SuccessPlan saveNew(SuccessPlan plan, String actor, String action) {
        return changes.write(plan.account(), () -> {
            SuccessPlan saved = plans.save(plan);
            record(actor, action, SUBJECT_PLAN, saved.id().toString(), Optional.empty(), Optional.of(describe(saved)));
            return saved;
        });
    }

    private void record(String actor, String action, String subjectType, String subjectId, Optional<String> before,
                        Optional<String> after) {
        audit.record(new AuditEntry(clock.instant(), actor, action, subjectType, subjectId, before, after));
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private static void requireObjective(SuccessPlan plan, int objectiveId) {
        if (plan.objective(objectiveId).isEmpty()) {
            throw new NotFoundException("objective " + objectiveId + " of plan " + plan.id());
        }
    }

    private static void requireTask(SuccessPlan plan, int taskId) {
        if (plan.task(taskId).isEmpty()) {
            throw new NotFoundException("task " + taskId + " of plan " + plan.id());
        }
    }

    /** Audit text of a plan: {@code field=value; …}, objectives and tasks by id with their state. */
    static String describe(SuccessPlan plan) {
        StringBuilder text = new StringBuilder()
                .append("account=").append(plan.account())
                .append("; title=").append(plan.title())
                .append("; type=").append(plan.type())
                .append("; status=").append(plan.status())
                .append("; owner=").append(plan.owner())
                .append("; start=").append(plan.startDate())
                .append("; target=").append(plan.targetDate())
                .append("; version=").append(plan.version());
        plan.objectives().forEach(objective -> text.append("; objective ").append(objective.id())
                .append('=').append(objective.status()));
        plan.tasks().forEach(task -> text.append("; task ").append(task.id())
                .append('=').append(task.done() ? "done" : "open"));
        return text.toString();
    }
}
