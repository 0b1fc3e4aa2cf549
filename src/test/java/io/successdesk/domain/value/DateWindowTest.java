package io.successdesk.domain.value;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DateWindowTest {

    private static final LocalDate MARCH_31 = LocalDate.of(2025, 3, 31);

    // EqualsVerifier cannot check this record: it builds windows whose end precedes their start, which the
    // constructor refuses. The generated record equals is checked by example instead.
    @Test
    void shouldBeEqualWithEqualHashCodesWhenBothDaysAreEqual() {
        DateWindow window = new DateWindow(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 2, 1));
        assertThat(window).isEqualTo(new DateWindow(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 2, 1)))
                .hasSameHashCodeAs(new DateWindow(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 2, 1)));
        assertThat(window).isNotEqualTo(new DateWindow(LocalDate.of(2025, 1, 2), LocalDate.of(2025, 2, 1)));
        assertThat(window).isNotEqualTo(new DateWindow(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 2, 2)));
    }

    @Test
    void shouldHoldExactlyTheLastNDaysWhenBuiltWithLastDays() {
        // last 30 days as of 31 March: 2 March … 31 March inclusive = [2 Mar, 1 Apr)
        DateWindow window = DateWindow.lastDays(30, MARCH_31);
        assertThat(window.start()).isEqualTo(LocalDate.of(2025, 3, 2));
        assertThat(window.endExclusive()).isEqualTo(LocalDate.of(2025, 4, 1));
        assertThat(window.days()).isEqualTo(30);
        assertThat(window.contains(LocalDate.of(2025, 3, 1))).isFalse();
        assertThat(window.contains(LocalDate.of(2025, 3, 2))).isTrue();
        assertThat(window.contains(MARCH_31)).isTrue();
        assertThat(window.contains(LocalDate.of(2025, 4, 1))).isFalse();
    }

    @Test
    void shouldHoldOnlyTheDayWhenLastOneDay() {
        DateWindow day = DateWindow.lastDays(1, MARCH_31);
        assertThat(day).isEqualTo(new DateWindow(MARCH_31, MARCH_31.plusDays(1)));
        assertThat(day.contains(MARCH_31)).isTrue();
        assertThat(day.contains(MARCH_31.minusDays(1))).isFalse();
    }

    @Test
    void shouldRefuseLastDaysWhenFewerThanOneDay() {
        assertThatThrownBy(() -> DateWindow.lastDays(0, MARCH_31)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DateWindow.lastDays(-3, MARCH_31)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shouldRefuseWindowWhenEndIsBeforeStartButAllowEmptyWindow() {
        assertThatThrownBy(() -> new DateWindow(MARCH_31, MARCH_31.minusDays(1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("before it starts");
        DateWindow empty = new DateWindow(MARCH_31, MARCH_31);
        assertThat(empty.days()).isZero();
        assertThat(empty.contains(MARCH_31)).isFalse();
    }

    @Test
    void shouldEndWhereThisStartsWhenTakingPrevious() {
        // [2 Mar, 1 Apr) → previous 30 days = [31 Jan, 2 Mar) (February 2025 has 28 days: 1 + 28 + 1)
        DateWindow previous = DateWindow.lastDays(30, MARCH_31).previous();
        assertThat(previous).isEqualTo(new DateWindow(LocalDate.of(2025, 1, 31), LocalDate.of(2025, 3, 2)));
        assertThat(previous.days()).isEqualTo(30);
    }

    @Test
    void shouldReadInstantsInUtcWhenCheckingContainment() {
        DateWindow window = DateWindow.lastDays(1, MARCH_31);
        assertThat(window.contains(Instant.parse("2025-03-31T00:00:00Z"))).isTrue();
        assertThat(window.contains(Instant.parse("2025-03-31T23:59:59.999999999Z"))).isTrue();
        assertThat(window.contains(Instant.parse("2025-03-30T23:59:59.999999999Z"))).isFalse();
        assertThat(window.contains(Instant.parse("2025-04-01T00:00:00Z"))).isFalse();
        assertThat(window.startInstant()).isEqualTo(Instant.parse("2025-03-31T00:00:00Z"));
        assertThat(window.endInstantExclusive()).isEqualTo(Instant.parse("2025-04-01T00:00:00Z"));
    }

    @Property
    void shouldTileTimeWhenChainingPrevious(@ForAll @IntRange(min = 1, max = 400) int days,
                                            @ForAll @IntRange(min = 0, max = 3000) int offset) {
        LocalDate lastDay = LocalDate.of(2020, 1, 1).plusDays(offset);
        DateWindow window = DateWindow.lastDays(days, lastDay);
        assertThat(window.days()).isEqualTo(days);
        assertThat(window.contains(lastDay)).isTrue();
        assertThat(window.contains(lastDay.plusDays(1))).isFalse();
        assertThat(window.previous().endExclusive()).isEqualTo(window.start());
        assertThat(window.previous().days()).isEqualTo(days);
        assertThat(window.previous().contains(window.start())).isFalse();
    }
}
