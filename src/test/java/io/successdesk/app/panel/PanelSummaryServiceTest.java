package io.successdesk.app.panel;

import io.successdesk.app.plan.AccountPlanSummary;
import io.successdesk.app.plan.PlanCommands.AddObjective;
import io.successdesk.app.plan.PlanCommands.AddTask;
import io.successdesk.app.plan.PlanCommands.CreatePlan;
import io.successdesk.app.refresh.AppFixture;
import io.successdesk.domain.account.Account;
import io.successdesk.domain.account.AccountFixtures;
import io.successdesk.domain.account.AccountKey;
import io.successdesk.domain.cta.Cta;
import io.successdesk.domain.cta.CtaDedupKey;
import io.successdesk.domain.cta.CtaFactsFixtures;
import io.successdesk.domain.cta.CtaProposal;
import io.successdesk.domain.cta.CtaReason;
import io.successdesk.domain.cta.CtaStatus;
import io.successdesk.domain.health.BandThresholds;
import io.successdesk.domain.health.EffectiveHealth;
import io.successdesk.domain.health.HealthBand;
import io.successdesk.domain.health.HealthScore;
import io.successdesk.domain.health.HealthScorecard;
import io.successdesk.domain.health.HealthSnapshot;
import io.successdesk.domain.health.MeasureBreakdown;
import io.successdesk.domain.health.MeasureId;
import io.successdesk.domain.health.MeasureKind;
import io.successdesk.domain.plan.ObjectiveStatus;
import io.successdesk.domain.plan.PlanStatus;
import io.successdesk.domain.plan.PlanType;
import io.successdesk.domain.plan.SuccessPlan;
import io.successdesk.domain.ticket.TicketFacts;
import io.successdesk.domain.voc.CsatSummary;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

import static org.assertj.core.api.Assertions.assertThat;

class PanelSummaryServiceTest {

    static final Instant NOW = Instant.parse("2026-03-31T12:00:00Z");
    static final LocalDate TODAY = LocalDate.of(2026, 3, 31);
    static final AccountKey ACME = AccountKey.of("ACME");
    static final MeasureId OPEN = MeasureId.of(MeasureKind.OPEN_TICKETS);
    static final MeasureId CSAT = MeasureId.of(MeasureKind.CSAT_SATISFIED);
    static final MeasureId REOPEN = MeasureId.of(MeasureKind.REOPEN_RATE);
    static final MeasureId DEFECTS = MeasureId.of(MeasureKind.OPEN_DEFECTS);

    final AppFixture app = new AppFixture(NOW, HealthScorecard.defaults());

    static HealthSnapshot scored(LocalDate day, double score, Map<MeasureId, Double> measures) {
        HealthScore value = HealthScore.of(score);
        HealthBand band = BandThresholds.DEFAULT.bandOf(value);
        return new HealthSnapshot(ACME, day, Optional.of(value), Optional.of(band), Optional.of(value),
                Optional.of(band), false, measures, "v1");
    }

    static Cta cta(int i, CtaReason reason) {
        return Cta.open("c" + i, new CtaProposal(CtaDedupKey.of(ACME, reason), CtaFactsFixtures.sample(reason), List.of()),
                NOW.minusSeconds(600 - i));
    }

    private Optional<PanelSummary> refresh() {
        return app.accounts.get(ACME).map(account ->
                app.panels.refresh(account, app.health.effectiveHealth(ACME), app.changeLog.newestMark(ACME)));
    }

