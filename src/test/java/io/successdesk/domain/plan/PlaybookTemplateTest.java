package io.successdesk.domain.plan;

import io.successdesk.domain.account.AccountKey;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.OptionalInt;
import java.util.UUID;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PlaybookTemplateTest {

    private static final PlaybookId ID = new PlaybookId(new UUID(0, 9));
    private static final UUID PLAN_UUID = new UUID(0, 77);
    private static final Supplier<UUID> IDS = () -> PLAN_UUID;
    private static final LocalDate START = LocalDate.of(2026, 1, 30);

    private static PlaybookTemplate onboarding() {
        return new PlaybookTemplate(ID, "Standard onboarding", PlanType.ONBOARDING, 90,
                List.of(new PlaybookTemplate.ObjectiveStep("Go live", "First production login", 30),
                        new PlaybookTemplate.ObjectiveStep("Adoption", "10 active users", 90)),
                List.of(new PlaybookTemplate.TaskStep("Kick-off call", 0, OptionalInt.of(0)),
                        new PlaybookTemplate.TaskStep("Admin training", 14, OptionalInt.of(0)),
                        new PlaybookTemplate.TaskStep("Health review", 60, OptionalInt.empty()),
                        new PlaybookTemplate.TaskStep("Adoption check", 89, OptionalInt.of(1))), 1);
    }

    @Test
    void shouldTurnDayOffsetsIntoDatesFromTheStartWhenInstantiated() {
        // start 2026-01-30: +0 = 01-30, +14 = 02-13, +30 = 03-01 (Jan has 31 days, Feb 28 in 2026),
        // +60 = 03-31, +89 = 04-29, +90 = 04-30
        SuccessPlan plan = onboarding().instantiate(AccountKey.of("ACME"), "csm.jane", START, PlanStatus.DRAFT, IDS);
        assertThat(plan.id()).isEqualTo(new PlanId(PLAN_UUID));
        assertThat(plan.title()).isEqualTo("Standard onboarding");
        assertThat(plan.type()).isEqualTo(PlanType.ONBOARDING);
        assertThat(plan.status()).isEqualTo(PlanStatus.DRAFT);
        assertThat(plan.startDate()).isEqualTo(START);
        assertThat(plan.targetDate()).isEqualTo(LocalDate.of(2026, 4, 30));
        assertThat(plan.objectives()).extracting(Objective::dueDate)
                .containsExactly(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 4, 30));
        assertThat(plan.objectives()).extracting(Objective::owner).containsOnly("csm.jane");
        assertThat(plan.tasks()).extracting(PlanTask::dueDate).containsExactly(
                LocalDate.of(2026, 1, 30), LocalDate.of(2026, 2, 13), LocalDate.of(2026, 3, 31), LocalDate.of(2026, 4, 29));
        assertThat(plan.tasks()).extracting(PlanTask::objectiveId).containsExactly(
                OptionalInt.of(1), OptionalInt.of(1), OptionalInt.empty(), OptionalInt.of(2));
        assertThat(plan.version()).isZero();
    }

    @Test
    void shouldStartActiveWhenAsked() {
        assertThat(onboarding().instantiate(AccountKey.of("ACME"), "o", START, PlanStatus.ACTIVE, IDS).status())
                .isEqualTo(PlanStatus.ACTIVE);
    }

    @Test
    void shouldRefuseAnyOtherInitialStatus() {
        assertThatThrownBy(() -> onboarding().instantiate(AccountKey.of("ACME"), "o", START, PlanStatus.COMPLETED, IDS))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a plan starts DRAFT or ACTIVE, not COMPLETED");
    }

    @Test
    void shouldAcceptOffsetsFromDayZeroToTheLastDayOfTheDuration() {
        assertThat(template(10, 0, 10, OptionalInt.of(0)).tasks()).hasSize(1);
    }

    @Test
    void shouldRefuseAnOffsetOneDayPastTheDurationOrBeforeTheStart() {
        assertThatThrownBy(() -> template(10, 11, 0, OptionalInt.empty()))
                .hasMessage("objective 'o' is due on day 11, outside the playbook's days 0–10");
        assertThatThrownBy(() -> template(10, -1, 0, OptionalInt.empty()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> template(10, 0, 11, OptionalInt.empty()))
                .hasMessage("task 't' is due on day 11, outside the playbook's days 0–10");
        assertThatThrownBy(() -> template(10, 0, -1, OptionalInt.empty()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> template(-1, 0, 0, OptionalInt.empty()))
                .hasMessage("playbook duration must be 0 days or more, got -1");
    }

    @Test
    void shouldRefuseATaskPointingOutsideTheObjectiveSteps() {
        assertThatThrownBy(() -> template(10, 0, 0, OptionalInt.of(1)))
                .hasMessage("task 't' refers to objective step 1, but the playbook has 1 objective steps");
        assertThatThrownBy(() -> template(10, 0, 0, OptionalInt.of(-1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static PlaybookTemplate template(int duration, int objectiveOffset, int taskOffset, OptionalInt objective) {
        return new PlaybookTemplate(ID, "p", PlanType.CUSTOM, duration,
                List.of(new PlaybookTemplate.ObjectiveStep("o", "", objectiveOffset)),
                List.of(new PlaybookTemplate.TaskStep("t", taskOffset, objective)), 1);
    }
}
