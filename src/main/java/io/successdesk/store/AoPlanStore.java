package io.successdesk.store;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import io.successdesk.app.Page;
import io.successdesk.app.PageRequest;
import io.successdesk.app.StaleVersionException;
import io.successdesk.app.plan.PlanStore;
import io.successdesk.domain.account.AccountKey;
import io.successdesk.domain.plan.Objective;
import io.successdesk.domain.plan.ObjectiveStatus;
import io.successdesk.domain.plan.PlanId;
import io.successdesk.domain.plan.PlanStatus;
import io.successdesk.domain.plan.PlanTask;
import io.successdesk.domain.plan.PlanType;
import io.successdesk.domain.plan.PlaybookId;
import io.successdesk.domain.plan.PlaybookTemplate;
import io.successdesk.domain.plan.SuccessPlan;
import io.successdesk.store.ao.ObjectiveEntity;
import io.successdesk.store.ao.PlanEntity;
import io.successdesk.store.ao.PlanTaskEntity;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import net.java.ao.Query;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * {@link PlanStore} in Active Objects: a plan row plus objective and task child rows, written as one unit.
 * <p>
 * Saving an existing plan first deletes its row {@code WHERE PLAN_ID = ? AND VERSION = ?}: the database lets only
 * one transaction delete that row (a concurrent writer waits for the row lock, then finds nothing to delete, or
 * fails on the lock), so of two writers holding the same version exactly one wins. The winner then rewrites the
 * children and inserts the plan row with the next version, all in one transaction. Plan ids are unique by a check
 * inside that transaction (AO cannot declare it). Children keep their list order through their row ids.
 * Playbook templates are delegated to {@link AoPlaybookTemplates}.
 */
@Named
public class AoPlanStore implements PlanStore {

    /** Bound on {@link #byAccountAndStatus}: the port promises few plans per account and status. */
    static final int MAX_PLANS_PER_STATUS = 1000;

    private static final String NEWEST_START_FIRST =
            PlanEntity.START_DAY + " DESC, " + PlanEntity.ID_HIGH + " ASC, " + PlanEntity.ID_LOW + " ASC";

    private static final int H2_CONCURRENT_UPDATE = 90131;

    private final ActiveObjects ao;
    private final AoPlaybookTemplates templates;

    @Inject
    public AoPlanStore(@ComponentImport ActiveObjects ao) {
        this.ao = Objects.requireNonNull(ao, "ao");
        this.templates = new AoPlaybookTemplates(ao);
    }

    @Override
    public Optional<SuccessPlan> get(PlanId id) {
        Objects.requireNonNull(id, "id");
        return ao.executeInTransaction(() -> {
            PlanEntity[] rows = ao.find(PlanEntity.class,
                    Query.select().where(PlanEntity.PLAN_ID + " = ?", id.toString()).limit(1));
            return rows.length == 0 ? Optional.<SuccessPlan>empty() : Optional.of(toPlans(List.of(rows)).get(0));
        });
    }

    @Override
    public Page<SuccessPlan> pageByAccount(AccountKey account, PageRequest page) {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(page, "page");
        return ao.executeInTransaction(() -> {
            int total = ao.count(PlanEntity.class, Query.select().where(PlanEntity.ACCOUNT_KEY + " = ?", account.value()));
            PlanEntity[] rows = ao.find(PlanEntity.class, Query.select()
                    .where(PlanEntity.ACCOUNT_KEY + " = ?", account.value())
                    .order(NEWEST_START_FIRST)
                    .offset(page.offset())
                    .limit(page.limit()));
            return Page.of(toPlans(Arrays.asList(rows)), page, total);
        });
    }

    @Override
    public List<SuccessPlan> byAccountAndStatus(AccountKey account, PlanStatus status) {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(status, "status");
        return ao.executeInTransaction(() -> toPlans(Arrays.asList(ao.find(PlanEntity.class, Query.select()
                .where(PlanEntity.ACCOUNT_KEY + " = ? AND " + PlanEntity.STATUS + " = ?", account.value(), status.name())
                .order(NEWEST_START_FIRST)
                .limit(MAX_PLANS_PER_STATUS)))));
    }

