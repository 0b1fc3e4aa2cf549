package io.successdesk.store;

import io.successdesk.app.panel.PanelSummary;
import io.successdesk.domain.account.AccountKey;
import io.successdesk.domain.cta.CtaFacts;
import io.successdesk.domain.cta.CtaFactsFixtures;
import io.successdesk.domain.cta.CtaReason;
import io.successdesk.domain.cta.CtaStatus;
import io.successdesk.domain.cta.CtaType;
import io.successdesk.domain.health.HealthBand;
import io.successdesk.domain.health.HealthScore;
import io.successdesk.domain.health.MeasureId;
import io.successdesk.domain.health.MeasureKind;
import io.successdesk.domain.plan.ObjectiveStatus;
import io.successdesk.domain.value.Money;
import io.successdesk.domain.voc.CsatSummary;
import io.successdesk.domain.voc.RatingCounts;
import io.successdesk.store.ao.PanelSummaryRow;
import io.successdesk.store.ao.testing.ActiveObjectsTestCase;
import net.java.ao.EntityManager;
import net.java.ao.test.jdbc.Data;
import net.java.ao.test.jdbc.DatabaseUpdater;
import org.junit.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

import static org.assertj.core.api.Assertions.assertThat;

@Data(AoPanelSummaryStoreTest.Schema.class)
public class AoPanelSummaryStoreTest extends ActiveObjectsTestCase {

    public static final class Schema implements DatabaseUpdater {
        @Override
        public void update(EntityManager em) throws Exception {
            em.migrate(PanelSummaryRow.class, io.successdesk.store.ao.AccountChange.class);
        }
    }

    static final AccountKey ACME = AccountKey.of("ACME");
    static final Instant T0 = Instant.parse("2026-03-10T09:00:00.123Z");

    /** Every optional part present, text with quotes, non-ASCII and a custom measure. */
    static PanelSummary full(AccountKey account, Instant at) {
        return new PanelSummary(account, "Acme \"Ünïcode\" Corp", "Enterprise", Optional.of("csm.jane"),
                Optional.of(LocalDate.of(2026, 12, 31)), Optional.of(Money.of(48_000_000L, "EUR")),
                Optional.of(new PanelSummary.Health(LocalDate.of(2026, 3, 9), Optional.of(HealthScore.of(42.5)),
                        Optional.of(HealthBand.AMBER), true, OptionalDouble.of(-12.25),
                        List.of(MeasureId.of(MeasureKind.OPEN_TICKETS), MeasureId.custom("product_usage")),
                        List.of(new PanelSummary.DayScore(LocalDate.of(2026, 3, 7), HealthScore.of(55.25)),
                                new PanelSummary.DayScore(LocalDate.of(2026, 3, 9), HealthScore.of(42.5))))),
                7, CsatSummary.of(RatingCounts.of(1, 0, 2, 3, 4), 5),
                List.of(new PanelSummary.OpenObjective("Onboarding", "Go live", ObjectiveStatus.IN_PROGRESS,
                        LocalDate.of(2026, 4, 1))),
                List.of(new PanelSummary.OverdueTask("Onboarding", "Kick-off\ncall", LocalDate.of(2026, 3, 1))),
                List.of(new PanelSummary.CtaLine("c1", CtaType.RISK, CtaReason.ENTERED_RED, CtaStatus.OPEN,
                                CtaFactsFixtures.sample(CtaReason.ENTERED_RED), Optional.of("CS-9"), Optional.empty()),
                        new PanelSummary.CtaLine("c2", CtaType.RISK, CtaReason.LOW_CSAT, CtaStatus.SNOOZED,
                                CtaFactsFixtures.sample(CtaReason.LOW_CSAT), Optional.empty(),
                                Optional.of(LocalDate.of(2026, 4, 2))),
                        new PanelSummary.CtaLine("c3", CtaType.RISK, CtaReason.RENEWAL_AT_RISK, CtaStatus.OPEN,
                                CtaFacts.renewalAtRisk(LocalDate.of(2026, 5, 24), Optional.empty()), Optional.empty(),
                                Optional.empty())),
                at);
    }

