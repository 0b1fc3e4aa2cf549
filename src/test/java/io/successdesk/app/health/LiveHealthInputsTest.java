package io.successdesk.app.health;

import io.successdesk.app.refresh.AppFixture;
import io.successdesk.domain.account.AccountFixtures;
import io.successdesk.domain.account.AccountKey;
import io.successdesk.domain.health.HealthScorecard;
import io.successdesk.domain.health.MeasureId;
import io.successdesk.domain.health.MeasureKind;
import io.successdesk.domain.health.MeasureObservation;
import io.successdesk.domain.health.MeasureStatus;
import io.successdesk.domain.revenue.ArrSnapshot;
import io.successdesk.domain.ticket.TicketFact;
import io.successdesk.domain.ticket.TicketFacts;
import io.successdesk.domain.ticket.TicketKind;
import io.successdesk.domain.timeline.Touchpoint;
import io.successdesk.domain.timeline.TouchpointId;
import io.successdesk.domain.timeline.TouchpointType;
import io.successdesk.domain.value.Money;
import io.successdesk.domain.voc.CsatRating;
import io.successdesk.domain.voc.CsatResponse;
import io.successdesk.domain.voc.CsatSource;
import io.successdesk.domain.voc.NpsResponse;
import io.successdesk.domain.voc.NpsScore;
import io.successdesk.domain.voc.NpsSource;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import static io.successdesk.domain.ticket.TicketFacts.answered;
import static io.successdesk.domain.ticket.TicketFacts.open;
import static io.successdesk.domain.ticket.TicketFacts.resolved;
import static io.successdesk.domain.ticket.TicketFacts.with;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class LiveHealthInputsTest {

    static final Instant NOW = Instant.parse("2026-03-31T12:00:00Z");
    static final AccountKey ACME = TicketFacts.ACME;

    final AppFixture app = new AppFixture(NOW, HealthScorecard.defaults());

    /**
     * Worked example, as of 2026-03-31 12:00 UTC (support signals describe the end of that day, 2026-04-01 00:00):
     * <ul>
     *   <li>open: #1 high-priority defect created 03-29 12:00 (age 2.5 days), #2 and #3 questions → 3 open, 1 high,
     *       1 defect, 2 questions;</li>
     *   <li>resolved in the 90 days: #4 (answered after 2 h, resolved after 24 h, reopened once) and #5 (4 h, 72 h)
     *       → median TTR (24 + 72) / 2 = 48 h, median first response (2 + 4) / 2 = 3 h, reopen rate 1 / 2 = 50 %;</li>
     *   <li>volume: created 03-02..03-31 = #5, #1, #2, #3 = 4; created in the 90 days before = #4 = 1
     *       → 4 ÷ (1 × 30 / 90) = 12.0, n = 5;</li>
     *   <li>CSAT 5, 4, 4, 5, 2 → 4 of 5 satisfied = 80 %; NPS 10, 9, 7, 3 → (2 − 1) / 4 = +25, n 4;</li>
     *   <li>last touchpoint 03-21 → 10 days; renewal 2026-06-01 → 62 days; ARR EUR 120,000 now against
     *       EUR 100,000 at the end of 2025-12 (the last month end on or before 90 days ago, 2025-12-31) → +20 %;</li>
     *   <li>manual CSM sentiment 4 and pushed product_usage 1,234 pass through as stored.</li>
     * </ul>
     */
    @Test
    void shouldObserveEveryMeasureInItsUnitWhenTheAccountHasData() {
        app.accounts.create(AccountFixtures.full("ACME", "acme.test", 7, "crm-1"));
        TicketFact first = with(open(1, "2026-03-29T12:00:00Z"), TicketKind.DEFECT, 1);
        app.ledger.upsert(first);
        app.ledger.upsert(open(2, "2026-03-30T00:00:00Z"));
        app.ledger.upsert(open(3, "2026-03-31T00:00:00Z"));
        app.ledger.upsert(resolved(answered(with(open(4, "2026-03-01T00:00:00Z"), TicketKind.REQUEST, 3),
                "2026-03-01T02:00:00Z"), "2026-03-02T00:00:00Z", 1));
        app.ledger.upsert(resolved(answered(open(5, "2026-03-10T00:00:00Z"), "2026-03-10T04:00:00Z"),
                "2026-03-13T00:00:00Z", 0));
        int[] ratings = {5, 4, 4, 5, 2};
        for (int i = 0; i < ratings.length; i++) {
            app.csatStore.add(new CsatResponse("c" + i, CsatSource.IMPORT, ACME, Optional.empty(), Optional.empty(),
                    CsatRating.of(ratings[i]), Optional.empty(), Instant.parse("2026-03-2" + i + "T10:00:00Z"),
                    Optional.empty()));
        }
        int[] scores = {10, 9, 7, 3};
        for (int i = 0; i < scores.length; i++) {
            app.npsStore.add(new NpsResponse("n" + i, NpsSource.IMPORT, ACME, NpsScore.of(scores[i]), Optional.empty(),
                    Optional.empty(), Instant.parse("2026-02-1" + i + "T10:00:00Z")));
        }
        app.touchpoints.save(new Touchpoint(new TouchpointId(UUID.randomUUID()), ACME, TouchpointType.CALL,
                Instant.parse("2026-03-21T15:00:00Z"), "QBR prep", Optional.empty(), "csm-anna"));
        app.revenue.upsert(new ArrSnapshot(ACME, YearMonth.of(2025, 12), Money.of(10_000_000, "EUR")));
        app.revenue.upsert(new ArrSnapshot(ACME, YearMonth.of(2026, 1), Money.of(1_000, "EUR")));
        MeasureObservation sentiment = MeasureObservation.manual(MeasureId.of(MeasureKind.CSM_SENTIMENT), 4,
                Instant.parse("2026-03-15T09:00:00Z"));
        MeasureObservation usage = MeasureObservation.computed(MeasureId.custom("product_usage"), 1234, 1,
                Instant.parse("2026-03-30T09:00:00Z"));
        app.manualInputs.add(ACME, sentiment);
        app.manualInputs.add(ACME, usage);

        Map<MeasureId, MeasureObservation> observed = byId(app.inputs.observations(ACME, NOW));

        assertThat(observed).hasSize(16);   // every built-in kind, plus one custom metric
        expect(observed, MeasureKind.OPEN_TICKETS, 3, 3);
        expect(observed, MeasureKind.OPEN_HIGH_PRIORITY, 1, 3);
        expect(observed, MeasureKind.OPEN_DEFECTS, 1, 3);
        expect(observed, MeasureKind.OPEN_QUESTIONS, 2, 3);
        expect(observed, MeasureKind.OLDEST_OPEN_AGE, 2.5, 3);
        expect(observed, MeasureKind.MEDIAN_TIME_TO_RESOLUTION, 48, 2);
        expect(observed, MeasureKind.MEDIAN_FIRST_RESPONSE, 3, 2);
        expect(observed, MeasureKind.REOPEN_RATE, 50, 2);
        expect(observed, MeasureKind.TICKET_VOLUME_TREND, 12.0, 5);
        expect(observed, MeasureKind.CSAT_SATISFIED, 80, 5);
        expect(observed, MeasureKind.NPS, 25, 4);
        expect(observed, MeasureKind.DAYS_SINCE_TOUCHPOINT, 10, 1);
        expect(observed, MeasureKind.DAYS_TO_RENEWAL, 62, 1);
        expect(observed, MeasureKind.ARR_CHANGE_90D, 20, 2);
        assertThat(observed.get(MeasureId.of(MeasureKind.CSM_SENTIMENT))).isEqualTo(sentiment);
        assertThat(observed.get(MeasureId.custom("product_usage"))).isEqualTo(usage);
        assertThat(observed.values()).filteredOn(o -> !o.manual() && o.measureId().kind() != MeasureKind.CUSTOM)
                .allSatisfy(o -> assertThat(o.observedAt()).isEqualTo(NOW));
    }

    @Test
    void shouldLeaveMeasuresWithoutDataOutWhenTheAccountHasNoHistory() {
        app.accounts.create(AccountFixtures.minimal("ACME"));

        Map<MeasureId, MeasureObservation> observed = byId(app.inputs.observations(ACME, NOW));

        // The ledger is complete, so "no open tickets" is a fact (0), not missing data; everything else is absent.
        assertThat(observed.keySet()).containsExactlyInAnyOrder(MeasureId.of(MeasureKind.OPEN_TICKETS),
                MeasureId.of(MeasureKind.OPEN_HIGH_PRIORITY), MeasureId.of(MeasureKind.OPEN_DEFECTS),
                MeasureId.of(MeasureKind.OPEN_QUESTIONS));
        assertThat(observed.values()).allSatisfy(o -> assertThat(o.value()).isZero());
        assertThat(app.health.effectiveHealth(ACME).computed().line(MeasureId.of(MeasureKind.CSAT_SATISFIED))
                .orElseThrow().status()).isEqualTo(MeasureStatus.NO_DATA);
    }

    @Test
    void shouldObserveNoArrChangeWhenThereIsNoBaseOrItIsZero() {
        app.accounts.create(AccountFixtures.full("ACME", "acme.test", 7, "crm-1"));
        assertThat(byId(app.inputs.observations(ACME, NOW))).doesNotContainKey(MeasureId.of(MeasureKind.ARR_CHANGE_90D));

        app.revenue.upsert(new ArrSnapshot(ACME, YearMonth.of(2025, 12), Money.of(0, "EUR")));
        assertThat(byId(app.inputs.observations(ACME, NOW))).doesNotContainKey(MeasureId.of(MeasureKind.ARR_CHANGE_90D));

        app.revenue.upsert(new ArrSnapshot(ACME, YearMonth.of(2025, 12), Money.of(24_000_000, "EUR")));
        expect(byId(app.inputs.observations(ACME, NOW)), MeasureKind.ARR_CHANGE_90D, -50, 2);
    }

    @Test
    void shouldObserveNothingWhenTheAccountIsUnknown() {
        assertThat(app.inputs.observations(AccountKey.of("GHOST"), NOW)).isEmpty();
    }

    private static Map<MeasureId, MeasureObservation> byId(List<MeasureObservation> observations) {
        return observations.stream().collect(Collectors.toMap(MeasureObservation::measureId, o -> o));
    }

    private static void expect(Map<MeasureId, MeasureObservation> observed, MeasureKind kind, double value, int n) {
        MeasureObservation observation = observed.get(MeasureId.of(kind));
        assertThat(observation).as(kind.name()).isNotNull();
        assertThat(observation.value()).as(kind.name()).isCloseTo(value, within(1e-9));
        assertThat(observation.sampleSize()).as(kind + " n").isEqualTo(n);
    }
}
