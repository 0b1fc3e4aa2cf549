package io.successdesk.app.health;

import io.successdesk.app.InvalidInputException;
import io.successdesk.domain.account.AccountKey;
import io.successdesk.domain.health.HealthBand;
import io.successdesk.domain.health.HealthScore;
import io.successdesk.domain.health.HealthSnapshot;
import io.successdesk.domain.value.Money;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class HealthDistributionServiceTest {

    private static final LocalDate DAY = LocalDate.of(2026, 3, 10);

    private final InMemoryHealthHistory history = new InMemoryHealthHistory();
    private final HealthDistributionService service = new HealthDistributionService(history, new ScorecardVersions() {
        @Override
        public io.successdesk.domain.health.HealthScorecard saveNewVersion(
                List<io.successdesk.domain.health.Measure> measures, io.successdesk.domain.health.BandThresholds thresholds) {
            throw new UnsupportedOperationException("the distribution only reads");
        }

        @Override
        public List<LocalDate> versionDays(io.successdesk.domain.value.DateWindow window) {
            return List.of(DAY, DAY.plusDays(40)).stream().filter(window::contains).toList();
        }
    });

    @Test
    void shouldNameTheDaysOfTheRangeOnWhichTheScorecardChanged() {
        assertThat(service.scorecardChanges(DAY.minusDays(1), DAY.plusDays(1))).containsExactly(DAY);
        assertThat(service.scorecardChanges(DAY.plusDays(1), DAY.plusDays(30))).isEmpty();
        assertThatThrownBy(() -> service.scorecardChanges(DAY, DAY.minusDays(1))).hasMessageContaining("before");
    }

    @Test
    void shouldAnswerEveryDayWithEmptyDaysAtZero() {
        history.save(snapshot("ACME", HealthBand.RED, 30), Optional.of(Money.of(1_000_00, "EUR")));
        history.save(snapshot("GLOBEX", HealthBand.GREEN, 90), Optional.empty());

        List<DailyHealthRollup> days = service.daily(DAY.minusDays(1), DAY.plusDays(1));

        assertThat(days).extracting(DailyHealthRollup::day).containsExactly(DAY.minusDays(1), DAY, DAY.plusDays(1));
        assertThat(days.get(0)).isEqualTo(new DailyHealthRollup(DAY.minusDays(1), 0, 0, 0, List.of()));
        assertThat(days.get(1).red()).isEqualTo(1);
        assertThat(days.get(1).green()).isEqualTo(1);
        assertThat(days.get(1).arrAtRisk()).containsExactly(Money.of(1_000_00, "EUR"));
    }

    @Test
    void shouldRefuseAReversedOrTooLongRange() {
        assertThatThrownBy(() -> service.daily(DAY, DAY.minusDays(1))).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> service.daily(DAY, DAY.plusDays(HealthDistributionService.MAX_DAYS)))
                .isInstanceOf(InvalidInputException.class);
    }

    private static HealthSnapshot snapshot(String account, HealthBand band, int score) {
        Optional<HealthScore> value = Optional.of(HealthScore.of(score));
        return new HealthSnapshot(AccountKey.of(account), DAY, value, Optional.of(band), value, Optional.of(band), false,
                Map.of(), "v1");
    }
}
