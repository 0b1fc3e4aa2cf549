package io.successdesk.domain.health;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class HealthScorerPropertiesTest {

    private static final Instant AS_OF = Instant.parse("2026-03-31T12:00:00Z");

    /** A custom measure with an observation that may be missing (NO_DATA) or under its minimum sample. */
    record Case(Measure measure, double value, int sampleSize, boolean observed) {
        MeasureObservation observation() {
            return MeasureObservation.computed(measure.id(), value, sampleSize, AS_OF);
        }
    }

    @Provide
    Arbitrary<List<Case>> cases() {
        return Arbitraries.integers().between(1, 8).flatMap(size -> {
            List<Arbitrary<Case>> each = new ArrayList<>();
            for (int i = 0; i < size; i++) {
                each.add(oneCase("m" + i));
            }
            return Combinators.combine(each).as(List::copyOf);
        });
    }

    private Arbitrary<Case> oneCase(String name) {
        Arbitrary<Double> weight = Arbitraries.doubles().between(0.01, 100);
        Arbitrary<Double> bound = Arbitraries.doubles().between(-1000, 1000);
        Arbitrary<Double> value = Arbitraries.doubles().between(-5000, 5000);
        Arbitrary<Integer> n = Arbitraries.integers().between(0, 20);
        Arbitrary<Integer> minimum = Arbitraries.integers().between(0, 5);
        Arbitrary<Boolean> observed = Arbitraries.of(true, true, true, false);
        return Combinators.combine(weight, bound, bound, minimum, value, n, observed)
                .filter((w, red, green, min, v, size, seen) -> !red.equals(green))
                .as((w, red, green, min, v, size, seen) ->
                        new Case(Measure.computed(MeasureId.custom(name), w, red, green, 30, min), v, size, seen));
    }

    private static HealthResult score(List<Case> cases) {
        HealthScorecard card = new HealthScorecard("p", cases.stream().map(Case::measure).toList(), BandThresholds.DEFAULT);
        return HealthScorer.score(card, cases.stream().filter(Case::observed).map(Case::observation).toList(), AS_OF);
    }

    @Property
    void shouldStayWithin0And100WhenScoringAnyScorecard(@ForAll("cases") List<Case> cases) {
        HealthResult result = score(cases);

        result.score().ifPresent(score -> assertThat(score.value()).isBetween(0.0, 100.0));
        result.breakdown().forEach(line -> line.score().ifPresent(s -> assertThat(s).isBetween(0.0, 100.0)));
    }

    @Property
    void shouldRenormaliseEffectiveWeightsToOneWhenMeasuresAreExcluded(@ForAll("cases") List<Case> cases) {
        HealthResult result = score(cases);

        double sum = result.breakdown().stream().mapToDouble(MeasureBreakdown::effectiveWeight).sum();
        double contributions = result.breakdown().stream().mapToDouble(MeasureBreakdown::contribution).sum();
        if (result.hasScore()) {
            assertThat(sum).isCloseTo(1.0, within(1e-9));
            assertThat(contributions).isCloseTo(result.score().orElseThrow().value(), within(1e-9));
        } else {
            assertThat(sum).isZero();
        }
    }

    @Property
    void shouldNeverLowerScoreWhenAddingAMeasureScoring100(@ForAll("cases") List<Case> cases,
                                                     @ForAll("perfectWeight") double weight) {
        List<Case> withPerfect = new ArrayList<>(cases);
        // red 0, green 10, value 10 → scores exactly 100
        withPerfect.add(new Case(Measure.computed(MeasureId.custom("perfect"), weight, 0, 10, 30, 0), 10, 1, true));

        HealthResult before = score(cases);
        HealthResult after = score(withPerfect);

        assertThat(after.score()).isPresent();
        before.score().ifPresent(score -> assertThat(after.score().orElseThrow().value())
                .isGreaterThanOrEqualTo(score.value() - 1e-9));
    }

    @Provide
    Arbitrary<Double> perfectWeight() {
        return Arbitraries.doubles().between(0.01, 100);
    }

    @Property
    void shouldEqualScoringWithoutItWhenAMeasureHasNoData(@ForAll("cases") List<Case> cases) {
        List<Case> withMissing = new ArrayList<>(cases);
        withMissing.add(new Case(Measure.computed(MeasureId.custom("missing"), 5, 0, 10, 30, 0), 0, 0, false));

        HealthResult without = score(cases);
        HealthResult with = score(withMissing);

        assertThat(with.line(MeasureId.custom("missing")).orElseThrow().status()).isEqualTo(MeasureStatus.NO_DATA);
        assertThat(with.score().isPresent()).isEqualTo(without.score().isPresent());
        without.score().ifPresent(score ->
                assertThat(with.score().orElseThrow().value()).isCloseTo(score.value(), within(1e-9)));
        assertThat(with.band()).isEqualTo(without.band());
    }
}
