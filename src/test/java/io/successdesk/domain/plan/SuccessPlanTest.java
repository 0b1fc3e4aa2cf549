package io.successdesk.domain.plan;

import io.successdesk.domain.account.AccountKey;
import io.successdesk.domain.value.Percentage;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.Example;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SuccessPlanTest {

    static final AccountKey ACME = AccountKey.of("ACME");
    static final LocalDate START = LocalDate.of(2026, 3, 1);
    static final LocalDate TARGET = LocalDate.of(2026, 5, 30);
    static final PlanId ID = new PlanId(new UUID(0, 1));

    static SuccessPlan draft() {
        return SuccessPlan.draft(ID, ACME, "Onboarding", PlanType.ONBOARDING, "csm.jane", START, TARGET);
    }

    @Example
    void shouldRefuseATargetDateOneDayBeforeTheStartWhenCreated() {
        assertThatThrownBy(() -> SuccessPlan.draft(ID, ACME, "t", PlanType.CUSTOM, "o", START, START.minusDays(1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("plan target date 2026-02-28 is before its start date 2026-03-01");
    }

    @Example
    void shouldAcceptATargetDateEqualToTheStartWhenCreated() {
        assertThat(SuccessPlan.draft(ID, ACME, "t", PlanType.CUSTOM, "o", START, START).targetDate()).isEqualTo(START);
    }

    @Example
    void shouldStripTheTitleAndRefuseABlankOneWhenCreated() {
        assertThat(SuccessPlan.draft(ID, ACME, "  Renewal  ", PlanType.RENEWAL, "o", START, TARGET).title())
                .isEqualTo("Renewal");
        assertThatThrownBy(() -> SuccessPlan.draft(ID, ACME, " ", PlanType.RENEWAL, "o", START, TARGET))
                .hasMessage("plan title is required");
        assertThatThrownBy(() -> SuccessPlan.draft(ID, ACME, "x".repeat(256), PlanType.RENEWAL, "o", START, TARGET))
                .hasMessage("plan title must be at most 255 characters");
        assertThat(SuccessPlan.draft(ID, ACME, "x".repeat(255), PlanType.RENEWAL, "o", START, TARGET).title()).hasSize(255);
    }

    @Example
    void shouldStartAsAnEmptyUnsavedDraftWhenCreated() {
        SuccessPlan plan = draft();
        assertThat(plan.status()).isEqualTo(PlanStatus.DRAFT);
        assertThat(plan.version()).isZero();
        assertThat(plan.objectives()).isEmpty();
        assertThat(plan.tasks()).isEmpty();
    }

    @Example
    void shouldNumberObjectivesAndTasksFromOneWhenAdded() {
        SuccessPlan plan = draft()
                .addObjective("Go live", "Users log in", START.plusDays(30), "csm.jane")
                .addObjective("Train admins", "", START.plusDays(20), "csm.jane")
                .addTask("Kick-off call", START.plusDays(2), Optional.of("CS-42"), OptionalInt.of(1))
                .addTask("Send guide", START.plusDays(3), Optional.empty(), OptionalInt.empty());
        assertThat(plan.objectives()).extracting(Objective::id).containsExactly(1, 2);
        assertThat(plan.objectives()).extracting(Objective::status)
                .containsOnly(ObjectiveStatus.NOT_STARTED);
        assertThat(plan.tasks()).extracting(PlanTask::id).containsExactly(1, 2);
        assertThat(plan.task(1).orElseThrow().linkedIssueKey()).contains("CS-42");
        assertThat(plan.task(2).orElseThrow().done()).isFalse();
    }

    @Example
    void shouldRefuseATaskForAnObjectiveThePlanDoesNotHaveWhenAdded() {
        SuccessPlan plan = draft().addObjective("Go live", "", START, "o");
        assertThatThrownBy(() -> plan.addTask("x", START, Optional.empty(), OptionalInt.of(2)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("refers to objective 2");
    }

    @Example
    void shouldRefuseDuplicateIdsWhenRebuilt() {
        Objective objective = new Objective(1, "a", "", ObjectiveStatus.NOT_STARTED, START, "o");
        assertThatThrownBy(() -> new SuccessPlan(ID, ACME, "t", PlanType.CUSTOM, PlanStatus.DRAFT, "o", START, TARGET,
                List.of(objective, objective), List.of(), 0))
                .hasMessage("the plan has two objectives numbered 1");
    }

    @Example
    void shouldRefuseEditsToObjectivesAndTasksWhenThePlanIsCompletedOrCancelled() {
        SuccessPlan withParts = draft().addObjective("Go live", "", START, "o")
                .addTask("Kick-off", START, Optional.empty(), OptionalInt.empty())
                .transitionTo(PlanStatus.ACTIVE);
        for (SuccessPlan closed : List.of(withParts.transitionTo(PlanStatus.COMPLETED),
                withParts.transitionTo(PlanStatus.CANCELLED))) {
            assertThatThrownBy(() -> closed.addObjective("x", "", START, "o"))
                    .isInstanceOf(IllegalTransitionException.class)
                    .hasMessageContaining("is " + closed.status() + ": it, its objectives and its tasks can no longer change");
            assertThatThrownBy(() -> closed.withDetails("t", "o", START, TARGET))
                    .isInstanceOf(IllegalTransitionException.class);
            assertThatThrownBy(() -> closed.addTask("x", START, Optional.empty(), OptionalInt.empty()))
                    .isInstanceOf(IllegalTransitionException.class);
            assertThatThrownBy(() -> closed.transitionObjective(1, ObjectiveStatus.IN_PROGRESS))
                    .isInstanceOf(IllegalTransitionException.class);
            assertThatThrownBy(() -> closed.completeTask(1)).isInstanceOf(IllegalTransitionException.class);
        }
    }

    @Example
    void shouldAllowEditsWhileDraftOrActive() {
        SuccessPlan draft = draft().addObjective("Go live", "", START, "o");
        assertThat(draft.transitionObjective(1, ObjectiveStatus.IN_PROGRESS).objective(1).orElseThrow().status())
                .isEqualTo(ObjectiveStatus.IN_PROGRESS);
        SuccessPlan active = draft.transitionTo(PlanStatus.ACTIVE).addTask("t", START, Optional.empty(), OptionalInt.empty());
        assertThat(active.completeTask(1).task(1).orElseThrow().done()).isTrue();
    }

    @Example
    void shouldRefuseCompletingADoneTaskAndReopeningAnOpenOne() {
        SuccessPlan plan = draft().addTask("t", START, Optional.empty(), OptionalInt.empty());
        SuccessPlan done = plan.completeTask(1);
        assertThatThrownBy(() -> done.completeTask(1)).isInstanceOf(IllegalTransitionException.class)
                .hasMessage("task 1 is already done");
        assertThatThrownBy(() -> plan.reopenTask(1)).isInstanceOf(IllegalTransitionException.class);
        assertThat(done.reopenTask(1).task(1).orElseThrow().done()).isFalse();
    }

    @Example
    void shouldChangeDetailsButKeepTheRulesWhenEdited() {
        SuccessPlan edited = draft().addObjective("o", "", START, "o")
                .withDetails(" Faster onboarding ", "csm.joe", START.plusDays(1), START.plusDays(1));
        assertThat(edited.title()).isEqualTo("Faster onboarding");
        assertThat(edited.owner()).isEqualTo("csm.joe");
        assertThat(edited.startDate()).isEqualTo(START.plusDays(1));
        assertThat(edited.targetDate()).isEqualTo(START.plusDays(1));
        assertThat(edited.objectives()).hasSize(1);
        assertThatThrownBy(() -> draft().withDetails("t", "o", START, START.minusDays(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Example
    void shouldRefuseUnknownPartsWhenChanged() {
        assertThatThrownBy(() -> draft().completeTask(7)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageEndingWith("has no task 7");
        assertThatThrownBy(() -> draft().transitionObjective(3, ObjectiveStatus.MISSED))
                .hasMessageEndingWith("has no objective 3");
    }

    @Example
    void shouldHaveNoProgressWhenThereAreNoObjectives() {
        assertThat(draft().progress()).isEmpty();
    }

    @Example
    void shouldCountOnlyAchievedObjectivesAsProgressWhenSomeAreMissed() {
        // 4 objectives: #1 achieved, #2 missed, #3 in progress, #4 not started → 1 ÷ 4 = 25 %
        SuccessPlan plan = draft();
        for (int i = 1; i <= 4; i++) {
            plan = plan.addObjective("objective " + i, "", TARGET, "o");
        }
        plan = plan.transitionObjective(1, ObjectiveStatus.IN_PROGRESS).transitionObjective(1, ObjectiveStatus.ACHIEVED)
                .transitionObjective(2, ObjectiveStatus.MISSED)
                .transitionObjective(3, ObjectiveStatus.IN_PROGRESS);
        assertThat(plan.progress()).contains(new Percentage(25));
    }

    @Property
    void shouldKeepProgressBetweenZeroAndHundredAndEqualToTheAchievedShare(
            @ForAll @Size(min = 1, max = 12) List<ObjectiveStatus> statuses) {
        SuccessPlan plan = draft();
        for (int i = 0; i < statuses.size(); i++) {
            plan = plan.addObjective("objective " + i, "", TARGET, "o");
        }
        for (int i = 0; i < statuses.size(); i++) {
            plan = reach(plan, i + 1, statuses.get(i));
        }
        long achieved = statuses.stream().filter(status -> status == ObjectiveStatus.ACHIEVED).count();
        double progress = plan.progress().orElseThrow().value();
        assertThat(progress).isBetween(0.0, 100.0).isCloseTo(100.0 * achieved / statuses.size(), org.assertj.core.data.Offset.offset(1e-9));
    }

    private static SuccessPlan reach(SuccessPlan plan, int objectiveId, ObjectiveStatus target) {
        return switch (target) {
            case NOT_STARTED -> plan;
            case IN_PROGRESS, MISSED -> plan.transitionObjective(objectiveId, target);
            case ACHIEVED -> plan.transitionObjective(objectiveId, ObjectiveStatus.IN_PROGRESS)
                    .transitionObjective(objectiveId, ObjectiveStatus.ACHIEVED);
        };
    }

    @Example
    void shouldReportTasksAndObjectivesDueBeforeTheDayAsOverdueButNotThoseDueThatDay() {
        LocalDate day = LocalDate.of(2026, 3, 10);
        SuccessPlan plan = draft()
                .addObjective("due yesterday", "", day.minusDays(1), "o")      // 1: overdue
                .addObjective("due today", "", day, "o")                        // 2: not yet
                .addObjective("achieved late", "", day.minusDays(5), "o")      // 3: achieved, never overdue
                .addObjective("missed", "", day.minusDays(5), "o")             // 4: missed, never overdue
                .transitionObjective(3, ObjectiveStatus.IN_PROGRESS).transitionObjective(3, ObjectiveStatus.ACHIEVED)
                .transitionObjective(4, ObjectiveStatus.MISSED)
                .addTask("due yesterday", day.minusDays(1), Optional.empty(), OptionalInt.empty()) // 1: overdue
                .addTask("due today", day, Optional.empty(), OptionalInt.empty())                 // 2: not yet
                .addTask("done late", day.minusDays(9), Optional.empty(), OptionalInt.empty())    // 3: done
                .completeTask(3)
                .transitionTo(PlanStatus.ACTIVE);
        PlanOverdue overdue = plan.overdue(day);
        assertThat(overdue.objectives()).extracting(Objective::id).containsExactly(1);
        assertThat(overdue.tasks()).extracting(PlanTask::id).containsExactly(1);
        assertThat(overdue.pastTarget()).isFalse();
        assertThat(overdue.isEmpty()).isFalse();
        assertThat(plan.overdue(day.minusDays(1)).isEmpty()).isTrue();
    }

    @Example
    void shouldBePastTargetOnlyFromTheDayAfterTheTargetDate() {
        SuccessPlan active = draft().transitionTo(PlanStatus.ACTIVE);
        assertThat(active.overdue(TARGET).pastTarget()).isFalse();
        assertThat(active.overdue(TARGET.plusDays(1)).pastTarget()).isTrue();
        assertThat(active.overdue(TARGET.plusDays(1)).isEmpty()).isFalse();
    }

    @Example
    void shouldReportNothingOverdueWhenThePlanIsNotActive() {
        SuccessPlan draft = draft().addTask("t", START, Optional.empty(), OptionalInt.empty());
        LocalDate late = TARGET.plusDays(30);
        assertThat(draft.overdue(late).isEmpty()).isTrue();
        SuccessPlan active = draft.transitionTo(PlanStatus.ACTIVE);
        assertThat(active.overdue(late).tasks()).hasSize(1);
        assertThat(active.transitionTo(PlanStatus.COMPLETED).overdue(late).isEmpty()).isTrue();
        assertThat(active.transitionTo(PlanStatus.CANCELLED).overdue(late).isEmpty()).isTrue();
    }

    @Example
    void shouldKeepTheVersionThroughChangesAndReplaceItOnlyWithWithVersion() {
        SuccessPlan saved = draft().withVersion(4);
        assertThat(saved.transitionTo(PlanStatus.ACTIVE).addObjective("o", "", START, "o").version()).isEqualTo(4);
        assertThatThrownBy(() -> saved.withVersion(-1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Example
    void shouldRefuseAMalformedLinkedIssueKey() {
        assertThatThrownBy(() -> draft().addTask("t", START, Optional.of("cs-1"), OptionalInt.empty()))
                .hasMessageContaining("linked issue key must look like CS-42");
        assertThatThrownBy(() -> draft().addTask("t", START, Optional.of("CS-01"), OptionalInt.empty()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
