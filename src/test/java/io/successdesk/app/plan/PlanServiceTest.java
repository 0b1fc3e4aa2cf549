package io.successdesk.app.plan;

import io.successdesk.app.change.TestAccountChanges;
import io.successdesk.app.change.InMemoryAccountChangeLog;

import io.successdesk.app.ConflictException;
import io.successdesk.app.InvalidInputException;
import io.successdesk.app.NotFoundException;
import io.successdesk.app.PageRequest;
import io.successdesk.app.StaleVersionException;
import io.successdesk.app.audit.AuditEntry;
import io.successdesk.app.audit.InMemoryAuditLog;
import io.successdesk.app.plan.PlanCommands.AddObjective;
import io.successdesk.app.plan.PlanCommands.AddTask;
import io.successdesk.app.plan.PlanCommands.CreatePlan;
import io.successdesk.domain.account.AccountKey;
import io.successdesk.domain.plan.ObjectiveStatus;
import io.successdesk.domain.plan.PlanId;
import io.successdesk.domain.plan.PlanStatus;
import io.successdesk.domain.plan.PlanTask;
import io.successdesk.domain.plan.PlanType;
import io.successdesk.domain.plan.PlaybookId;
import io.successdesk.domain.plan.PlaybookTemplate;
import io.successdesk.domain.plan.SuccessPlan;
import io.successdesk.domain.value.Percentage;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class PlanServiceTest {

    // 23:30 UTC on 9 March is already 10 March in Sydney: "today" must come from the clock's zone
    private static final Instant NOW = Instant.parse("2026-03-09T23:30:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneId.of("Australia/Sydney"));
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 10);
    private static final AccountKey ACME = AccountKey.of("ACME");
    private static final String ACTOR = "csm.jane";

    private final InMemoryPlanStore store = new InMemoryPlanStore();
    private final InMemoryAuditLog audit = new InMemoryAuditLog();
    private final InMemoryAccountChangeLog changeLog = new InMemoryAccountChangeLog();
    private final AtomicLong sequence = new AtomicLong();
    private final PlanService service = new PlanService(store, audit, CLOCK, TestAccountChanges.over(changeLog),
            () -> new UUID(0, sequence.incrementAndGet()));
    private final PlaybookService playbooks = new PlaybookService(store, audit, CLOCK, TestAccountChanges.DIRECT);

    private SuccessPlan created() {
        return service.create(new CreatePlan("ACME", "Onboarding", PlanType.ONBOARDING, "csm.jane",
                LocalDate.of(2026, 3, 1), LocalDate.of(2026, 5, 31)), ACTOR);
    }

    @Test
    void shouldCreateADraftAtVersionOneAndAuditItWhenInputIsValid() {
        SuccessPlan plan = created();
        assertThat(plan.id()).isEqualTo(new PlanId(new UUID(0, 1)));
        assertThat(plan.status()).isEqualTo(PlanStatus.DRAFT);
        assertThat(plan.version()).isEqualTo(1);
        assertThat(store.get(plan.id())).contains(plan);
        AuditEntry entry = audit.all().get(0);
        assertThat(entry.at()).isEqualTo(NOW);
        assertThat(entry.actor()).isEqualTo(ACTOR);
        assertThat(entry.action()).isEqualTo("plan.create");
        assertThat(entry.subjectType()).isEqualTo("plan");
        assertThat(entry.subjectId()).isEqualTo(plan.id().toString());
        assertThat(entry.before()).isEmpty();
        assertThat(entry.after()).hasValueSatisfying(after -> assertThat(after).contains("status=DRAFT", "account=ACME"));
    }

    @Test
    void shouldNameEveryBadFieldWhenCreateInputIsInvalid() {
        InvalidInputException error = catchThrowableOfType(InvalidInputException.class,
                () -> service.create(new CreatePlan("acme", " ", null, null, null, null), ACTOR));
        assertThat(error.errors()).containsOnlyKeys("account", "title", "type", "owner", "startDate", "targetDate");
        assertThat(error.errors()).containsEntry("title", "is required").containsEntry("startDate", "is required");
        assertThat(audit.all()).isEmpty();
    }

    @Test
    void shouldRefuseATargetOneDayBeforeTheStartButAcceptTheSameDay() {
        LocalDate start = LocalDate.of(2026, 3, 1);
        InvalidInputException error = catchThrowableOfType(InvalidInputException.class, () -> service.create(
                new CreatePlan("ACME", "t", PlanType.CUSTOM, "o", start, start.minusDays(1)), ACTOR));
        assertThat(error.errors()).containsOnlyKeys("targetDate");
        assertThat(service.create(new CreatePlan("ACME", "t", PlanType.CUSTOM, "o", start, start), ACTOR).targetDate())
                .isEqualTo(start);
    }

    @Test
    void shouldRefuseATitleOfMoreThan255Characters() {
        InvalidInputException error = catchThrowableOfType(InvalidInputException.class, () -> service.create(
                new CreatePlan("ACME", "x".repeat(256), PlanType.CUSTOM, "o", TODAY, TODAY), ACTOR));
        assertThat(error.errors()).containsExactly(Map.entry("title", "must be at most 255 characters"));
    }

    @Test
    void shouldMoveThePlanAlongItsLifecycleAndBumpTheVersionWhenTheVersionIsCurrent() {
        SuccessPlan plan = created();
        SuccessPlan active = service.transitionPlan(plan.id(), 1, PlanStatus.ACTIVE, ACTOR);
        assertThat(active.status()).isEqualTo(PlanStatus.ACTIVE);
        assertThat(active.version()).isEqualTo(2);
        AuditEntry entry = audit.all().get(1);
        assertThat(entry.action()).isEqualTo("plan.transition");
        assertThat(entry.before()).hasValueSatisfying(before -> assertThat(before).contains("status=DRAFT", "version=1"));
        assertThat(entry.after()).hasValueSatisfying(after -> assertThat(after).contains("status=ACTIVE", "version=2"));
    }

    @Test
    void shouldRefuseAChangeWhenTheCallerReadAnOlderVersion() {
        SuccessPlan plan = created();
        service.transitionPlan(plan.id(), 1, PlanStatus.ACTIVE, ACTOR);
        StaleVersionException error = catchThrowableOfType(StaleVersionException.class,
                () -> service.transitionPlan(plan.id(), 1, PlanStatus.CANCELLED, ACTOR));
        assertThat(error.expectedVersion()).isEqualTo(1);
        assertThat(error.actualVersion()).isEqualTo(2);
        assertThat(store.get(plan.id()).orElseThrow().status()).isEqualTo(PlanStatus.ACTIVE);
        assertThat(audit.all()).hasSize(2);
    }

    @Test
    void shouldAnswerConflictOnStatusWhenTheLifecycleForbidsTheMove() {
        SuccessPlan plan = created();
        ConflictException error = catchThrowableOfType(ConflictException.class,
                () -> service.transitionPlan(plan.id(), 1, PlanStatus.COMPLETED, ACTOR));
        assertThat(error.field()).isEqualTo("status");
        assertThat(error).hasMessageContaining("plan cannot go from DRAFT to COMPLETED");
        assertThat(store.get(plan.id()).orElseThrow().version()).isEqualTo(1);
    }

    @Test
    void shouldAnswerNotFoundWhenThePlanOrItsPartDoesNotExist() {
        assertThatThrownBy(() -> service.transitionPlan(new PlanId(new UUID(9, 9)), 1, PlanStatus.ACTIVE, ACTOR))
                .isInstanceOf(NotFoundException.class);
        SuccessPlan plan = created();
        assertThatThrownBy(() -> service.completeTask(plan.id(), 1, 1, ACTOR))
                .isInstanceOf(NotFoundException.class).hasMessageStartingWith("task 1 of plan");
        assertThatThrownBy(() -> service.transitionObjective(plan.id(), 1, 1, ObjectiveStatus.IN_PROGRESS, ACTOR))
                .isInstanceOf(NotFoundException.class).hasMessageStartingWith("objective 1 of plan");
    }

    @Test
    void shouldAddObjectivesAndTasksAndTrackThemWhenEditing() {
        SuccessPlan plan = created();
        plan = service.addObjective(plan.id(), plan.version(),
                new AddObjective(" Go live ", null, LocalDate.of(2026, 3, 31), "csm.jane"), ACTOR);
        plan = service.addTask(plan.id(), plan.version(), new AddTask("Kick-off", TODAY, " CS-7 ", 1), ACTOR);
        plan = service.transitionObjective(plan.id(), plan.version(), 1, ObjectiveStatus.IN_PROGRESS, ACTOR);
        plan = service.completeTask(plan.id(), plan.version(), 1, ACTOR);
        assertThat(plan.objective(1).orElseThrow().title()).isEqualTo("Go live");
        assertThat(plan.objective(1).orElseThrow().successCriteria()).isEmpty();
        assertThat(plan.objective(1).orElseThrow().status()).isEqualTo(ObjectiveStatus.IN_PROGRESS);
        PlanTask task = plan.task(1).orElseThrow();
        assertThat(task.linkedIssueKey()).contains("CS-7");
        assertThat(task.objectiveId()).isEqualTo(OptionalInt.of(1));
        assertThat(task.done()).isTrue();
        assertThat(plan.version()).isEqualTo(5);
        assertThat(service.reopenTask(plan.id(), 5, 1, ACTOR).task(1).orElseThrow().done()).isFalse();
        assertThat(audit.all()).extracting(AuditEntry::action).containsExactly("plan.create", "plan.objective.add",
                "plan.task.add", "plan.objective.transition", "plan.task.complete", "plan.task.reopen");
        assertThat(changeLog.history()).as("every plan write marks its account")
                .hasSize(6).containsOnly(plan.account());
    }

    @Test
    void shouldNameTheFieldsOfABadTaskWhenAdding() {
        SuccessPlan plan = created();
        InvalidInputException error = catchThrowableOfType(InvalidInputException.class,
                () -> service.addTask(plan.id(), 1, new AddTask("", null, "not a key", null), ACTOR));
        assertThat(error.errors()).containsOnlyKeys("title", "dueDate", "linkedIssueKey");
        InvalidInputException unknownObjective = catchThrowableOfType(InvalidInputException.class,
                () -> service.addTask(plan.id(), 1, new AddTask("t", TODAY, null, 3), ACTOR));
        assertThat(unknownObjective.errors()).containsOnlyKeys("objectiveId");
        InvalidInputException badObjective = catchThrowableOfType(InvalidInputException.class,
                () -> service.addObjective(plan.id(), 1, new AddObjective(null, "c".repeat(2001), null, " "), ACTOR));
        assertThat(badObjective.errors()).containsOnlyKeys("title", "successCriteria", "dueDate", "owner");
    }

    @Test
    void shouldEditDetailsAndNameBadFieldsWhenEditing() {
        SuccessPlan plan = created();
        SuccessPlan edited = service.editPlan(plan.id(), 1,
                new PlanCommands.EditPlan("Faster onboarding", "csm.joe", TODAY, TODAY.plusDays(1)), ACTOR);
        assertThat(edited.title()).isEqualTo("Faster onboarding");
        assertThat(edited.owner()).isEqualTo("csm.joe");
        assertThat(edited.version()).isEqualTo(2);
        assertThat(audit.all()).extracting(AuditEntry::action).endsWith("plan.edit");
        InvalidInputException error = catchThrowableOfType(InvalidInputException.class, () -> service.editPlan(
                plan.id(), 2, new PlanCommands.EditPlan("", "", TODAY, TODAY.minusDays(1)), ACTOR));
        assertThat(error.errors()).containsOnlyKeys("title", "owner", "targetDate");
    }

    @Test
    void shouldRefuseEditsWithConflictWhenThePlanIsCancelled() {
        SuccessPlan plan = service.transitionPlan(created().id(), 1, PlanStatus.CANCELLED, ACTOR);
        assertThatThrownBy(() -> service.addObjective(plan.id(), 2, new AddObjective("o", "", TODAY, "o"), ACTOR))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("is CANCELLED: it, its objectives and its tasks can no longer change");
    }

    @Test
    void shouldSummariseOnlyActivePlansAsOfTheClocksToday() {
        SuccessPlan onboarding = service.createFromTemplate(savedTemplate().id(), "ACME", "csm.jane",
                LocalDate.of(2026, 3, 1), true, ACTOR);
        // tasks due 03-01 (+0), 03-09 (+8), 03-10 (+9): as of 03-10 the first two are overdue, the third is due today
        SuccessPlan draft = created();
        service.addTask(draft.id(), 1, new AddTask("ignored", LocalDate.of(2026, 1, 1), null, null), ACTOR);

        AccountPlanSummary summary = service.summary(ACME);
        assertThat(summary.asOf()).isEqualTo(TODAY);
        assertThat(summary.plans()).extracting(active -> active.plan().id()).containsExactly(onboarding.id());
        assertThat(summary.overdueTasks()).extracting(PlanTask::title).containsExactly("Kick-off", "Admin training");
        assertThat(summary.onboardingOverdue()).isTrue();
        AccountPlanSummary.ActivePlan active = summary.plans().get(0);
        assertThat(active.progress()).contains(Percentage.ZERO);
        assertThat(active.openObjectives()).hasSize(1);
        assertThat(active.overdue().objectives()).isEmpty();
        assertThat(service.summary(AccountKey.of("OTHER")).plans()).isEmpty();
    }

    @Test
    void shouldNotFlagOnboardingWhenNothingIsOverdue() {
        service.createFromTemplate(savedTemplate().id(), "ACME", "csm.jane", TODAY, true, ACTOR);
        AccountPlanSummary summary = service.summary(ACME);
        assertThat(summary.overdueTasks()).isEmpty();
        assertThat(summary.onboardingOverdue()).isFalse();
    }

    @Test
    void shouldCreateFromATemplateStartingTodayWhenNoStartDateIsGiven() {
        SuccessPlan plan = service.createFromTemplate(savedTemplate().id(), "ACME", "csm.jane", null, false, ACTOR);
        assertThat(plan.startDate()).isEqualTo(TODAY);
        assertThat(plan.targetDate()).isEqualTo(TODAY.plusDays(30));
        assertThat(plan.status()).isEqualTo(PlanStatus.DRAFT);
        assertThat(audit.all()).extracting(AuditEntry::action).endsWith("plan.create-from-playbook");
        assertThatThrownBy(() -> service.createFromTemplate(new PlaybookId(new UUID(5, 5)), "ACME", "o", null, false, ACTOR))
                .isInstanceOf(NotFoundException.class);
        InvalidInputException error = catchThrowableOfType(InvalidInputException.class,
                () -> service.createFromTemplate(savedTemplate().id(), null, "", null, false, ACTOR));
        assertThat(error.errors()).containsOnlyKeys("account", "owner");
    }

    @Test
    void shouldAuditTemplateCreationUpdateAndDeletion() {
        PlaybookTemplate template = savedTemplate();
        playbooks.saveTemplate(template, ACTOR);
        assertThat(playbooks.templates()).containsExactly(template);
        playbooks.deleteTemplate(template.id(), ACTOR);
        assertThat(playbooks.templates()).isEmpty();
        assertThatThrownBy(() -> playbooks.deleteTemplate(template.id(), ACTOR)).isInstanceOf(NotFoundException.class);
        assertThat(audit.all()).extracting(AuditEntry::action)
                .containsExactly("playbook.create", "playbook.update", "playbook.delete");
        assertThat(audit.all().get(2).after()).isEmpty();
    }

    @Test
    void shouldPagePlansOfAnAccountNewestStartFirst() {
        service.create(new CreatePlan("ACME", "old", PlanType.CUSTOM, "o", TODAY.minusDays(10), TODAY), ACTOR);
        service.create(new CreatePlan("ACME", "new", PlanType.CUSTOM, "o", TODAY, TODAY), ACTOR);
        service.create(new CreatePlan("BETA", "other", PlanType.CUSTOM, "o", TODAY, TODAY), ACTOR);
        var page = service.plansOf(ACME, PageRequest.first(1));
        assertThat(page.items()).extracting(SuccessPlan::title).containsExactly("new");
        assertThat(page.total()).isEqualTo(2);
    }

    private PlaybookTemplate savedTemplate() {
        PlaybookTemplate template = new PlaybookTemplate(new PlaybookId(new UUID(1, 1)), "Standard onboarding",
                PlanType.ONBOARDING, 30,
                List.of(new PlaybookTemplate.ObjectiveStep("Go live", "", 30)),
                List.of(new PlaybookTemplate.TaskStep("Kick-off", 0, OptionalInt.empty()),
                        new PlaybookTemplate.TaskStep("Admin training", 8, OptionalInt.of(0)),
                        new PlaybookTemplate.TaskStep("Data import", 9, OptionalInt.of(0))), 1);
        playbooks.saveTemplate(template, ACTOR);
        return template;
    }
}
