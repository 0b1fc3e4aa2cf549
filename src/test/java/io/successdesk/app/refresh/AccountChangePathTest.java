package io.successdesk.app.refresh;

import io.successdesk.app.PageRequest;
import io.successdesk.app.cta.CtaService;
import io.successdesk.app.health.OverrideRequest;
import io.successdesk.app.panel.PanelSummary;
import io.successdesk.app.timeline.TouchpointService;
import io.successdesk.app.voc.CsatService;
import io.successdesk.app.voc.CsatSubmission;
import io.successdesk.domain.account.AccountFixtures;
import io.successdesk.domain.account.AccountKey;
import io.successdesk.domain.cta.Cta;
import io.successdesk.domain.cta.CtaReason;
import io.successdesk.domain.cta.CtaRuleSet;
import io.successdesk.domain.cta.CtaStatus;
import io.successdesk.domain.health.HealthBand;
import io.successdesk.domain.ticket.TicketFacts;
import io.successdesk.domain.timeline.TouchpointType;
import org.junit.jupiter.api.Test;

import java.util.UUID;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 9 §1 in the app layer: writes go through the one account-changed path, the processor brings the account
 * current once per batch of marks, and the panel shows the account's current health and CTAs as they are now.
 */
class AccountChangePathTest {

    static final Instant NOW = AccountRefreshServiceTest.NOW;
    static final LocalDate TODAY = AccountRefreshServiceTest.TODAY;
    static final AccountKey ACME = AccountRefreshServiceTest.ACME;

    final AppFixture app = new AppFixture(NOW, AccountRefreshServiceTest.CARD);

    private void acmeWithOpenTickets(int open) {
        app.accounts.create(AccountFixtures.minimal("ACME"));
        for (int i = 1; i <= open; i++) {
            app.ledger.upsert(TicketFacts.ofAccount(TicketFacts.open(i, "2026-03-30T10:00:00Z"), ACME));
        }
    }

    @Test
    void shouldShowTheCurrentHealthNotTheLastSnapshotOnThePanel() {
        acmeWithOpenTickets(4);                                             // 60, amber now
        app.history.save(AppFixture.snapshot(ACME, TODAY.minusDays(1), 77.5));   // green in the last snapshot

        PanelSummary.Health shown = app.panels.current(ACME).orElseThrow().health().orElseThrow();

        assertThat(shown.score()).isEqualTo(app.health.health(ACME).health().score());
        assertThat(shown.band()).contains(HealthBand.AMBER);
    }

    @Test
    void shouldBringAMarkedAccountCurrentOnceHoweverManyWritesMarkedIt() {
        acmeWithOpenTickets(9);
        app.changes.write(ACME, () -> null);
        app.changes.write(ACME, () -> null);
        app.changes.write(ACME, () -> null);

        assertThat(app.processor.processPending()).isEqualTo(1);

        assertThat(app.changeLog.pending(10)).isEmpty();
        assertThat(app.panelSummaries.get(ACME).orElseThrow().health().orElseThrow().band()).contains(HealthBand.RED);
        assertThat(app.ctaStore.page(ACME, EnumSet.of(CtaStatus.OPEN), new PageRequest(0, 50)).items())
                .extracting(cta -> cta.key().reason()).contains(CtaReason.ENTERED_RED);
    }

    @Test
    void shouldKeepAWriteThatLandsWhileItsAccountIsBeingBroughtCurrent() {
        acmeWithOpenTickets(9);
        // The CTA sink runs inside the refresh; a write marking ACME there is a write landing mid-refresh.
        CtaService marking = new CtaService(app.ctaStore, cta -> {
            app.changes.write(ACME, () -> null);
            return Optional.empty();
        }, () -> CtaRuleSet.DEFAULTS, app.audit, app.clock, app.changes);
        AccountChangeProcessor processor = new AccountChangeProcessor(app.changeLog,
                new AccountRefreshService(app.accounts, app.health, app.contexts, marking, app.panels, app.changeLog,
                        io.successdesk.app.change.TestAccountChanges.DIRECT),
                new io.successdesk.app.change.AccountChangeSignal(), app.clock);
        app.changes.write(ACME, () -> null);

        processor.processPending();

        assertThat(app.changeLog.pending(10)).as("the mid-refresh write is still to be processed")
                .extracting(p -> p.account()).containsExactly(ACME);
        assertThat(app.panelSummaries.get(ACME)).as("and the summary it invalidated is not served").isEmpty();
    }