    @Override
    public SuccessPlan save(SuccessPlan plan) {
        Objects.requireNonNull(plan, "plan");
        String planId = plan.id().toString();
        long expected = plan.version();
        return ao.executeInTransaction(() -> {
            if (expected == 0) {
                long stored = storedVersion(planId);
                if (stored != 0) {
                    throw stale(plan, stored);
                }
            } else {
                claimVersion(plan);
                ao.deleteWithSQL(ObjectiveEntity.class, ObjectiveEntity.PLAN_ID + " = ?", planId);
                ao.deleteWithSQL(PlanTaskEntity.class, PlanTaskEntity.PLAN_ID + " = ?", planId);
            }
            SuccessPlan saved = plan.withVersion(expected + 1);
            insert(saved);
            return saved;
        });
    }

    @Override
    public Optional<PlaybookTemplate> template(PlaybookId id) {
        return templates.get(id);
    }

    @Override
    public List<PlaybookTemplate> templates() {
        return templates.all();
    }

    @Override
    public void saveTemplate(PlaybookTemplate template) {
        templates.save(template);
    }

    @Override
    public void replaceTemplate(PlaybookTemplate next, long expectedVersion) {
        templates.replace(next, expectedVersion);
    }

    @Override
    public boolean deleteTemplate(PlaybookId id) {
        return templates.delete(id);
    }

    /** Deletes the plan row at the expected version; nothing deleted means someone else saved first. */
    private void claimVersion(SuccessPlan plan) {
        String planId = plan.id().toString();
        int deleted;
        try {
            deleted = ao.deleteWithSQL(PlanEntity.class,
                    PlanEntity.PLAN_ID + " = ? AND " + PlanEntity.VERSION + " = ?", planId, plan.version());
        } catch (RuntimeException failure) {
            if (!isLockConflict(failure)) {
                throw failure;
            }
            // The database refused (rather than waited for) a row another transaction is changing: it is saving it.
            StaleVersionException stale = stale(plan, plan.version() + 1);
            stale.addSuppressed(failure);
            throw stale;
        }
        if (deleted == 0) {
            throw stale(plan, storedVersion(planId));
        }
    }

