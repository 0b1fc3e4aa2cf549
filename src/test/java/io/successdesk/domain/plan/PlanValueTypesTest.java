package io.successdesk.domain.plan;

import nl.jqno.equalsverifier.EqualsVerifier;
import nl.jqno.equalsverifier.Warning;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PlanValueTypesTest {

    // Records whose invariants reject EqualsVerifier's generated values (Objective, PlanTask, SuccessPlan,
    // PlaybookTemplate) are covered by the value-semantics test below instead.
    @ParameterizedTest
    @ValueSource(classes = {PlanId.class, PlaybookId.class, PlaybookTemplate.ObjectiveStep.class,
            PlaybookTemplate.TaskStep.class})
    void shouldHonourTheEqualsContractWhenCompared(Class<?> type) {
        EqualsVerifier.forClass(type).suppress(Warning.NULL_FIELDS).verify();
    }

    @org.junit.jupiter.api.Test
    void shouldCompareAggregatesByValueWhenBuiltTheSameWay() {
        SuccessPlan one = SuccessPlanTest.draft().addObjective("Go live", "", SuccessPlanTest.START, "o")
                .addTask("t", SuccessPlanTest.START, java.util.Optional.empty(), java.util.OptionalInt.of(1));
        SuccessPlan same = SuccessPlanTest.draft().addObjective("Go live", "", SuccessPlanTest.START, "o")
                .addTask("t", SuccessPlanTest.START, java.util.Optional.empty(), java.util.OptionalInt.of(1));
        assertThat(one).isEqualTo(same).hasSameHashCodeAs(same);
        assertThat(one.completeTask(1)).isNotEqualTo(same);
        assertThat(one.withVersion(1)).isNotEqualTo(same);
        assertThat(one.transitionObjective(1, ObjectiveStatus.MISSED)).isNotEqualTo(same);
    }

    @org.junit.jupiter.api.Test
    void shouldRoundTripAPlanIdThroughTextWhenParsed() {
        PlanId id = new PlanId(UUID.fromString("0f8fad5b-d9cb-469f-a165-70867728950e"));
        assertThat(PlanId.parse(id.toString())).isEqualTo(id);
        assertThatThrownBy(() -> PlanId.parse("nope")).isInstanceOf(IllegalArgumentException.class);
    }
}
