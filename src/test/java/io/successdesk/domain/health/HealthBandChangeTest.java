package io.successdesk.domain.health;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Optional;

import static io.successdesk.domain.health.HealthBand.AMBER;
import static io.successdesk.domain.health.HealthBand.GREEN;
import static io.successdesk.domain.health.HealthBand.RED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class HealthBandChangeTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 10);

    @Test
    void shouldFindTheDaysWhoseBandDiffersFromThePreviousBandedDayNewestFirst() {
        HealthBandChange.Finder finder = new HealthBandChange.Finder(10);
        finder.offer(DAY.plusDays(4), RED, Optional.of(HealthScore.of(31)));
        finder.offer(DAY.plusDays(3), AMBER, Optional.of(HealthScore.of(55)));
        finder.offer(DAY.plusDays(1), AMBER, Optional.of(HealthScore.of(60)));
        finder.offer(DAY, GREEN, Optional.of(HealthScore.of(80)));

        assertThat(finder.changes()).containsExactly(
                new HealthBandChange(DAY.plusDays(4), AMBER, RED, Optional.of(HealthScore.of(31))),
                new HealthBandChange(DAY.plusDays(1), GREEN, AMBER, Optional.of(HealthScore.of(60))));
        assertThat(finder.changes().get(0).timelinePosition().token()).isEqualTo("2026-11-14T00:00:00Z~HEALTH_CHANGE~2026-11-14");
    }

    @Test
    void shouldSayWhenItHasFoundAsManyChangesAsWanted() {
        HealthBandChange.Finder finder = new HealthBandChange.Finder(1);
        assertThat(finder.offer(DAY.plusDays(2), RED, Optional.empty())).isTrue();
        assertThat(finder.offer(DAY.plusDays(1), GREEN, Optional.empty())).isFalse();
        assertThat(finder.changes()).extracting(HealthBandChange::day).containsExactly(DAY.plusDays(2));
    }

    @Test
    void shouldRefuseDaysOfferedOutOfOrderAndAChangeToTheSameBand() {
        HealthBandChange.Finder finder = new HealthBandChange.Finder(3);
        finder.offer(DAY, RED, Optional.empty());
        assertThatThrownBy(() -> finder.offer(DAY, RED, Optional.empty())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new HealthBandChange(DAY, RED, RED, Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