    @Test
    void shouldStoreWhatThePanelShowsWhenRefreshed() {
        app.accounts.create(AccountFixtures.minimal("ACME"));
        app.history.save(scored(TODAY.minusDays(31), 80, Map.of()));
        app.history.save(scored(TODAY.minusDays(1), 50, Map.of(OPEN, 20.0, CSAT, 60.0, REOPEN, 60.0, DEFECTS, 74.0,
                MeasureId.of(MeasureKind.OPEN_QUESTIONS), 90.0)));
        app.ledger.upsert(TicketFacts.ofAccount(TicketFacts.open(1, "2026-03-30T10:00:00Z"), ACME));
        SuccessPlan plan = app.planService.create(new CreatePlan("ACME", "Onboarding", PlanType.ONBOARDING, "csm",
                TODAY.minusDays(30), TODAY.plusDays(30)), "csm");
        plan = app.planService.addObjective(plan.id(), plan.version(),
                new AddObjective("Go live", null, TODAY.plusDays(10), "csm"), "csm");
        plan = app.planService.addTask(plan.id(), plan.version(), new AddTask("Kick-off", TODAY.minusDays(2), null, null), "csm");
        app.planService.transitionPlan(plan.id(), plan.version(), PlanStatus.ACTIVE, "csm");
        CtaReason[] reasons = {CtaReason.ENTERED_RED, CtaReason.SCORE_DROP, CtaReason.LOW_CSAT, CtaReason.NO_TOUCHPOINT,
                CtaReason.PROMOTER, CtaReason.RENEWAL_AT_RISK};
        for (int i = 0; i < reasons.length; i++) {
            app.ctaStore.save(cta(i, reasons[i]));
        }

        PanelSummary summary = refresh().orElseThrow();

        assertThat(app.panelSummaries.get(ACME)).contains(summary);
        assertThat(summary.name()).isEqualTo("ACME Inc.");
        assertThat(summary.tier()).isEqualTo("SMB");
        assertThat(summary.computedAt()).isEqualTo(NOW);
        PanelSummary.Health health = summary.health().orElseThrow();
        EffectiveHealth current = app.health.effectiveHealth(ACME);
        assertThat(health.day()).as("the current evaluation, not yesterday's snapshot").isEqualTo(TODAY);
        assertThat(health.score()).isEqualTo(current.score()).isNotEqualTo(Optional.of(HealthScore.of(50)));
        assertThat(health.band()).isEqualTo(current.band());
        assertThat(health.trend30Days()).as("now against the snapshot on or before 30 days ago")
                .isEqualTo(OptionalDouble.of(current.score().orElseThrow().value() - 80));
        assertThat(health.topReasons()).as("the current breakdown's measures below 75, worst first")
                .containsExactlyElementsOf(current.computed().breakdown().stream()
                        .filter(line -> line.score().isPresent() && line.score().getAsDouble() < 75)
                        .sorted(java.util.Comparator.comparingDouble((MeasureBreakdown line) -> line.score().getAsDouble())
                                .thenComparing(line -> line.id().toString()))
                        .limit(3).map(MeasureBreakdown::id).toList());
        assertThat(health.history()).as("30 days ending today: yesterday's stored score and today's evaluation; the "
                        + "snapshot of 31 days ago is outside")
                .containsExactly(new PanelSummary.DayScore(TODAY.minusDays(1), HealthScore.of(50)),
                        new PanelSummary.DayScore(TODAY, current.score().orElseThrow()));
        assertThat(summary.openTickets()).isEqualTo(1);
        assertThat(summary.csat().status()).isEqualTo(CsatSummary.Status.NO_DATA);
        assertThat(summary.openObjectives()).containsExactly(new PanelSummary.OpenObjective("Onboarding", "Go live",
                ObjectiveStatus.NOT_STARTED, TODAY.plusDays(10)));
        assertThat(summary.overdueTasks()).containsExactly(new PanelSummary.OverdueTask("Onboarding", "Kick-off",
                TODAY.minusDays(2)));
        assertThat(summary.openCtas()).as("newest first, at most 5").extracting(PanelSummary.CtaLine::id)
                .containsExactly("c5", "c4", "c3", "c2", "c1");
        assertThat(summary.openCtas().get(0)).isEqualTo(new PanelSummary.CtaLine("c5", CtaReason.RENEWAL_AT_RISK.type(),
                CtaReason.RENEWAL_AT_RISK, CtaStatus.OPEN, CtaFactsFixtures.sample(CtaReason.RENEWAL_AT_RISK), Optional.empty(),
                Optional.empty()));
    }

