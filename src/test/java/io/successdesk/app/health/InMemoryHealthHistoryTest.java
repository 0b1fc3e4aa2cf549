package io.successdesk.app.health;

import io.successdesk.domain.account.AccountKey;
import io.successdesk.domain.health.HealthSnapshot;
import io.successdesk.domain.value.DateWindow;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The fake must behave as the port promises, or service tests prove nothing. */
class InMemoryHealthHistoryTest {

    static final AccountKey ACME = AccountKey.of("ACME");
    static final LocalDate DAY = LocalDate.of(2026, 3, 10);

    static HealthSnapshot snapshot(LocalDate day, String version) {
        return new HealthSnapshot(ACME, day, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                false, Map.of(), version);
    }

    @Test
    void shouldReplaceSnapshotWhenSavedTwiceForTheSameDay() {
        InMemoryHealthHistory history = new InMemoryHealthHistory();
        history.save(snapshot(DAY, "v1"));
        history.save(snapshot(DAY, "v2"));

        assertThat(history.size()).isEqualTo(1);
        assertThat(history.onOrBefore(ACME, DAY).orElseThrow().scorecardVersion()).isEqualTo("v2");
    }

    @Test
    void shouldFindLatestOnOrBeforeAndRangeHalfOpenWhenQueried() {
        InMemoryHealthHistory history = new InMemoryHealthHistory();
        history.save(snapshot(DAY, "a"));
        history.save(snapshot(DAY.plusDays(2), "b"));

        assertThat(history.onOrBefore(ACME, DAY.minusDays(1))).isEmpty();
        assertThat(history.onOrBefore(ACME, DAY.plusDays(1)).orElseThrow().day()).isEqualTo(DAY);
        assertThat(history.onOrBefore(ACME, DAY.plusDays(2)).orElseThrow().day()).isEqualTo(DAY.plusDays(2));
        assertThat(history.history(ACME, new DateWindow(DAY, DAY.plusDays(2)))).extracting(HealthSnapshot::day)
                .containsExactly(DAY);
        assertThat(history.history(AccountKey.of("OTHER"), new DateWindow(DAY, DAY.plusDays(9)))).isEmpty();
    }
}