    /** Nothing optional present: no CSM, renewal, ARR, health, answers, plans or CTAs. */
    static PanelSummary bare(AccountKey account, Instant at) {
        return new PanelSummary(account, "Bare", "SMB", Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), 0, CsatSummary.of(RatingCounts.EMPTY), List.of(), List.of(), List.of(), at);
    }

    @Test
    public void shouldRoundTripAFullAndABareSummary() {
        AoPanelSummaryStore store = new AoPanelSummaryStore(ao);
        PanelSummary full = full(ACME, T0);
        PanelSummary bare = bare(AccountKey.of("BARE"), T0);
        store.put(full, 0);
        store.put(bare, 0);

        assertThat(store.get(ACME)).contains(full);
        assertThat(store.get(AccountKey.of("BARE"))).contains(bare);
        assertThat(store.get(AccountKey.of("NOPE"))).isEmpty();
    }

    @Test
    public void shouldRoundTripAHealthWithoutScoreBandOrTrend() {
        AoPanelSummaryStore store = new AoPanelSummaryStore(ao);
        PanelSummary noScore = new PanelSummary(ACME, "Acme", "SMB", Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.of(new PanelSummary.Health(LocalDate.of(2026, 3, 9), Optional.empty(),
                Optional.empty(), false, OptionalDouble.empty(), List.of(), List.of())), 0, CsatSummary.of(RatingCounts.EMPTY),
                List.of(), List.of(), List.of(), T0);
        store.put(noScore, 0);
        assertThat(store.get(ACME)).contains(noScore);
    }

    @Test
    public void shouldServeASummaryOnlyWhileNoWriteMarkedItsAccountSince() {
        AoPanelSummaryStore store = new AoPanelSummaryStore(ao);
        AoAccountChangeLog marks = new AoAccountChangeLog(ao);
        marks.mark(ACME);
        store.put(full(ACME, T0), marks.newestMark(ACME));
        store.put(bare(AccountKey.of("GLOBEX"), T0), 0);
        assertThat(store.get(ACME)).as("reflects the newest mark").isPresent();

        marks.mark(ACME);   // a write on ACME

        assertThat(store.get(ACME)).as("out of date").isEmpty();
        assertThat(store.get(AccountKey.of("GLOBEX"))).as("another account's write changes nothing here").isPresent();
        PanelSummary current = bare(ACME, T0.plusSeconds(5));
        store.put(current, marks.newestMark(ACME));
        store.put(full(ACME, T0), 1);   // a view that read an older mark loses the race: never go back
        marks.done(marks.pending(10).get(0));
        assertThat(store.get(ACME)).as("processed, nothing newer: the newest summary serves").contains(current);
    }

    @Test
    public void shouldReadTheCurrentSummariesOfManyAccountsAsGetDoesForEach() {
        AoPanelSummaryStore store = new AoPanelSummaryStore(ao);
        AoAccountChangeLog marks = new AoAccountChangeLog(ao);
        AccountKey globex = AccountKey.of("GLOBEX");
        AccountKey stale = AccountKey.of("STALE");
        AccountKey initech = AccountKey.of("INITECH");
        marks.mark(ACME);
        store.put(full(ACME, T0), marks.newestMark(ACME));
        store.put(bare(globex, T0), 0);
        store.put(bare(globex, T0.plusSeconds(1)), 0);
        store.put(bare(stale, T0), 0);
        marks.mark(stale);   // a write on STALE after its summary

        List<AccountKey> wanted = List.of(ACME, globex, stale, initech);
        Map<AccountKey, PanelSummary> read = store.getAll(wanted);

        assertThat(read).containsOnlyKeys(ACME, globex);
        for (AccountKey account : wanted) {
            assertThat(Optional.ofNullable(read.get(account))).as(account.value()).isEqualTo(store.get(account));
        }
        assertThat(read.get(globex).computedAt()).isEqualTo(T0.plusSeconds(1));
        assertThat(store.getAll(List.of())).isEmpty();
    }

    @Test
    public void shouldKeepOneRowPerAccountWhenPutAgain() {
        AoPanelSummaryStore store = new AoPanelSummaryStore(ao);
        store.put(full(ACME, T0), 0);
        PanelSummary later = bare(ACME, T0.plusSeconds(60));
        store.put(later, 0);

        assertThat(store.get(ACME)).contains(later);
        assertThat(ao.count(PanelSummaryRow.class)).isEqualTo(1);
    }

    @Test
    public void shouldDropOnlyTheInvalidatedAccountsSummary() {
        AoPanelSummaryStore store = new AoPanelSummaryStore(ao);
        store.put(full(ACME, T0), 0);
        store.put(bare(AccountKey.of("GLOBEX"), T0), 0);

        store.invalidate(ACME);
        store.invalidate(AccountKey.of("NEVER_STORED"));

        assertThat(store.get(ACME)).isEmpty();
        assertThat(store.get(AccountKey.of("GLOBEX"))).isPresent();
    }

    @Test
    public void shouldStoreCtaFactsAndReadASummaryWrittenBeforeFactsExisted() {
        String body = AoPanelSummaryStore.toJson(full(ACME, T0));
        assertThat(body).contains("\"f\":{\"renewalDate\":\"2026-05-24\"}").doesNotContain("\"x\"");

        String legacy = body.replace("\"f\":{\"renewalDate\":\"2026-05-24\"}", "\"x\":\"Renewal in 75 days and health is amber.\"");
        PanelSummary read = AoPanelSummaryStore.fromJson(ACME, T0, legacy);
        assertThat(read.openCtas().get(2).facts())
                .isEqualTo(CtaFacts.legacy(CtaReason.RENEWAL_AT_RISK, "Renewal in 75 days and health is amber."));
        assertThat(read.openCtas().subList(0, 2)).isEqualTo(full(ACME, T0).openCtas().subList(0, 2));
    }

    @Test
    public void shouldStoreTheBodyCompactlyWithoutAbsentParts() {
        String body = AoPanelSummaryStore.toJson(bare(ACME, T0));
        assertThat(body).doesNotContain("csm").doesNotContain("arr").doesNotContain("\"h\"").doesNotContain("null")
                .hasSizeLessThan(120);
        assertThat(AoPanelSummaryStore.toJson(full(ACME, T0))).hasSizeLessThan(900);
    }
}
