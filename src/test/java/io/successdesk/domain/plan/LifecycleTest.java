package io.successdesk.domain.plan;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;

import static io.successdesk.domain.plan.ObjectiveStatus.ACHIEVED;
import static io.successdesk.domain.plan.ObjectiveStatus.IN_PROGRESS;
import static io.successdesk.domain.plan.ObjectiveStatus.MISSED;
import static io.successdesk.domain.plan.ObjectiveStatus.NOT_STARTED;
import static io.successdesk.domain.plan.PlanStatus.ACTIVE;
import static io.successdesk.domain.plan.PlanStatus.CANCELLED;
import static io.successdesk.domain.plan.PlanStatus.COMPLETED;
import static io.successdesk.domain.plan.PlanStatus.DRAFT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LifecycleTest {

    private static final Set<String> LEGAL_PLAN_MOVES = Set.of(
            "DRAFT>ACTIVE", "DRAFT>CANCELLED", "ACTIVE>COMPLETED", "ACTIVE>CANCELLED");
    private static final Set<String> LEGAL_OBJECTIVE_MOVES = Set.of(
            "NOT_STARTED>IN_PROGRESS", "NOT_STARTED>MISSED", "IN_PROGRESS>ACHIEVED", "IN_PROGRESS>MISSED");

    @Test
    void shouldAllowExactlyTheSpecifiedPlanTransitionsWhenEveryPairIsTried() {
        assertThat(allowedMoves(PlanStatus.LIFECYCLE, PlanStatus.values())).isEqualTo(LEGAL_PLAN_MOVES);
    }

    @Test
    void shouldAllowExactlyTheSpecifiedObjectiveTransitionsWhenEveryPairIsTried() {
        assertThat(allowedMoves(ObjectiveStatus.LIFECYCLE, ObjectiveStatus.values())).isEqualTo(LEGAL_OBJECTIVE_MOVES);
    }

    private static <S extends Enum<S>> Set<String> allowedMoves(Lifecycle<S> lifecycle, S[] states) {
        Set<String> allowed = new HashSet<>();
        for (S from : states) {
            for (S to : states) {
                if (lifecycle.allows(from, to)) {
                    allowed.add(from + ">" + to);
                }
            }
        }
        return allowed;
    }

    @ParameterizedTest
    @EnumSource(PlanStatus.class)
    void shouldRefuseEveryIllegalPlanMoveWhenRequired(PlanStatus from) {
        for (PlanStatus to : PlanStatus.values()) {
            if (!LEGAL_PLAN_MOVES.contains(from + ">" + to)) {
                assertThatThrownBy(() -> PlanStatus.LIFECYCLE.require(from, to))
                        .isInstanceOf(IllegalTransitionException.class)
                        .hasMessageContaining("plan cannot go from " + from + " to " + to);
            }
        }
    }

    @Test
    void shouldNameTheFinalStateWhenMovingOutOfIt() {
        assertThatThrownBy(() -> PlanStatus.LIFECYCLE.require(COMPLETED, ACTIVE))
                .hasMessage("plan cannot go from COMPLETED to ACTIVE (COMPLETED is final)");
        assertThatThrownBy(() -> ObjectiveStatus.LIFECYCLE.require(NOT_STARTED, ACHIEVED))
                .hasMessageStartingWith("objective cannot go from NOT_STARTED to ACHIEVED (allowed from NOT_STARTED: ");
    }

    @Test
    void shouldMarkOnlyCompletedAndCancelledPlansFinalWhenAsked() {
        assertThat(EnumSet.allOf(PlanStatus.class).stream().filter(PlanStatus::isFinal))
                .containsExactlyInAnyOrder(COMPLETED, CANCELLED);
        assertThat(DRAFT.isFinal()).isFalse();
        assertThat(EnumSet.allOf(ObjectiveStatus.class).stream().filter(ObjectiveStatus::isFinal))
                .containsExactlyInAnyOrder(ACHIEVED, MISSED);
        assertThat(IN_PROGRESS.isFinal()).isFalse();
    }

    @Test
    void shouldListNextStatesWhenAsked() {
        assertThat(PlanStatus.LIFECYCLE.next(DRAFT)).containsExactlyInAnyOrder(ACTIVE, CANCELLED);
        assertThat(PlanStatus.LIFECYCLE.next(CANCELLED)).isEmpty();
    }
}
