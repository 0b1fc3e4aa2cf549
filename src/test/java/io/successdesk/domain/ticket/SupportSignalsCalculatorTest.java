package io.successdesk.domain.ticket;

import io.successdesk.domain.account.AccountKey;
import io.successdesk.domain.value.DateWindow;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static io.successdesk.domain.ticket.TicketFacts.answered;
import static io.successdesk.domain.ticket.TicketFacts.open;
import static io.successdesk.domain.ticket.TicketFacts.resolved;
import static io.successdesk.domain.ticket.TicketFacts.with;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class SupportSignalsCalculatorTest {

    private static final LocalDate AS_OF = LocalDate.of(2025, 3, 31);

    /*
     * Worked example, as of 31 March 2025 (end of day = 1 April 00:00 UTC), default windows:
     * recent = [2 Mar, 1 Apr), baseline = [2 Dec 2024, 2 Mar), measuring window = [1 Jan, 1 Apr).
     *  #1 DEFECT  r1 created 2 Mar 00:00 (first recent day), answered +1 h, resolved 4 Mar 00:00 (+2 d), reopened once
     *  #2 QUESTION r2 created 1 Mar 23:59 (last baseline minute), answered 2 Mar 03:59 (+4 h), open
     *  #3 DEFECT  r3 created 2 Dec 00:00 (first baseline day), open           → oldest open: 30+31+28+31 = 120 d
     *  #4 QUESTION r1 created 1 Dec 23:59:59 (before baseline), resolved 1 Jan 00:00 (first window day): 1 s + 30 d
     *  #5 REQUEST r1 created 31 Mar 23:59:59 (last recent second), open
     *  #6 DEFECT  r1 created 1 Apr 00:00 (after the as-of day): ignored everywhere
     *  #7 QUESTION created 1 Nov, resolved 31 Dec 23:59:59 (just before the window): not measured
     *  #8 DEFECT  r2 created 1 Feb 00:00, answered +2 h, resolved 31 Mar 12:00 (28 + 30 d + 12 h = 58 d 12 h), reopened twice
     *  #9 QUESTION created 15 Jan, DONE without resolution: closed
     * open = #2 #3 #5 = 3 (D1 Q1 R1); high priority (rank ≤ 2) = #2 #5 = 2 (Q1 R1)
     * recent created = #1 #5 = 2; baseline created = #2 #3 #8 #9 = 4; trend = 2 ÷ (4 × 30/90) = 1.5
     * resolved in window = #1 #4 #8 = 3 (D2 Q1); TTR {2 d, 30 d 1 s, 58 d 12 h} → median 30 d 1 s
     * reopened = #1 #8 = 2 → 2/3 = 66.67 %; first responses in window {1 h, 4 h, 2 h} → median 2 h
     */
    private final List<TicketFact> example = List.of(
            resolved(answered(with(open(1, "2025-03-02T00:00:00Z"), TicketKind.DEFECT, 1), "2025-03-02T01:00:00Z"), "2025-03-04T00:00:00Z", 1),
            answered(with(open(2, "2025-03-01T23:59:00Z"), TicketKind.QUESTION, 2), "2025-03-02T03:59:00Z"),
            with(open(3, "2024-12-02T00:00:00Z"), TicketKind.DEFECT, 3),
            resolved(with(open(4, "2024-12-01T23:59:59Z"), TicketKind.QUESTION, 1), "2025-01-01T00:00:00Z", 0),
            with(open(5, "2025-03-31T23:59:59Z"), TicketKind.REQUEST, 1),
            with(open(6, "2025-04-01T00:00:00Z"), TicketKind.DEFECT, 1),
            resolved(open(7, "2024-11-01T00:00:00Z"), "2024-12-31T23:59:59Z", 3),
            resolved(answered(with(open(8, "2025-02-01T00:00:00Z"), TicketKind.DEFECT, 2), "2025-02-01T02:00:00Z"), "2025-03-31T12:00:00Z", 2),
            TicketFacts.inStatus(open(9, "2025-01-15T00:00:00Z"), StatusCategory.DONE));

    @Test
    void shouldCountOpenTicketsWhenWorkedExampleIsComputed() {
        SupportSignals signals = SupportSignalsCalculator.compute(example, AS_OF, SupportSignalsConfig.DEFAULTS);
        assertThat(signals.asOf()).isEqualTo(AS_OF);
        assertThat(signals.openCount()).isEqualTo(3);
        assertThat(signals.openByKind()).isEqualTo(new KindCounts(1, 1, 1));
        assertThat(signals.openHighPriorityCount()).isEqualTo(2);
        assertThat(signals.openHighPriorityByKind()).isEqualTo(new KindCounts(0, 1, 1));
        assertThat(signals.oldestOpenAge()).contains(Duration.ofDays(120));
    }

    @Test
    void shouldCompareRecentVolumeWithBaselineAverageWhenWorkedExampleIsComputed() {
        SupportSignals signals = SupportSignalsCalculator.compute(example, AS_OF, SupportSignalsConfig.DEFAULTS);
        VolumeTrend trend = signals.volumeTrend();
        assertThat(trend.recent()).isEqualTo(new DateWindow(LocalDate.of(2025, 3, 2), LocalDate.of(2025, 4, 1)));
        assertThat(trend.baseline()).isEqualTo(new DateWindow(LocalDate.of(2024, 12, 2), LocalDate.of(2025, 3, 2)));
        assertThat(trend.recentCount()).isEqualTo(2);
        assertThat(trend.baselineCount()).isEqualTo(4);
        assertThat(trend.ratio().getAsDouble()).isCloseTo(1.5, within(1e-12));
        assertThat(signals.createdRecentlyByKind()).isEqualTo(new KindCounts(1, 0, 1));
    }

    @Test
    void shouldMeasureResolutionsAndResponsesInWindowWhenWorkedExampleIsComputed() {
        SupportSignals signals = SupportSignalsCalculator.compute(example, AS_OF, SupportSignalsConfig.DEFAULTS);
        assertThat(signals.window()).isEqualTo(new DateWindow(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 4, 1)));
        assertThat(signals.resolvedCount()).isEqualTo(3);
        assertThat(signals.resolvedByKind()).isEqualTo(new KindCounts(2, 1, 0));
        assertThat(signals.medianTimeToResolution()).contains(Duration.ofDays(30).plusSeconds(1));
        assertThat(signals.firstRespondedCount()).isEqualTo(3);
        assertThat(signals.medianTimeToFirstResponse()).contains(Duration.ofHours(2));
        assertThat(signals.reopenedCount()).isEqualTo(2);
        assertThat(signals.reopenRate().orElseThrow().value()).isCloseTo(200.0 / 3, within(1e-9));
    }

    @Test
    void shouldUseConfiguredHighPriorityRankAndWindows() {
        // rank ≤ 1: only #5 is open and high; 7-day recent window [25 Mar, 1 Apr) holds #5 only,
        // 14-day baseline [11 Mar, 25 Mar) holds none → ratio undefined; 1-day window [31 Mar, 1 Apr): #8 resolved
        SupportSignals signals = SupportSignalsCalculator.compute(example, AS_OF, new SupportSignalsConfig(7, 14, 1, 1));
        assertThat(signals.openHighPriorityCount()).isEqualTo(1);
        assertThat(signals.volumeTrend().recentCount()).isEqualTo(1);
        assertThat(signals.volumeTrend().baselineCount()).isZero();
        assertThat(signals.volumeTrend().ratio()).isEmpty();
        assertThat(signals.resolvedCount()).isEqualTo(1);
        assertThat(signals.medianTimeToResolution()).contains(Duration.ofDays(58).plusHours(12));
        assertThat(signals.firstRespondedCount()).isZero();
        assertThat(signals.medianTimeToFirstResponse()).isEmpty();
        assertThat(signals.reopenRate().orElseThrow().value()).isEqualTo(100.0);
    }

    @Test
    void shouldSeeTheDayBeforeWhenAsOfMovesBackOneDay() {
        // as of 30 Mar: #5 not yet created, #8 not yet resolved (so open, rank 2, DEFECT); recent [1 Mar, 31 Mar);
        // the measuring window [31 Dec, 31 Mar) now also holds #7, resolved 31 Dec 23:59:59
        SupportSignals signals = SupportSignalsCalculator.compute(example, AS_OF.minusDays(1), SupportSignalsConfig.DEFAULTS);
        assertThat(signals.openCount()).isEqualTo(3); // #2 #3 #8
        assertThat(signals.openByKind()).isEqualTo(new KindCounts(2, 1, 0));
        assertThat(signals.volumeTrend().recentCount()).isEqualTo(2); // #1 and #2 (1 Mar 23:59)
        assertThat(signals.resolvedCount()).isEqualTo(3); // #1 #4 #7
        assertThat(signals.oldestOpenAge()).contains(Duration.ofDays(119));
    }

    @Test
    void shouldBeEmptyButDefinedWhenThereAreNoTickets() {
        SupportSignals signals = SupportSignalsCalculator.compute(List.of(), AS_OF, SupportSignalsConfig.DEFAULTS);
        assertThat(signals.openCount()).isZero();
        assertThat(signals.openByKind()).isEqualTo(KindCounts.NONE);
        assertThat(signals.volumeTrend().ratio()).isEmpty();
        assertThat(signals.medianTimeToResolution()).isEmpty();
        assertThat(signals.medianTimeToFirstResponse()).isEmpty();
        assertThat(signals.reopenRate()).isEmpty();
        assertThat(signals.oldestOpenAge()).isEmpty();
    }

    @Test
    void shouldGiveZeroTrendWhenBaselineHadTicketsButRecentHasNone() {
        SupportSignals signals = SupportSignalsCalculator.compute(List.of(open(1, "2025-02-01T00:00:00Z")), AS_OF,
                SupportSignalsConfig.DEFAULTS);
        assertThat(signals.volumeTrend().ratio().getAsDouble()).isZero();
    }

    @Test
    void shouldRefuseTicketsOfSeveralAccounts() {
        List<TicketFact> mixed = List.of(open(1, "2025-03-01T00:00:00Z"),
                TicketFacts.ofAccount(open(2, "2025-03-01T00:00:00Z"), AccountKey.of("GLOBEX")));
        assertThatThrownBy(() -> SupportSignalsCalculator.compute(mixed, AS_OF, SupportSignalsConfig.DEFAULTS))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("per account");
    }

    @Test
    void shouldTakeMeanOfMiddlePairWhenCountIsEven() {
        // {1 h, 4 h} → (1 h + 4 h) / 2 = 2 h 30 min; {1, 2, 3, 10} s → (2 + 3) / 2 = 2.5 s
        assertThat(SupportSignalsCalculator.median(List.of(Duration.ofHours(4), Duration.ofHours(1))))
                .contains(Duration.ofMinutes(150));
        assertThat(SupportSignalsCalculator.median(List.of(Duration.ofSeconds(10), Duration.ofSeconds(1),
                Duration.ofSeconds(3), Duration.ofSeconds(2)))).contains(Duration.ofMillis(2500));
        assertThat(SupportSignalsCalculator.median(List.of(Duration.ofSeconds(7)))).contains(Duration.ofSeconds(7));
        assertThat(SupportSignalsCalculator.median(List.of())).isEmpty();
    }

    @Test
    void shouldRefuseWindowsShorterThanOneDay() {
        assertThatThrownBy(() -> new SupportSignalsConfig(0, 90, 90, 2)).hasMessageContaining("recentDays");
        assertThatThrownBy(() -> new SupportSignalsConfig(30, 0, 90, 2)).hasMessageContaining("baselineDays");
        assertThatThrownBy(() -> new SupportSignalsConfig(30, 90, 0, 2)).hasMessageContaining("windowDays");
        assertThatThrownBy(() -> new SupportSignalsConfig(30, 90, 90, 0)).hasMessageContaining("lowestHighPriorityRank");
    }

    @Property
    void shouldPlaceMedianBetweenMiddleValues(@ForAll @Size(min = 1, max = 40) List<@IntRange(min = 0, max = 1_000_000) Integer> seconds) {
        List<Duration> durations = seconds.stream().map(Duration::ofSeconds).toList();
        Duration median = SupportSignalsCalculator.median(durations).orElseThrow();
        List<Duration> sorted = new ArrayList<>(durations);
        Collections.sort(sorted);
        assertThat(median).isBetween(sorted.get((sorted.size() - 1) / 2), sorted.get(sorted.size() / 2));
        long notAbove = sorted.stream().filter(d -> d.compareTo(median) <= 0).count();
        long notBelow = sorted.stream().filter(d -> d.compareTo(median) >= 0).count();
        assertThat(notAbove * 2).isGreaterThanOrEqualTo(sorted.size());
        assertThat(notBelow * 2).isGreaterThanOrEqualTo(sorted.size());
    }

    @Property
    void shouldKeepCountsConsistentForAnyTickets(@ForAll @Size(max = 30) List<@IntRange(min = 0, max = 200) Integer> ageDays) {
        List<TicketFact> tickets = new ArrayList<>();
        for (int i = 0; i < ageDays.size(); i++) {
            TicketFact ticket = open(i + 1, AS_OF.minusDays(ageDays.get(i)).atStartOfDay().toString() + ":00Z");
            tickets.add(i % 2 == 0 ? ticket : resolved(ticket, AS_OF.minusDays(ageDays.get(i) / 2).atStartOfDay() + ":00Z", i % 3));
        }
        SupportSignals signals = SupportSignalsCalculator.compute(tickets, AS_OF, SupportSignalsConfig.DEFAULTS);
        assertThat(signals.openCount() + signals.resolvedCount()).isLessThanOrEqualTo(tickets.size());
        assertThat(signals.reopenRate().map(rate -> rate.value()).orElse(0.0)).isBetween(0.0, 100.0);
        assertThat(signals.volumeTrend().recentCount() + signals.volumeTrend().baselineCount()).isLessThanOrEqualTo(tickets.size());
    }
}
