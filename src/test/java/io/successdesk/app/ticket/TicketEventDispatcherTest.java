package io.successdesk.app.ticket;

import io.successdesk.app.change.TestAccountChanges;

import io.successdesk.app.config.InMemorySettingsStore;
import io.successdesk.app.issue.FakeIssueReader;
import io.successdesk.app.issue.IssueSnapshot;
import io.successdesk.app.link.InMemoryManualLinkStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

class TicketEventDispatcherTest {

    static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");

    final CountDownLatch entered = new CountDownLatch(1);
    final CountDownLatch release = new CountDownLatch(1);
    final FakeIssueReader issues = new FakeIssueReader() {
        @Override
        public Optional<IssueSnapshot> read(long issueId) {
            if (issueId == 1) {
                entered.countDown();
                await(release);
            }
            return super.read(issueId);
        }
    };
    final InMemoryTicketLedger ledger = new InMemoryTicketLedger();
    final InMemoryReconcileSet reconcile = new InMemoryReconcileSet();
    final TicketEventService service = TicketEventServices.ledgerOnly(issues, ledger, new InMemoryManualLinkStore(),
            InMemorySettingsStore.supporting("SUP"), new StubAccountDirectory().account("ACME", "acme.example"),
            TestAccountChanges.discarding());
    final TicketEventDispatcher dispatcher = TicketEventDispatchers.of(service, reconcile, 1, 1);

    @AfterEach
    void stop() {
        release.countDown();
        dispatcher.stop();
    }

    @Test
    void shouldMarkForReconcileInsteadOfBlockingWhenTheQueueIsFull() throws Exception {
        for (long id = 1; id <= 3; id++) {
            issues.create(id, "SUP-" + id, "dana", "dana@acme.example", "Bug", T0);
        }
        dispatcher.start();
        assertThat(dispatcher.submit(1)).isTrue();
        assertThat(entered.await(30, TimeUnit.SECONDS)).isTrue();   // the only worker is busy with issue 1

        assertThat(dispatcher.submit(2)).isTrue();                   // fills the queue of one
        assertThat(dispatcher.submit(2)).isTrue();                   // already waiting: not queued twice
        assertThat(dispatcher.submit(3)).isFalse();                  // full: degrades, returns at once

        assertThat(reconcile.all()).containsExactly(3L);
        release.countDown();
        waitUntil(() -> ledger.get(1).isPresent() && ledger.get(2).isPresent());
        assertThat(ledger.get(3)).isEmpty();
    }

    @Test
    void shouldMarkForReconcileWhenStoppedOrWhenTheWorkFails() {
        assertThat(dispatcher.submit(7)).isFalse();
        assertThat(reconcile.all()).containsExactly(7L);

        TicketEventDispatcher failing = TicketEventDispatchers.of(TicketEventServices.ledgerOnly(new FakeIssueReader() {
            @Override
            public Optional<IssueSnapshot> read(long issueId) {
                throw new IllegalStateException("Jira is down");
            }
        }, ledger, new InMemoryManualLinkStore(), InMemorySettingsStore.supporting("SUP"), new StubAccountDirectory(),
                TestAccountChanges.discarding()), reconcile, 10, 1);
        failing.start();
        try {
            assertThat(failing.submit(8)).isTrue();
            waitUntil(() -> reconcile.all().equals(List.of(7L, 8L)));
        } finally {
            failing.stop();
        }
    }

