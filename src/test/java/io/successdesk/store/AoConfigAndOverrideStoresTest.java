package io.successdesk.store;

import net.java.ao.test.jdbc.NonTransactional;
import java.util.Optional;
import net.java.ao.DBParam;
import io.successdesk.app.NotFoundException;
import io.successdesk.app.ConflictException;
import io.successdesk.domain.account.AccountKey;
import io.successdesk.domain.cta.CtaRuleSet;
import io.successdesk.domain.health.BandThresholds;
import io.successdesk.domain.health.HealthBand;
import io.successdesk.domain.health.HealthScore;
import io.successdesk.domain.health.HealthScorecard;
import io.successdesk.domain.health.ManualOverride;
import io.successdesk.domain.health.Measure;
import io.successdesk.domain.health.MeasureId;
import io.successdesk.domain.health.MeasureKind;
import io.successdesk.store.ao.CtaRuleConfig;
import io.successdesk.store.ao.HealthOverride;
import io.successdesk.store.ao.ScorecardMeasure;
import io.successdesk.store.ao.ScorecardVersion;
import io.successdesk.store.ao.testing.ActiveObjectsTestCase;
import net.java.ao.EntityManager;
import net.java.ao.test.jdbc.Data;
import net.java.ao.test.jdbc.DatabaseUpdater;
import org.junit.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@Data(AoConfigAndOverrideStoresTest.Schema.class)
public class AoConfigAndOverrideStoresTest extends ActiveObjectsTestCase {

    public static final class Schema implements DatabaseUpdater {
        @Override
        public void update(EntityManager em) throws Exception {
            em.migrate(HealthOverride.class, ScorecardVersion.class, ScorecardMeasure.class, CtaRuleConfig.class,
                    io.successdesk.store.ao.AccountRow.class);
        }
    }

    static final AccountKey ACME = AccountKey.of("ACME");
    static final Instant NOW = Instant.parse("2026-03-10T12:00:00Z");
    static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    @Test
    public void shouldKeepOneOverridePerAccountAndRoundTripItWhenReplaced() {
        AoOverrideStore store = new AoOverrideStore(ao);
        ManualOverride band = ManualOverride.ofBand(HealthBand.RED, "exec escalation", "csm1", NOW, LocalDate.of(2026, 4, 1));
        ManualOverride score = ManualOverride.ofScore(HealthScore.of(72.5), "renewal signed", "csm2", NOW.plusSeconds(60),
                LocalDate.of(2026, 5, 1));
        account(ACME);
        store.put(ACME, band, Optional.empty());
        assertThat(store.find(ACME)).contains(band);

        store.put(ACME, score, Optional.of(band.created()));
        assertThat(store.find(ACME)).contains(score);
        assertThat(ao.count(HealthOverride.class)).isEqualTo(1);
        assertThat(store.find(AccountKey.of("BETA"))).isEmpty();

        assertThat(store.remove(ACME)).isTrue();
        assertThat(store.remove(ACME)).isFalse();
        assertThat(store.find(ACME)).isEmpty();
    }