    @Test
    void shouldRefreshTheAccountsOfABatchSideBySideButNeverOneAccountTwiceAtOnce() throws Exception {
        int threads = AccountChangeProcessor.REFRESH_THREADS;
        List<AccountKey> keys = java.util.stream.IntStream.range(0, threads)
                .mapToObj(i -> AccountKey.of("ACCOUNT" + i)).toList();
        keys.forEach(key -> app.accounts.create(AccountFixtures.minimal(key.value())));
        java.util.concurrent.CountDownLatch batchRunning = new java.util.concurrent.CountDownLatch(threads);
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CountDownLatch allDone = new java.util.concurrent.CountDownLatch(threads + 1);
        java.util.Map<AccountKey, java.util.concurrent.atomic.AtomicInteger> inFlight =
                new java.util.concurrent.ConcurrentHashMap<>();
        java.util.concurrent.atomic.AtomicInteger mostAtOnceForOneAccount = new java.util.concurrent.atomic.AtomicInteger();
        AccountRefreshService blocking = new AccountRefreshService(app.accounts, app.health, app.contexts, app.ctas,
                app.panels, app.changeLog, io.successdesk.app.change.TestAccountChanges.DIRECT) {
            @Override
            public Refresh refresh(AccountKey account) {
                int atOnce = inFlight.computeIfAbsent(account, key -> new java.util.concurrent.atomic.AtomicInteger())
                        .incrementAndGet();
                mostAtOnceForOneAccount.accumulateAndGet(atOnce, Math::max);
                try {
                    batchRunning.countDown();
                    release.await(10, java.util.concurrent.TimeUnit.SECONDS);
                    return super.refresh(account);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                } finally {
                    inFlight.get(account).decrementAndGet();
                    allDone.countDown();
                }
            }
        };
        AccountChangeProcessor processor = new AccountChangeProcessor(app.changeLog, blocking,
                new io.successdesk.app.change.AccountChangeSignal(), app.clock);
        keys.forEach(key -> app.changes.write(key, () -> null));

        processor.start();
        try {
            assertThat(batchRunning.await(10, java.util.concurrent.TimeUnit.SECONDS))
                    .as("every account of the batch is being refreshed at once").isTrue();
            app.changes.write(keys.get(0), () -> null);   // a write on an account whose refresh is running
            release.countDown();
            assertThat(allDone.await(10, java.util.concurrent.TimeUnit.SECONDS))
                    .as("the account written mid-refresh is refreshed once more").isTrue();
        } finally {
            processor.stop();
        }

        assertThat(mostAtOnceForOneAccount).as("one account is never refreshed twice at once").hasValue(1);
        assertThat(app.changeLog.pending(10)).isEmpty();
        keys.forEach(key -> assertThat(app.panelSummaries.get(key)).as(key.value()).isPresent());
    }

    @Test
    void shouldShowAnOverrideOnThePanelAtOnce() {
        acmeWithOpenTickets(1);
        app.panels.current(ACME);

        app.health.setOverride(ACME, new OverrideRequest(Optional.of(12.0), Optional.empty(), "Champion left",
                TODAY.plusDays(30)), Optional.empty(), "csm");

        PanelSummary.Health shown = app.panels.current(ACME).orElseThrow().health().orElseThrow();
        assertThat(shown.score().orElseThrow().value()).isEqualTo(12);
        assertThat(shown.overridden()).isTrue();
        assertThat(app.changeLog.marked()).containsExactly(ACME);
    }

