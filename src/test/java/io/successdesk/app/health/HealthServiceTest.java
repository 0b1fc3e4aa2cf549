package io.successdesk.app.health;

import io.successdesk.app.ConflictException;
import io.successdesk.app.change.TestAccountChanges;
import io.successdesk.app.change.InMemoryAccountChangeLog;

import io.successdesk.app.InvalidInputException;
import io.successdesk.app.audit.AuditEntry;
import io.successdesk.app.audit.InMemoryAuditLog;
import io.successdesk.domain.account.AccountKey;
import io.successdesk.domain.health.BandThresholds;
import io.successdesk.domain.health.EffectiveHealth;
import io.successdesk.domain.health.HealthBand;
import io.successdesk.domain.health.HealthScore;
import io.successdesk.domain.health.HealthScorecard;
import io.successdesk.domain.health.HealthSnapshot;
import io.successdesk.domain.health.ManualOverride;
import io.successdesk.domain.health.Measure;
import io.successdesk.domain.health.MeasureId;
import io.successdesk.domain.health.MeasureKind;
import io.successdesk.domain.health.MeasureObservation;
import io.successdesk.domain.value.DateWindow;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class HealthServiceTest {

    static final Instant NOW = Instant.parse("2026-03-31T12:00:00Z");
    static final LocalDate TODAY = LocalDate.of(2026, 3, 31);
    static final AccountKey ACME = AccountKey.of("ACME");
    static final MeasureId OPEN = MeasureId.of(MeasureKind.OPEN_TICKETS);
    /** One measure scoring 100 − open tickets. */
    static final HealthScorecard CARD = new HealthScorecard("v1", List.of(Measure.computed(OPEN, 1, 100, 0, 0, 0)),
            BandThresholds.DEFAULT);

    final InMemoryHealthHistory history = new InMemoryHealthHistory();
    final InMemoryOverrideStore overrides = new InMemoryOverrideStore();
    final InMemoryAuditLog audit = new InMemoryAuditLog();
    final InMemoryAccountChangeLog changeLog = new InMemoryAccountChangeLog();
    final FixedHealthInputs inputs = new FixedHealthInputs();
    final HealthService service = new HealthService(() -> CARD, inputs, history, overrides, audit,
            Clock.fixed(NOW, ZoneOffset.UTC), TestAccountChanges.over(changeLog));

    @BeforeEach
    void openTickets() {
        inputs.set(ACME, List.of(MeasureObservation.computed(OPEN, 40, 40, NOW)));   // score 60, amber
    }

    static HealthSnapshot snapshot(LocalDate day, double computedScore) {
        HealthScore score = HealthScore.of(computedScore);
        HealthBand band = BandThresholds.DEFAULT.bandOf(score);
        return new HealthSnapshot(ACME, day, Optional.of(score), Optional.of(band), Optional.of(score),
                Optional.of(band), false, Map.of(OPEN, computedScore), "v1");
    }

    @Test
    void shouldComputeHealthAsOfNowWhenAsked() {
        EffectiveHealth health = service.effectiveHealth(ACME);

        assertThat(inputs.lastAsOf()).isEqualTo(NOW);
        assertThat(health.day()).isEqualTo(TODAY);
        assertThat(health.score()).contains(HealthScore.of(60));
        assertThat(health.band()).contains(HealthBand.AMBER);
        assertThat(health.isOverridden()).isFalse();
    }

    @Test
    void shouldCompareWithSnapshotsOnOrBefore7And30DaysAgoWhenViewingHealth() {
        history.save(snapshot(TODAY.minusDays(31), 95));
        history.save(snapshot(TODAY.minusDays(30), 90));   // used for 30 days: 60 − 90 = −30
        history.save(snapshot(TODAY.minusDays(29), 10));
        history.save(snapshot(TODAY.minusDays(8), 70));
        history.save(snapshot(TODAY.minusDays(7), 80));    // used for 7 days: 60 − 80 = −20
        history.save(snapshot(TODAY.minusDays(6), 20));

        HealthView view = service.health(ACME);

        assertThat(view.account()).isEqualTo(ACME);
        assertThat(view.since7Days().orElseThrow().since()).isEqualTo(TODAY.minusDays(7));
        assertThat(view.since7Days().orElseThrow().scoreChange().getAsDouble()).isCloseTo(-20, within(1e-9));
        assertThat(view.since30Days().orElseThrow().since()).isEqualTo(TODAY.minusDays(30));
        assertThat(view.since30Days().orElseThrow().scoreChange().getAsDouble()).isCloseTo(-30, within(1e-9));
        assertThat(view.since30Days().orElseThrow().bandChanged()).isTrue();
    }

    @Test
    void shouldHaveNoDeltasWhenHistoryIsTooShort() {
        history.save(snapshot(TODAY.minusDays(6), 20));

        HealthView view = service.health(ACME);

        assertThat(view.since7Days()).isEmpty();
        assertThat(view.since30Days()).isEmpty();
    }

    @Test
    void shouldStoreAuditAndApplyOverrideWhenValid() {
        ManualOverride override = service.setOverride(ACME,
                new OverrideRequest(Optional.of(85.0), Optional.empty(), "  signed renewal early ", TODAY.plusDays(1)), Optional.empty(), "csm1");

        assertThat(override.score()).contains(HealthScore.of(85));
        assertThat(override.reason()).isEqualTo("signed renewal early");
        assertThat(override.author()).isEqualTo("csm1");
        assertThat(override.created()).isEqualTo(NOW);
        assertThat(overrides.find(ACME)).contains(override);
        EffectiveHealth health = service.effectiveHealth(ACME);
        assertThat(health.isOverridden()).isTrue();
        assertThat(health.score()).contains(HealthScore.of(85));
        assertThat(health.computed().score()).contains(HealthScore.of(60));

        AuditEntry entry = audit.all().get(0);
        assertThat(entry.actor()).isEqualTo("csm1");
        assertThat(entry.action()).isEqualTo("health.override.set");
        assertThat(entry.subjectType()).isEqualTo("account");
        assertThat(entry.subjectId()).isEqualTo("ACME");
        assertThat(entry.at()).isEqualTo(NOW);
        assertThat(entry.before()).isEmpty();
        assertThat(entry.after()).contains(override.toString());
    }

    @Test
    void shouldAuditPreviousOverrideWhenReplacingIt() {
        ManualOverride first = service.setOverride(ACME,
                new OverrideRequest(Optional.empty(), Optional.of(HealthBand.RED), "churn risk", TODAY.plusDays(9)), Optional.empty(), "csm1");
        ManualOverride second = service.setOverride(ACME,
                new OverrideRequest(Optional.empty(), Optional.of(HealthBand.GREEN), "resolved", TODAY.plusDays(9)),
                Optional.of(first.created()), "csm2");

        assertThat(overrides.find(ACME)).contains(second);
        assertThat(audit.all()).hasSize(2);
        assertThat(audit.all().get(1).before()).contains(first.toString());
    }

    @Test
    void shouldRefuseToReplaceAnOverrideTheCallerHasNotSeen() {
        ManualOverride first = service.setOverride(ACME,
                new OverrideRequest(Optional.empty(), Optional.of(HealthBand.RED), "churn risk", TODAY.plusDays(9)),
                Optional.empty(), "csm1");
        OverrideRequest green = new OverrideRequest(Optional.empty(), Optional.of(HealthBand.GREEN), "resolved",
                TODAY.plusDays(9));

        assertThatThrownBy(() -> service.setOverride(ACME, green, Optional.empty(), "csm2"))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.field()).isEqualTo("replaces"));
        assertThatThrownBy(() -> service.setOverride(ACME, green, Optional.of(NOW.minusSeconds(1)), "csm2"))
                .isInstanceOf(ConflictException.class);

        assertThat(overrides.find(ACME)).contains(first);
        assertThat(audit.all()).hasSize(1);
    }

    @Test
    void shouldRefuseAndWriteNothingWhenOverrideIsInvalid() {
        assertInvalid(new OverrideRequest(Optional.of(50.0), Optional.of(HealthBand.RED), "r", TODAY.plusDays(1)), "score");
        assertInvalid(new OverrideRequest(Optional.empty(), Optional.empty(), "r", TODAY.plusDays(1)), "score");
        assertInvalid(new OverrideRequest(Optional.of(100.1), Optional.empty(), "r", TODAY.plusDays(1)), "score");
        assertInvalid(new OverrideRequest(Optional.of(-0.1), Optional.empty(), "r", TODAY.plusDays(1)), "score");
        assertInvalid(new OverrideRequest(Optional.of(Double.NaN), Optional.empty(), "r", TODAY.plusDays(1)), "score");
        assertInvalid(new OverrideRequest(Optional.of(50.0), Optional.empty(), " ", TODAY.plusDays(1)), "reason");
        assertInvalid(new OverrideRequest(Optional.of(50.0), Optional.empty(), "r", TODAY), "expiresOn");

        assertThat(overrides.find(ACME)).isEmpty();
        assertThat(audit.all()).isEmpty();
        assertThat(service.setOverride(ACME, new OverrideRequest(Optional.of(100.0), Optional.empty(), "r",
                TODAY.plusDays(1)), Optional.empty(), "csm1").score()).contains(HealthScore.of(100));
        assertThat(service.setOverride(ACME, new OverrideRequest(Optional.of(0.0), Optional.empty(), "r",
                TODAY.plusDays(1)), Optional.of(NOW), "csm1").score()).contains(HealthScore.of(0));
    }

    private void assertInvalid(OverrideRequest request, String field) {
        assertThatThrownBy(() -> service.setOverride(ACME, request, Optional.empty(), "csm1"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors()).containsKey(field));
    }

    @Test
    void shouldRemoveAndAuditWhenClearingAnOverride() {
        ManualOverride set = service.setOverride(ACME,
                new OverrideRequest(Optional.empty(), Optional.of(HealthBand.RED), "churn risk", TODAY.plusDays(9)), Optional.empty(), "csm1");

        assertThat(service.clearOverride(ACME, "csm2")).isTrue();

        assertThat(overrides.find(ACME)).isEmpty();
        AuditEntry entry = audit.all().get(1);
        assertThat(entry.action()).isEqualTo("health.override.clear");
        assertThat(entry.actor()).isEqualTo("csm2");
        assertThat(entry.before()).contains(set.toString());
        assertThat(entry.after()).isEmpty();
        assertThat(service.clearOverride(ACME, "csm2")).isFalse();
        assertThat(audit.all()).hasSize(2);
    }

    @Test
    void shouldSaveOneSnapshotPerDayWhenSnapshottingTwice() {
        service.snapshot(ACME, TODAY.minusDays(1));
        inputs.set(ACME, List.of(MeasureObservation.computed(OPEN, 10, 10, NOW)));   // now 90
        HealthSnapshot second = service.snapshot(ACME, TODAY.minusDays(1));

        assertThat(history.size()).isEqualTo(1);
        assertThat(history.history(ACME, DateWindow.lastDays(1, TODAY.minusDays(1)))).containsExactly(second);
        assertThat(second.computedScore()).contains(HealthScore.of(90));
        assertThat(second.scorecardVersion()).isEqualTo("v1");
        assertThat(second.day()).isEqualTo(TODAY.minusDays(1));
        assertThat(changeLog.history()).as("a snapshot is history, not a write on the account")
                .isEmpty();
    }

    @Test
    void shouldRecordOverrideInSnapshotWhenOneIsInForce() {
        service.setOverride(ACME, new OverrideRequest(Optional.empty(), Optional.of(HealthBand.RED), "churn notice",
                TODAY.plusDays(1)), Optional.empty(), "csm1");

        HealthSnapshot snapshot = service.snapshot(ACME, TODAY);

        assertThat(snapshot.overridden()).isTrue();
        assertThat(snapshot.effectiveBand()).contains(HealthBand.RED);
        assertThat(snapshot.computedBand()).contains(HealthBand.AMBER);
    }

    @Test
    void shouldRefuseSnapshotWhenDayIsInTheFuture() {
        assertThatThrownBy(() -> service.snapshot(ACME, TODAY.plusDays(1)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors()).containsKey("day"));
        assertThat(history.size()).isZero();
        assertThat(service.snapshot(ACME, TODAY).day()).isEqualTo(TODAY);
    }
}