    @Test
    @NonTransactional   // each put its own transaction, as in the app (H2 1.3 loses a row rolled back to a savepoint twice)
    public void shouldRefuseToReplaceAnOverrideOtherThanTheOneTheCallerSaw() {
        AoOverrideStore store = new AoOverrideStore(ao);
        account(ACME);
        ManualOverride first = ManualOverride.ofBand(HealthBand.RED, "exec escalation", "csm1", NOW, LocalDate.of(2026, 4, 1));
        ManualOverride other = ManualOverride.ofBand(HealthBand.GREEN, "all good", "csm2", NOW.plusSeconds(5),
                LocalDate.of(2026, 4, 1));
        store.put(ACME, first, Optional.empty());

        assertThatThrownBy(() -> store.put(ACME, other, Optional.empty()))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.field()).isEqualTo("replaces"));
        assertThatThrownBy(() -> store.put(ACME, other, Optional.of(NOW.minusSeconds(60))))
                .isInstanceOf(ConflictException.class);
        assertThat(store.find(ACME)).contains(first);
        store.remove(ACME);
        assertThatThrownBy(() -> store.put(ACME, other, Optional.of(first.created())))
                .isInstanceOf(ConflictException.class).hasMessageContaining("removed");
        assertThatThrownBy(() -> store.put(AccountKey.of("GONE"), other, Optional.empty()))
                .isInstanceOf(NotFoundException.class);
        assertThat(store.find(ACME)).isEmpty();
    }

    private void account(AccountKey key) {
        ao.create(io.successdesk.store.ao.AccountRow.class,
                new DBParam(io.successdesk.store.ao.AccountRow.ACCOUNT_KEY, key.value()),
                new DBParam(io.successdesk.store.ao.AccountRow.ACCOUNT_NAME, key.value()),
                new DBParam(io.successdesk.store.ao.AccountRow.TIER, "SMB"),
                new DBParam(io.successdesk.store.ao.AccountRow.STAGE, "ADOPTION"),
                new DBParam(io.successdesk.store.ao.AccountRow.CONTRACT_START, "2026-01-01"),
                new DBParam(io.successdesk.store.ao.AccountRow.LOCK_VERSION, 1L),
                new DBParam(io.successdesk.store.ao.AccountRow.CREATED_AT, 0L),
                new DBParam(io.successdesk.store.ao.AccountRow.UPDATED_AT, 0L));
    }

    @Test
    public void shouldReplaceCtaRulesOnlyFromTheVersionInUse() {
        AoCtaRulesStore store = new AoCtaRulesStore(ao, CLOCK);
        assertThat(store.currentVersion()).as("the defaults").isZero();
        CtaRuleSet tighter = new CtaRuleSet(10, 30, 2, 30, 90, 30, 30, 20.0);
        CtaRuleSet looser = new CtaRuleSet(25, 30, 2, 30, 90, 30, 30, 20.0);

        store.replace(tighter, 0);
        long first = store.currentVersion();

        assertThatThrownBy(() -> store.replace(looser, 0)).isInstanceOfSatisfying(ConflictException.class,
                e -> assertThat(e.field()).isEqualTo("version"));
        assertThat(store.current()).isEqualTo(tighter);
        store.replace(looser, first);
        assertThat(store.current()).isEqualTo(looser);
        assertThat(store.currentVersion()).isGreaterThan(first);

        CtaRuleSet fewer = looser.withTurnedOff(java.util.Set.of(io.successdesk.domain.cta.CtaReason.values()));
        store.replace(fewer, store.currentVersion());
        assertThat(store.current()).as("every rule off, stored and read back").isEqualTo(fewer);
        store.replace(looser, store.currentVersion());
        assertThat(store.current().turnedOff()).isEmpty();
    }

    @Test
    public void shouldNameTheUtcDaysOnWhichScorecardVersionsWereSaved() {
        AoScorecardStore store = new AoScorecardStore(ao, CLOCK);
        java.time.LocalDate saved = java.time.LocalDate.ofInstant(CLOCK.instant(), java.time.ZoneOffset.UTC);
        store.saveNewVersion(HealthScorecard.defaults().measures(), BandThresholds.DEFAULT);
        store.saveNewVersion(HealthScorecard.defaults().measures(), new BandThresholds(40, 70));

        assertThat(store.versionDays(new io.successdesk.domain.value.DateWindow(saved.minusDays(3), saved.plusDays(1))))
                .as("two versions, one day").containsExactly(saved);
        assertThat(store.versionDays(new io.successdesk.domain.value.DateWindow(saved.plusDays(1), saved.plusDays(5)))).isEmpty();
        assertThat(store.versionDays(new io.successdesk.domain.value.DateWindow(saved.minusDays(5), saved))).isEmpty();
    }

    @Test
    public void shouldServeTheDefaultScorecardUntilOneIsSaved() {
        assertThat(new AoScorecardStore(ao, CLOCK).current()).isEqualTo(HealthScorecard.defaults());
    }

    @Test
    public void shouldCreateANewCurrentVersionExactlyEachTimeAScorecardIsSaved() {
        AoScorecardStore store = new AoScorecardStore(ao, CLOCK);
        List<Measure> measures = List.of(
                Measure.computed(MeasureId.of(MeasureKind.TICKET_VOLUME_TREND), 0.1, 2.0, 1.0, 120, 10),
                Measure.manual(MeasureId.of(MeasureKind.CSM_SENTIMENT), 2, 1, 5, 90),
                Measure.computed(MeasureId.custom("product_usage"), 1.0 / 3, -20.125, 1e9, 0, 0));
        HealthScorecard first = store.saveNewVersion(measures, new BandThresholds(40.5, 80));
        assertThat(store.current()).isEqualTo(first);
        assertThat(first.measures()).isEqualTo(measures);

        HealthScorecard second = store.saveNewVersion(measures.subList(0, 1), BandThresholds.DEFAULT);
        assertThat(second.versionId()).isNotEqualTo(first.versionId()).isNotEqualTo(HealthScorecard.DEFAULT_VERSION);
        assertThat(store.current()).isEqualTo(second);
        assertThat(ao.count(ScorecardVersion.class)).isEqualTo(2);
    }

    @Test
    public void shouldLeaveNoVersionBehindWhenSavingAScorecardFailsMidWay() {
        AoScorecardStore store = new AoScorecardStore(ao, CLOCK);
        assertThatThrownBy(() -> store.saveNewVersion(List.of(), BandThresholds.DEFAULT))
                .isInstanceOf(IllegalArgumentException.class);

        assertThat(ao.count(ScorecardVersion.class)).isZero();
        assertThat(store.current()).isEqualTo(HealthScorecard.defaults());
    }

    @Test
    public void shouldServeDefaultRulesUntilSavedThenTheLatest() {
        AoCtaRulesStore store = new AoCtaRulesStore(ao, CLOCK);
        assertThat(store.current()).isEqualTo(CtaRuleSet.DEFAULTS);

        CtaRuleSet strict = new CtaRuleSet(10, 14, 3, 60, 120, 21, 45, 12.5);
        store.save(strict);
        assertThat(store.current()).isEqualTo(strict);
        store.save(CtaRuleSet.DEFAULTS);
        assertThat(store.current()).isEqualTo(CtaRuleSet.DEFAULTS);
    }
}