    @Test
    void shouldCountNewCsatAnswersOnThePanelAtOnce() {
        acmeWithOpenTickets(1);
        CsatService csat = new CsatService(app.csatStore, app.audit, app.clock, app.changes);
        assertThat(app.panels.current(ACME).orElseThrow().csat().n()).isZero();

        for (int i = 0; i < 6; i++) {
            csat.ingest(new CsatSubmission("c" + i, "IMPORT", "ACME", null, null, 1, null,
                    NOW.minusSeconds(3600), null), "csm");
        }

        assertThat(app.panels.current(ACME).orElseThrow().csat().n()).isEqualTo(6);
    }

    @Test
    void shouldCloseTheNoTouchpointCtaWhenATouchpointIsLoggedAndListASnoozedCtaAsSnoozed() {
        acmeWithOpenTickets(9);
        app.changes.write(ACME, () -> null);
        app.processor.processPending();
        List<Cta> open = app.ctaStore.page(ACME, EnumSet.of(CtaStatus.OPEN), new PageRequest(0, 50)).items();
        assertThat(open).extracting(cta -> cta.key().reason()).contains(CtaReason.NO_TOUCHPOINT);
        Cta enteredRed = open.stream().filter(cta -> cta.key().reason() == CtaReason.ENTERED_RED).findFirst()
                .orElseThrow();

        new TouchpointService(app.touchpoints, app.audit, app.clock, app.changes, UUID::randomUUID).log(
                new TouchpointService.LogTouchpoint("ACME", TouchpointType.CALL, NOW.minusSeconds(60), "Kick-off",
                        null), "csm");
        app.ctas.snooze(enteredRed.id(), TODAY.plusDays(14), "after the QBR", "csm");
        app.processor.processPending();

        List<PanelSummary.CtaLine> lines = app.panels.current(ACME).orElseThrow().openCtas();
        assertThat(lines).extracting(PanelSummary.CtaLine::reason).doesNotContain(CtaReason.NO_TOUCHPOINT);
        PanelSummary.CtaLine snoozed = lines.stream().filter(line -> line.id().equals(enteredRed.id())).findFirst()
                .orElseThrow();
        assertThat(snoozed.status()).isEqualTo(CtaStatus.SNOOZED);
        assertThat(snoozed.snoozedUntil()).contains(TODAY.plusDays(14));
        assertThat(app.audit.all()).extracting(entry -> entry.action()).contains("cta.close.condition-ended");
    }

    @Test
    void shouldListAnAccountUnderOpenCallsToActionUntilItsLastOneIsSnoozed() {
        acmeWithOpenTickets(9);
        app.changes.write(ACME, () -> null);
        app.processor.processPending();
        List<Cta> open = app.ctaStore.page(ACME, EnumSet.of(CtaStatus.OPEN), new PageRequest(0, 50)).items();
        assertThat(open).hasSizeGreaterThan(1);
        assertThat(withOpenCtas()).containsExactly(ACME);

        for (int i = 0; i < open.size() - 1; i++) {
            app.ctas.snooze(open.get(i).id(), TODAY.plusDays(7), "after the QBR", "csm");
        }
        app.processor.processPending();
        assertThat(withOpenCtas()).as("one still open").containsExactly(ACME);

        app.ctas.snooze(open.get(open.size() - 1).id(), TODAY.plusDays(7), "after the QBR", "csm");
        app.processor.processPending();
        assertThat(withOpenCtas()).as("snoozed ones do not count until they wake").isEmpty();
    }

    private List<AccountKey> withOpenCtas() {
        return app.accounts.find(io.successdesk.app.account.AccountQuery.all().withOpenCtas(), new PageRequest(0, 50))
                .items().stream().map(account -> account.key()).toList();
    }
}
