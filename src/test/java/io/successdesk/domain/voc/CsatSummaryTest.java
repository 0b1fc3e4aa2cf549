package io.successdesk.domain.voc;

import io.successdesk.domain.value.Percentage;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class CsatSummaryTest {

    @Test
    void shouldMatchHandComputedWilsonIntervalWhenEightOfTenAreSatisfied() {
        // p = 0.8, n = 10, z² = 3.841459; denominator = 1 + 0.3841459 = 1.3841459
        // centre = (0.8 + 0.19207295) / 1.3841459 = 0.716737
        // half = 1.959964 · √(0.016 + 0.00960365) / 1.3841459 = 1.959964 · 0.1600114 / 1.3841459 = 0.226572
        // → [0.490165, 0.943309] i.e. 49.0 % – 94.3 %
        CsatSummary summary = CsatSummary.of(RatingCounts.of(1, 0, 1, 3, 5));

        ConfidenceInterval interval = summary.interval().orElseThrow();
        assertThat(interval.lower().value()).isCloseTo(49.02, within(0.01));
        assertThat(interval.upper().value()).isCloseTo(94.33, within(0.01));
        assertThat(summary.satisfiedShare()).contains(new Percentage(80));
        // (1 + 3 + 12 + 25) / 10 = 41 / 10
        assertThat(summary.mean().orElseThrow()).isEqualTo(4.1);
        assertThat(summary.n()).isEqualTo(10);
        assertThat(summary.status()).isEqualTo(CsatSummary.Status.OK);
    }

    @Test
    void shouldCountOnlyFoursAndFivesAsSatisfiedWhenThreesArePresent() {
        // 2 of 4 satisfied: the 3 is not satisfied, the 4 is
        CsatSummary summary = CsatSummary.of(RatingCounts.of(0, 0, 2, 1, 1), 1);

        assertThat(summary.satisfiedShare()).contains(new Percentage(50));
    }

    @Test
    void shouldFlagInsufficientDataButKeepValuesWhenBelowMinimumN() {
        CsatSummary four = CsatSummary.of(RatingCounts.of(0, 0, 0, 0, 4));
        CsatSummary five = CsatSummary.of(RatingCounts.of(0, 0, 0, 0, 5));

        assertThat(four.status()).isEqualTo(CsatSummary.Status.INSUFFICIENT_DATA);
        assertThat(four.isSufficient()).isFalse();
        assertThat(four.satisfiedShare()).contains(Percentage.HUNDRED);
        assertThat(four.interval()).isPresent();
        assertThat(five.status()).isEqualTo(CsatSummary.Status.OK);
        assertThat(five.isSufficient()).isTrue();
    }

    @Test
    void shouldHaveNoValuesWhenThereAreNoAnswers() {
        CsatSummary empty = CsatSummary.of(RatingCounts.EMPTY);

        assertThat(empty.status()).isEqualTo(CsatSummary.Status.NO_DATA);
        assertThat(empty.satisfiedShare()).isEmpty();
        assertThat(empty.mean()).isEmpty();
        assertThat(empty.interval()).isEmpty();
    }

    @Test
    void shouldRefuseMinimumNBelowOneWhenCreated() {
        assertThatThrownBy(() -> CsatSummary.of(RatingCounts.EMPTY, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("minimum n");
        assertThat(CsatSummary.of(RatingCounts.of(0, 0, 0, 0, 1), 1).status()).isEqualTo(CsatSummary.Status.OK);
    }

    @Test
    void shouldReachTheBoundsWhenAllOrNoneAreSatisfied() {
        ConfidenceInterval none = ConfidenceInterval.wilson(0, 7, ConfidenceInterval.Z_95);
        ConfidenceInterval all = ConfidenceInterval.wilson(7, 7, ConfidenceInterval.Z_95);

        assertThat(none.lower()).isEqualTo(Percentage.ZERO);
        assertThat(none.upper().value()).isBetween(1.0, 99.0);
        assertThat(all.upper()).isEqualTo(Percentage.HUNDRED);
        assertThat(all.lower().value()).isBetween(1.0, 99.0);
    }

    @Test
    void shouldRefuseImpossibleInputsWhenComputingWilson() {
        assertThatThrownBy(() -> ConfidenceInterval.wilson(0, 0, 1.96)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ConfidenceInterval.wilson(3, 2, 1.96)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ConfidenceInterval.wilson(-1, 2, 1.96)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ConfidenceInterval.wilson(1, 2, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ConfidenceInterval(new Percentage(60), new Percentage(40)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ConfidenceInterval(new Percentage(-1), new Percentage(40)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ConfidenceInterval(new Percentage(1), new Percentage(100.5)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Property
    void wilsonIntervalContainsTheShareAndStaysWithinZeroToHundred(
            @ForAll @LongRange(min = 1, max = 1_000_000) long trials, @ForAll @LongRange(min = 0, max = 1_000_000) long raw) {
        long successes = raw % (trials + 1);
        ConfidenceInterval interval = ConfidenceInterval.wilson(successes, trials, ConfidenceInterval.Z_95);

        assertThat(interval.contains(Percentage.ratio(successes, trials))).isTrue();
        assertThat(interval.lower().value()).isBetween(0.0, 100.0);
        assertThat(interval.upper().value()).isBetween(0.0, 100.0);
    }

    @Property
    void summaryFromCountsEqualsSummaryFromRawRatings(
            @ForAll @Size(max = 200) List<@IntRange(min = 1, max = 5) Integer> ratings) {
        List<CsatRating> raw = ratings.stream().map(CsatRating::of).toList();
        long[] counts = new long[5];
        ratings.forEach(rating -> counts[rating - 1]++);

        CsatSummary fromRaw = CsatSummary.ofRatings(raw, 5);
        CsatSummary fromCounts = CsatSummary.of(RatingCounts.of(counts), 5);

        assertThat(fromCounts).isEqualTo(fromRaw);
        assertThat(fromCounts.satisfiedShare()).isEqualTo(fromRaw.satisfiedShare());
        assertThat(fromCounts.mean()).isEqualTo(fromRaw.mean());
        assertThat(fromCounts.interval()).isEqualTo(fromRaw.interval());
        long satisfied = ratings.stream().filter(rating -> rating >= 4).count();
        assertThat(fromCounts.satisfiedShare().map(Percentage::value).orElse(-1.0))
                .isCloseTo(ratings.isEmpty() ? -1.0 : satisfied * 100.0 / ratings.size(), within(1e-9));
    }
}