    @Test
    void shouldHoldWhatItCannotRecordWhileTheDatabaseIsDownAndUpdateItWhenTheDatabaseIsBack() {
        java.util.concurrent.atomic.AtomicBoolean databaseDown = new java.util.concurrent.atomic.AtomicBoolean(true);
        ReconcileSet refusing = new ReconcileSet() {
            @Override
            public void mark(long issueId) {
                if (databaseDown.get()) {
                    throw new IllegalStateException("connection refused");
                }
                reconcile.mark(issueId);
            }

            @Override
            public List<Long> pendingAfter(long afterIssueId, int limit) {
                return reconcile.pendingAfter(afterIssueId, limit);
            }

            @Override
            public void done(long issueId) {
                reconcile.done(issueId);
            }
        };
        TicketEventService unreachable = TicketEventServices.ledgerOnly(new FakeIssueReader() {
            @Override
            public Optional<IssueSnapshot> read(long issueId) {
                if (databaseDown.get()) {
                    throw new IllegalStateException("connection refused");
                }
                return issues.read(issueId);
            }
        }, ledger, new InMemoryManualLinkStore(), InMemorySettingsStore.supporting("SUP"),
                new StubAccountDirectory().account("ACME", "acme.example"), TestAccountChanges.discarding());
        for (long id = 2; id <= 4; id++) {
            issues.create(id, "SUP-" + id, "dana", "dana@acme.example", "Bug", T0);
        }
        TicketEventDispatcher outage = TicketEventDispatchers.of(unreachable, refusing, 10, 2);
        outage.start();
        try {
            for (long id = 2; id <= 4; id++) {
                assertThat(outage.submit(id)).isTrue();
            }
            waitUntil(() -> outage.heldCount() == 3);
            outage.retryHeld();
            assertThat(outage.heldCount()).as("still down: nothing recorded, nothing dropped").isEqualTo(3);

            databaseDown.set(false);
            outage.retryHeld();

            assertThat(outage.heldCount()).isZero();
            assertThat(reconcile.all()).as("recorded for the daily reconcile").containsExactly(2L, 3L, 4L);
            waitUntil(() -> ledger.get(2).isPresent() && ledger.get(3).isPresent() && ledger.get(4).isPresent());
        } finally {
            outage.stop();
        }
    }

    private static void waitUntil(java.util.function.BooleanSupplier condition) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not met within 5 s");
            }
            Thread.onSpinWait();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void shouldNeverRunTwoUpdatesOfOneIssueAtOnce() throws Exception {
        // The first update of issue 0 holds its lane until released; a second event for issue 0 arrives meanwhile, and
        // an event for issue 1 (another lane) completes. Issue 0's second update may start only after the release.
        java.util.concurrent.atomic.AtomicInteger running = new java.util.concurrent.atomic.AtomicInteger();
        java.util.concurrent.atomic.AtomicInteger mostAtOnce = new java.util.concurrent.atomic.AtomicInteger();
        java.util.concurrent.atomic.AtomicInteger started = new java.util.concurrent.atomic.AtomicInteger();
        CountDownLatch firstStarted = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch otherIssueDone = new CountDownLatch(1);
        CountDownLatch secondStarted = new CountDownLatch(1);
        TicketEventService holding = new TicketEventService(issues, ledger, new InMemoryManualLinkStore(),
                InMemorySettingsStore.supporting("SUP"),
                io.successdesk.app.link.AccountMatchingSettingsStore.fixed(
                        io.successdesk.app.link.AccountMatchingSettings.none()),
                new StubAccountDirectory(), TestAccountChanges.discarding(), IssueFollowUps.NONE,
                new InMemoryUnmatchedIssueStore(), java.time.Clock.systemUTC()) {
            @Override
            public Outcome issueChanged(long issueId) {
                if (issueId == 1) {
                    otherIssueDone.countDown();
                    return new Outcome.Dropped();
                }
                mostAtOnce.accumulateAndGet(running.incrementAndGet(), Math::max);
                int nth = started.incrementAndGet();
                if (nth == 1) {
                    firstStarted.countDown();
                    await(release);
                } else {
                    secondStarted.countDown();
                }
                running.decrementAndGet();
                return new Outcome.Dropped();
            }
        };
        TicketEventDispatcher lanes = TicketEventDispatchers.of(holding, reconcile, 1_000, 4);
        lanes.start();
        try {
            assertThat(lanes.submit(0)).isTrue();
            assertThat(firstStarted.await(10, TimeUnit.SECONDS)).isTrue();
            assertThat(lanes.submit(0)).as("queued behind the running update, not dropped").isTrue();
            assertThat(lanes.submit(1)).isTrue();
            assertThat(otherIssueDone.await(10, TimeUnit.SECONDS)).as("other issues keep flowing").isTrue();
            assertThat(started.get()).as("issue 0's second update waits for its first").isEqualTo(1);

            release.countDown();
            assertThat(secondStarted.await(10, TimeUnit.SECONDS)).as("the waiting update runs after the release").isTrue();
        } finally {
            release.countDown();
            lanes.stop();
        }
        assertThat(mostAtOnce.get()).as("updates of one issue running at the same time").isEqualTo(1);
        assertThat(started.get()).isEqualTo(2);
    }
}