    /** Lock timeout, serialization failure, deadlock, or H2's "concurrent update" (MVCC). */
    private static boolean isLockConflict(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql) {
                String state = String.valueOf(sql.getSQLState());
                return state.startsWith("40") || state.equals("HYT00") || state.equals("55P03")
                        || sql.getErrorCode() == H2_CONCURRENT_UPDATE;
            }
        }
        return false;
    }

    private long storedVersion(String planId) {
        PlanEntity[] rows = ao.find(PlanEntity.class,
                Query.select().where(PlanEntity.PLAN_ID + " = ?", planId).limit(1));
        return rows.length == 0 ? 0 : rows[0].getVersion();
    }

    private static StaleVersionException stale(SuccessPlan plan, long actual) {
        return new StaleVersionException("plan " + plan.id(), plan.version(), actual);
    }

    private void insert(SuccessPlan plan) {
        String planId = plan.id().toString();
        UuidOrderKey key = UuidOrderKey.of(plan.id().value());
        Map<String, Object> row = new HashMap<>();
        row.put(PlanEntity.PLAN_ID, planId);
        row.put(PlanEntity.ID_HIGH, key.high());
        row.put(PlanEntity.ID_LOW, key.low());
        row.put(PlanEntity.ACCOUNT_KEY, plan.account().value());
        row.put(PlanEntity.TITLE, plan.title());
        row.put(PlanEntity.PLAN_TYPE, plan.type().name());
        row.put(PlanEntity.STATUS, plan.status().name());
        row.put(PlanEntity.OWNER_KEY, plan.owner());
        row.put(PlanEntity.START_DAY, day(plan.startDate()));
        row.put(PlanEntity.TARGET_DAY, day(plan.targetDate()));
        row.put(PlanEntity.VERSION, plan.version());
        ao.create(PlanEntity.class, row);
        for (Objective objective : plan.objectives()) {
            Map<String, Object> child = new HashMap<>();
            child.put(ObjectiveEntity.PLAN_ID, planId);
            child.put(ObjectiveEntity.PART_NO, objective.id());
            child.put(ObjectiveEntity.TITLE, objective.title());
            putIfPresent(child, ObjectiveEntity.CRITERIA, StoredValues.blankToNull(objective.successCriteria()));
            child.put(ObjectiveEntity.STATUS, objective.status().name());
            child.put(ObjectiveEntity.DUE_DAY, day(objective.dueDate()));
            child.put(ObjectiveEntity.OWNER_KEY, objective.owner());
            ao.create(ObjectiveEntity.class, child);
        }
        for (PlanTask task : plan.tasks()) {
            Map<String, Object> child = new HashMap<>();
            child.put(PlanTaskEntity.PLAN_ID, planId);
            child.put(PlanTaskEntity.PART_NO, task.id());
            child.put(PlanTaskEntity.TITLE, task.title());
            child.put(PlanTaskEntity.DUE_DAY, day(task.dueDate()));
            child.put(PlanTaskEntity.DONE, task.done());
            putIfPresent(child, PlanTaskEntity.ISSUE_KEY, task.linkedIssueKey().orElse(null));
            if (task.objectiveId().isPresent()) {
                child.put(PlanTaskEntity.OBJECTIVE_NUMBER, task.objectiveId().getAsInt());
            }
            ao.create(PlanTaskEntity.class, child);
        }
    }

    /** Maps plan rows (in order) to plans, loading all their children with one query per child table. */
    private List<SuccessPlan> toPlans(List<PlanEntity> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        List<String> planIds = rows.stream().map(PlanEntity::getPlanId).toList();
        Map<String, List<Objective>> objectives = objectivesOf(planIds);
        Map<String, List<PlanTask>> tasks = tasksOf(planIds);
        List<SuccessPlan> plans = new ArrayList<>(rows.size());
        for (PlanEntity row : rows) {
            plans.add(new SuccessPlan(PlanId.parse(row.getPlanId()), AccountKey.of(row.getAccountKey()), row.getTitle(),
                    PlanType.valueOf(row.getPlanType()), PlanStatus.valueOf(row.getStatus()), row.getOwnerKey(),
                    date(row.getStartDay()), date(row.getTargetDay()),
                    objectives.getOrDefault(row.getPlanId(), List.of()), tasks.getOrDefault(row.getPlanId(), List.of()),
                    row.getVersion()));
        }
        return plans;
    }

    private Map<String, List<Objective>> objectivesOf(List<String> planIds) {
        Map<String, List<Objective>> byPlan = new LinkedHashMap<>();
        ao.stream(ObjectiveEntity.class, new Criteria().in(ObjectiveEntity.PLAN_ID, planIds).applyTo(
                        Query.select(String.join(", ", "ID", ObjectiveEntity.PLAN_ID,
                                ObjectiveEntity.PART_NO, ObjectiveEntity.TITLE, ObjectiveEntity.CRITERIA, ObjectiveEntity.STATUS,
                                ObjectiveEntity.DUE_DAY, ObjectiveEntity.OWNER_KEY)))
                        .order("ID"),
                row -> byPlan.computeIfAbsent(row.getPlanId(), planId -> new ArrayList<>()).add(new Objective(
                        row.getPartNo(), row.getTitle(), StoredValues.nullToEmpty(row.getCriteria()),
                        ObjectiveStatus.valueOf(row.getStatus()), date(row.getDueDay()), row.getOwnerKey())));
        return byPlan;
    }

    private Map<String, List<PlanTask>> tasksOf(List<String> planIds) {
        Map<String, List<PlanTask>> byPlan = new LinkedHashMap<>();
        ao.stream(PlanTaskEntity.class, new Criteria().in(PlanTaskEntity.PLAN_ID, planIds).applyTo(
                        Query.select(String.join(", ", "ID", PlanTaskEntity.PLAN_ID,
                                PlanTaskEntity.PART_NO, PlanTaskEntity.TITLE, PlanTaskEntity.DUE_DAY, PlanTaskEntity.DONE,
                                PlanTaskEntity.ISSUE_KEY, PlanTaskEntity.OBJECTIVE_NUMBER)))
                        .order("ID"),
                row -> byPlan.computeIfAbsent(row.getPlanId(), planId -> new ArrayList<>()).add(new PlanTask(
                        row.getPartNo(), row.getTitle(), date(row.getDueDay()), row.isDone(),
                        Optional.ofNullable(row.getIssueKey()),
                        row.getObjectiveNumber() == null ? OptionalInt.empty() : OptionalInt.of(row.getObjectiveNumber()))));
        return byPlan;
    }

    private static void putIfPresent(Map<String, Object> row, String column, Object value) {
        if (value != null) {
            row.put(column, value);
        }
    }

    static int day(LocalDate date) {
        return Math.toIntExact(date.toEpochDay());
    }

    static LocalDate date(int epochDay) {
        return LocalDate.ofEpochDay(epochDay);
    }
}
