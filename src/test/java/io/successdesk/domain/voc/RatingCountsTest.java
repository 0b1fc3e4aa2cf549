package io.successdesk.domain.voc;

import io.successdesk.domain.value.Percentage;
import nl.jqno.equalsverifier.EqualsVerifier;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RatingCountsTest {

    @Test
    void shouldCountEachRatingInItsOwnSlotWhenBuiltFromRatings() {
        RatingCounts counts = RatingCounts.ofRatings(List.of(CsatRating.of(1), CsatRating.of(2), CsatRating.of(2),
                CsatRating.of(3), CsatRating.of(3), CsatRating.of(3), CsatRating.of(4), CsatRating.of(5),
                CsatRating.of(5)));

        assertThat(counts).isEqualTo(new RatingCounts(1, 2, 3, 1, 2));
        assertThat(counts.total()).isEqualTo(9);
        assertThat(counts.satisfied()).isEqualTo(3);
        // 1 + 2·2 + 3·3 + 4·1 + 5·2 = 1 + 4 + 9 + 4 + 10 = 28
        assertThat(counts.sumOfRatings()).isEqualTo(28);
        assertThat(counts.count(CsatRating.of(3))).isEqualTo(3);
    }

    @Test
    void shouldIndexArrayByRatingMinusOneWhenBuiltFromArray() {
        RatingCounts counts = RatingCounts.of(5, 4, 3, 2, 1);

        assertThat(counts.ones()).isEqualTo(5);
        assertThat(counts.fives()).isEqualTo(1);
        assertThat(counts.toArray()).containsExactly(5, 4, 3, 2, 1);
    }

    @Test
    void shouldAddSlotBySlotWhenSummed() {
        assertThat(RatingCounts.of(1, 2, 3, 4, 5).plus(RatingCounts.of(10, 20, 30, 40, 50)))
                .isEqualTo(RatingCounts.of(11, 22, 33, 44, 55));
        assertThat(RatingCounts.EMPTY.with(CsatRating.of(4)).with(CsatRating.of(4)))
                .isEqualTo(RatingCounts.of(0, 0, 0, 2, 0));
        assertThat(RatingCounts.EMPTY.isEmpty()).isTrue();
        assertThat(RatingCounts.of(0, 0, 0, 0, 1).isEmpty()).isFalse();
    }

    @Test
    void shouldRefuseNegativeCountsAndWrongLengthWhenCreated() {
        assertThatThrownBy(() -> new RatingCounts(0, 0, 0, 0, -1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("0 or more");
        assertThatThrownBy(() -> RatingCounts.of(1, 2, 3, 4)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("expected 5 counts");
    }

    @Test
    void shouldHonourValueSemanticsWhenCompared() {
        EqualsVerifier.forClass(RatingCounts.class).verify();
        EqualsVerifier.forClass(NpsSummary.class).verify();
        // records with cross-field invariants cannot be probed by EqualsVerifier; their equality is the record's
        assertThat(new ConfidenceInterval(new Percentage(10), new Percentage(90)))
                .isEqualTo(new ConfidenceInterval(new Percentage(10), new Percentage(90)))
                .isNotEqualTo(new ConfidenceInterval(new Percentage(10), new Percentage(91)));
        assertThat(new NetPromoterScore(-0.0)).isEqualTo(new NetPromoterScore(0.0));
        assertThat(new NetPromoterScore(-0.0).hashCode()).isEqualTo(new NetPromoterScore(0.0).hashCode());
    }
}
