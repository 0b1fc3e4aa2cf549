package io.successdesk.app.refresh;

import io.successdesk.app.NotFoundException;
import io.successdesk.app.PageRequest;
import io.successdesk.app.account.AccountQuery;
import io.successdesk.app.health.HealthService;
import io.successdesk.domain.account.Account;
import io.successdesk.domain.account.AccountFixtures;
import io.successdesk.domain.account.AccountKey;
import io.successdesk.domain.cta.Cta;
import io.successdesk.domain.cta.CtaFact;
import io.successdesk.domain.cta.CtaReason;
import io.successdesk.domain.cta.CtaType;
import io.successdesk.domain.health.BandThresholds;
import io.successdesk.domain.health.EffectiveHealth;
import io.successdesk.domain.health.HealthBand;
import io.successdesk.domain.health.HealthScore;
import io.successdesk.domain.health.HealthScorecard;
import io.successdesk.domain.health.HealthSnapshot;
import io.successdesk.domain.health.Measure;
import io.successdesk.domain.health.MeasureId;
import io.successdesk.domain.health.MeasureKind;
import io.successdesk.domain.ticket.TicketFacts;
import io.successdesk.domain.value.Money;
import io.successdesk.domain.value.DateWindow;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AccountRefreshServiceTest {

    static final Instant NOW = Instant.parse("2026-03-31T12:00:00Z");
    static final LocalDate TODAY = LocalDate.of(2026, 3, 31);
    static final AccountKey ACME = AccountKey.of("ACME");
    static final MeasureId OPEN = MeasureId.of(MeasureKind.OPEN_TICKETS);
    /** One measure: 0 open tickets score 100, 10 or more score 0 (so 9 open → 10, red; 4 open → 60, amber). */
    static final HealthScorecard CARD = new HealthScorecard("v1", List.of(Measure.computed(OPEN, 1, 10, 0, 0, 0)),
            BandThresholds.DEFAULT);

    final AppFixture app = new AppFixture(NOW, CARD);
    long issueIds;

    @Test
    void shouldCreateRiskCtaAndRecordRedWhenAnAccountEntersRed() {
        app.accounts.create(AccountFixtures.minimal("ACME"));
        app.history.save(AppFixture.snapshot(ACME, TODAY.minusDays(1), 60));   // amber yesterday
        openTickets(ACME, 9);

        AccountRefreshService.Refresh refresh = app.refresh.refresh(ACME);

        assertThat(refresh.health().score()).contains(HealthScore.of(10));
        assertThat(refresh.health().band()).contains(HealthBand.RED);
        assertThat(refresh.createdCtas()).extracting(cta -> cta.key().reason())
                .contains(CtaReason.ENTERED_RED, CtaReason.SCORE_DROP);
        Cta enteredRed = refresh.createdCtas().stream()
                .filter(cta -> cta.key().reason() == CtaReason.ENTERED_RED).findFirst().orElseThrow();
        assertThat(enteredRed.key().type()).isEqualTo(CtaType.RISK);
        assertThat(enteredRed.facts().band(CtaFact.PREVIOUS_BAND)).contains(HealthBand.AMBER);
        assertThat(app.sink.received()).extracting(Cta::id)
                .containsExactlyElementsOf(refresh.createdCtas().stream().map(Cta::id).toList());
        assertThat(app.accounts.find(AccountQuery.all().inBand(HealthBand.RED), PageRequest.first(10)).items())
                .extracting(Account::key).containsExactly(ACME);
        assertThat(app.panelSummaries.get(ACME)).as("the panel's read model is stored by the refresh").hasValueSatisfying(
                summary -> {
                    assertThat(summary.openTickets()).isEqualTo(9);
                    assertThat(summary.openCtas()).extracting(line -> line.id())
                            .containsExactlyInAnyOrderElementsOf(refresh.createdCtas().stream().map(Cta::id).toList());
                });
    }

    @Test
    void shouldCreateNoRiskCtaWhenTheAccountWasAlreadyRed() {
        app.accounts.create(AccountFixtures.minimal("ACME"));
        app.history.save(AppFixture.snapshot(ACME, TODAY.minusDays(1), 15));   // red yesterday, within 15 points of today
        openTickets(ACME, 9);

        assertThat(app.refresh.refresh(ACME).createdCtas()).extracting(cta -> cta.key().type())
                .doesNotContain(CtaType.RISK);
    }

    @Test
    void shouldCreateEachCtaOnceWhenRefreshedRepeatedly() {
        app.accounts.create(AccountFixtures.minimal("ACME"));
        app.history.save(AppFixture.snapshot(ACME, TODAY.minusDays(1), 60));
        openTickets(ACME, 9);

        int first = app.refresh.refresh(ACME).createdCtas().size();

        assertThat(first).isPositive();
        assertThat(app.refresh.refresh(ACME).createdCtas()).isEmpty();
        assertThat(app.ctaStore.all()).hasSize(first);
    }

    @Test
    void shouldRefuseWhenTheAccountIsUnknown() {
        assertThatThrownBy(() -> app.refresh.refresh(AccountKey.of("GHOST"))).isInstanceOf(NotFoundException.class);
    }

    @Test
    void shouldDoEachAccountsDayOnceWhenRunTwiceOnOneDay() {
        for (String key : List.of("ALPHA", "BETA", "GAMMA")) {
            app.accounts.create(AccountFixtures.minimal(key));
        }
        openTickets(AccountKey.of("BETA"), 4);

        assertThat(app.refresh.dailySnapshot(TODAY)).isEqualTo(new AccountRefresher.SnapshotRun(3, 0));
        List<HealthSnapshot> afterFirst = allSnapshots();
        List<Cta> ctasAfterFirst = app.ctaStore.all();
        int sentAfterFirst = app.sink.received().size();

        assertThat(app.refresh.dailySnapshot(TODAY)).isEqualTo(new AccountRefresher.SnapshotRun(0, 0));

        assertThat(afterFirst).hasSize(3).extracting(HealthSnapshot::day).containsOnly(TODAY);
        assertThat(afterFirst).filteredOn(s -> s.account().equals(AccountKey.of("BETA")))
                .extracting(HealthSnapshot::effectiveScore).containsExactly(Optional.of(HealthScore.of(60)));
        assertThat(allSnapshots()).isEqualTo(afterFirst);
        assertThat(app.ctaStore.all()).isEqualTo(ctasAfterFirst);
        assertThat(app.sink.received()).hasSize(sentAfterFirst);
        assertThat(app.history.size()).isEqualTo(3);
    }

    @Test
    void shouldDoOnlyTheRestOfTheDayWhenARunWasCutOffPartWay() {
        for (String key : List.of("ALPHA", "BETA", "GAMMA")) {
            app.accounts.create(AccountFixtures.minimal(key));
        }
        app.refresh.dailySnapshot(TODAY, AccountRefreshService.DailyCursor.first(2));   // the node stopped after its first batch
        List<HealthSnapshot> beforeResume = allSnapshots();

        assertThat(app.refresh.dailySnapshot(TODAY)).isEqualTo(new AccountRefresher.SnapshotRun(1, 0));

        assertThat(beforeResume).extracting(HealthSnapshot::account).containsExactlyInAnyOrder(AccountKey.of("ALPHA"),
                AccountKey.of("BETA"));
        assertThat(allSnapshots()).containsAll(beforeResume).hasSize(3);
    }

    @Test
    void shouldResumeFromTheNextBatchWhenRunInBatches() {
        for (String key : List.of("ALPHA", "BETA", "GAMMA")) {
            app.accounts.create(AccountFixtures.minimal(key));
        }

        AccountRefreshService.DailyBatch first = app.refresh.dailySnapshot(TODAY, AccountRefreshService.DailyCursor.first(2));
        assertThat(first.processed()).isEqualTo(2);
        assertThat(first.next()).as("keyset: the accounts after the batch's last key")
                .contains(new AccountRefreshService.DailyCursor(Optional.of(AccountKey.of("BETA")), 2));
        app.accounts.delete(AccountKey.of("ALPHA"), 1);   // an account before the cursor goes: no later one is skipped
        assertThat(app.history.size()).isEqualTo(2);

        AccountRefreshService.DailyBatch second = app.refresh.dailySnapshot(TODAY, first.next().orElseThrow());
        assertThat(second.processed()).isEqualTo(1);
        assertThat(second.next()).isEmpty();
        assertThat(app.history.onOrBefore(AccountKey.of("GAMMA"), TODAY)).map(HealthSnapshot::day).contains(TODAY);
    }

    @Test
    void shouldSnapshotTheOtherAccountsWhenOneAccountFails() {
        for (String key : List.of("ALPHA", "BETA", "GAMMA")) {
            app.accounts.create(AccountFixtures.minimal(key));
        }
        HealthService betaBroken = new HealthService(() -> CARD, app.inputs, app.history, app.overrides, app.audit,
                app.clock, app.changes) {
            @Override
            public EffectiveHealth recordSnapshot(Account account, LocalDate day) {
                if (account.key().equals(AccountKey.of("BETA"))) {
                    throw new IllegalStateException("corrupt inputs of BETA");
                }
                return super.recordSnapshot(account, day);
            }
        };
        AccountRefreshService refresh = new AccountRefreshService(app.accounts, betaBroken, app.contexts, app.ctas,
                app.panels, app.changeLog, io.successdesk.app.change.TestAccountChanges.DIRECT);

        AccountRefresher.SnapshotRun run = refresh.dailySnapshot(TODAY);

        assertThat(run).isEqualTo(new AccountRefresher.SnapshotRun(2, 1));
        assertThat(allSnapshots()).extracting(HealthSnapshot::account)
                .containsExactlyInAnyOrder(AccountKey.of("ALPHA"), AccountKey.of("GAMMA"));
    }

    private List<HealthSnapshot> allSnapshots() {
        DateWindow today = DateWindow.lastDays(1, TODAY);
        return List.of("ALPHA", "BETA", "GAMMA").stream()
                .flatMap(key -> app.history.history(AccountKey.of(key), today).stream()).toList();
    }

    @Test
    void shouldKeepTheAccountsArrWithItsDailySnapshotSoArrAtRiskIsFilled() {
        app.accounts.create(AccountFixtures.full("ACME", "acme.example", 7, "SF-1"));
        app.accounts.create(AccountFixtures.minimal("BETA"));
        openTickets(ACME, 9);

        app.refresh.dailySnapshot(TODAY);

        assertThat(app.history.dailyRollups(DateWindow.lastDays(1, TODAY))).singleElement().satisfies(day -> {
            assertThat(day.red()).isEqualTo(1);
            assertThat(day.arrAtRisk()).containsExactly(Money.of(12_000_000, "EUR"));
        });
    }

    @Test
    void shouldOpenTheJiraIssuesOfNewCtasOnlyAfterTheRefreshHasCommitted() {
        java.util.concurrent.atomic.AtomicBoolean inTransaction = new java.util.concurrent.atomic.AtomicBoolean();
        java.util.concurrent.atomic.AtomicBoolean commitFails = new java.util.concurrent.atomic.AtomicBoolean();
        io.successdesk.app.Transactions tracked = new io.successdesk.app.Transactions() {
            @Override
            public <T> T inTransaction(java.util.function.Supplier<T> work) {
                inTransaction.set(true);
                try {
                    T result = work.get();
                    if (commitFails.get()) {
                        throw new IllegalStateException("the commit failed (another node refreshed the account)");
                    }
                    return result;
                } finally {
                    inTransaction.set(false);
                }
            }
        };
        List<Boolean> openedInTransaction = new java.util.ArrayList<>();
        io.successdesk.app.cta.CtaService ctas = new io.successdesk.app.cta.CtaService(app.ctaStore, cta -> {
            openedInTransaction.add(inTransaction.get());
            return Optional.of("CS-" + openedInTransaction.size());
        }, () -> io.successdesk.domain.cta.CtaRuleSet.DEFAULTS, app.audit, app.clock, app.changes);
        AccountRefreshService refresh = new AccountRefreshService(app.accounts, app.health, app.contexts, ctas,
                app.panels, app.changeLog, tracked);
        for (String key : List.of("ACME", "BETA")) {
            app.accounts.create(AccountFixtures.minimal(key));
            app.history.save(AppFixture.snapshot(AccountKey.of(key), TODAY.minusDays(1), 60));
            openTickets(AccountKey.of(key), 9);
        }

        AccountRefreshService.Refresh acme = refresh.refresh(ACME);

        assertThat(acme.createdCtas()).isNotEmpty()
                .allSatisfy(cta -> assertThat(cta.jiraIssueKey()).as("its issue key recorded").isPresent());
        assertThat(openedInTransaction).as("every issue opened after the commit").hasSize(acme.createdCtas().size())
                .containsOnly(false);

        commitFails.set(true);
        assertThatThrownBy(() -> refresh.refresh(AccountKey.of("BETA"))).hasMessageContaining("commit failed");
        assertThat(openedInTransaction).as("no Jira issue for the CTAs of a refresh that did not commit")
                .hasSize(acme.createdCtas().size());
    }

    private void openTickets(AccountKey account, int count) {
        for (int i = 0; i < count; i++) {
            app.ledger.upsert(TicketFacts.ofAccount(TicketFacts.open(++issueIds, "2026-03-30T10:00:00Z"), account));
        }
    }
}