    @Test
    void shouldLeaveHealthAndTrendOutWhenTheSnapshotsAreMissing() {
        Account account = AccountFixtures.full("ACME", "acme.example", 7, "CRM-1");
        AccountPlanSummary noPlans = new AccountPlanSummary(ACME, TODAY, List.of());
        CsatSummary noAnswers = CsatSummary.of(io.successdesk.domain.voc.RatingCounts.EMPTY);

        PanelSummary none = PanelSummaryService.assemble(account, Optional.empty(), Optional.empty(), List.of(), 0, noAnswers,
                noPlans, List.of(), NOW);
        assertThat(none.health()).isEmpty();
        assertThat(none.arr()).isEqualTo(account.arr());
        assertThat(none.csmUserKey()).isEqualTo(account.csmUserKey());
        assertThat(none.renewalDate()).isEqualTo(account.renewalDate());

        PanelSummary noMonthAgo = PanelSummaryService.assemble(account,
                Optional.of(scored(TODAY, 90, Map.of(OPEN, 100.0))), Optional.empty(), List.of(), 0, noAnswers, noPlans,
                List.of(), NOW);
        assertThat(noMonthAgo.health().orElseThrow().trend30Days()).isEmpty();
        assertThat(noMonthAgo.health().orElseThrow().topReasons()).isEmpty();
    }

    @Test
    void shouldDrawTheSparklineFromEffectiveScoresWithTheLatestEvaluationForItsOwnDay() {
        HealthSnapshot storedToday = scored(TODAY, 10, Map.of());
        HealthSnapshot unscored = new HealthSnapshot(ACME, TODAY.minusDays(2), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), false, Map.of(), "v1");
        List<HealthSnapshot> recent = List.of(scored(TODAY.minusDays(3), 70, Map.of()), unscored, storedToday);

        assertThat(PanelSummaryService.dailyScores(scored(TODAY, 64, Map.of()), recent))
                .as("a day without a score is a gap; today's stored snapshot yields to the evaluation just made")
                .containsExactly(new PanelSummary.DayScore(TODAY.minusDays(3), HealthScore.of(70)),
                        new PanelSummary.DayScore(TODAY, HealthScore.of(64)));
    }

    @Test
    void shouldAnswerTheStoredSummaryWithoutAssemblingIt() {
        app.accounts.create(AccountFixtures.minimal("ACME"));
        refresh();
        app.ledger.upsert(TicketFacts.ofAccount(TicketFacts.open(1, "2026-03-30T10:00:00Z"), ACME));

        assertThat(app.panels.current(ACME).orElseThrow().openTickets()).as("stored before the ticket").isZero();
        app.panelSummaries.invalidate(ACME);
        assertThat(app.panels.current(ACME).orElseThrow().openTickets()).as("assembled again").isEqualTo(1);
        assertThat(app.panelSummaries.get(ACME)).as("and stored").isPresent();
    }

    @Test
    void shouldAssembleOnceForANeverRefreshedAccountAndDropTheSummaryOfADeletedOne() {
        assertThat(app.panels.current(ACME)).isEmpty();
        app.accounts.create(AccountFixtures.minimal("ACME"));
        assertThat(app.panels.current(ACME)).isPresent();
        assertThat(app.panelSummaries.get(ACME)).isPresent();

        app.changes.write(ACME, () -> {
            app.accounts.delete(ACME, Account.FIRST_VERSION);   // as AccountService deletes, on the account-changed path
            return null;
        });
        assertThat(app.panels.current(ACME)).isEmpty();
        assertThat(app.panelSummaries.get(ACME)).isEmpty();
    }

    @Test
    void shouldAnswerStoredSummariesOfATablePageAndAssembleOnlyTheMissingOnes() {
        app.accounts.create(AccountFixtures.minimal("ACME"));
        app.accounts.create(AccountFixtures.minimal("GLOBEX"));
        refresh();
        app.ledger.upsert(TicketFacts.ofAccount(TicketFacts.open(1, "2026-03-30T10:00:00Z"), ACME));
        AccountKey globex = AccountKey.of("GLOBEX");

        Map<AccountKey, PanelSummary> page = app.panels.currentAll(List.of(globex, ACME, AccountKey.of("GONE")));

        assertThat(page).containsOnlyKeys(globex, ACME);
        assertThat(page.get(ACME).openTickets()).as("stored before the ticket, served as stored").isZero();
        assertThat(page.get(globex)).isEqualTo(app.panelSummaries.get(globex).orElseThrow());
        assertThat(page.get(globex).name()).isEqualTo(app.accounts.get(globex).orElseThrow().name());
    }
}
