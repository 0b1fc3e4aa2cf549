package io.successdesk.jira.job;

import com.atlassian.scheduler.JobRunnerRequest;
import com.atlassian.scheduler.JobRunnerResponse;
import com.atlassian.scheduler.SchedulerService;
import com.atlassian.scheduler.config.JobConfig;
import com.atlassian.scheduler.config.RunMode;
import io.successdesk.app.change.TestAccountChanges;
import io.successdesk.jira.LocalClusterLocks;
import io.successdesk.app.config.InMemorySettingsStore;
import io.successdesk.app.issue.FakeIssueReader;
import io.successdesk.app.job.DailyJobService;
import io.successdesk.app.job.DefaultZone;
import io.successdesk.app.job.InMemoryDailyJobState;
import io.successdesk.app.link.InMemoryManualLinkStore;
import io.successdesk.app.refresh.AppFixture;
import io.successdesk.app.ticket.BackfillService;
import io.successdesk.app.ticket.InMemoryReconcileSet;
import io.successdesk.app.ticket.StubAccountDirectory;
import io.successdesk.app.ticket.TicketEventService;
import io.successdesk.app.ticket.TicketEventServices;
import io.successdesk.domain.account.AccountFixtures;
import io.successdesk.domain.account.AccountKey;
import io.successdesk.domain.health.HealthScorecard;
import io.successdesk.domain.health.HealthSnapshot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.mockito.ArgumentCaptor;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

class SuccessDeskJobsTest {

    final SchedulerService scheduler = mock(SchedulerService.class);
    final DailyJobService daily = mock(DailyJobService.class);
    final SuccessDeskJobs jobs = new SuccessDeskJobs(scheduler, new LocalClusterLocks(), daily, mock(BackfillService.class),
            Clock.systemUTC());

    @Test
    void shouldScheduleFixedJobsOncePerClusterAndKeepThemWhenTheNodeStops() throws Exception {
        jobs.register();
        jobs.unregister();

        ArgumentCaptor<JobConfig> daily = ArgumentCaptor.forClass(JobConfig.class);
        verify(scheduler).registerJobRunner(eq(SuccessDeskJobs.DAILY_RUNNER), any());
        verify(scheduler).scheduleJob(eq(SuccessDeskJobs.DAILY_JOB), daily.capture());
        assertThat(daily.getValue().getRunMode()).isEqualTo(RunMode.RUN_ONCE_PER_CLUSTER);
        verify(scheduler).unregisterJobRunner(SuccessDeskJobs.DAILY_RUNNER);
        verify(scheduler).unregisterJobRunner(SuccessDeskJobs.BACKFILL_RUNNER);
        verify(scheduler, never()).unscheduleJob(any());
    }

    @Test
    void shouldLetOnlyOneOfTwoConcurrentRunsDoTheWork() throws Exception {
        CountDownLatch inside = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger runs = new AtomicInteger();
        when(daily.run()).thenAnswer(invocation -> {
            runs.incrementAndGet();
            inside.countDown();
            release.await(5, TimeUnit.SECONDS);
            return new DailyJobService.Report(LocalDate.parse("2026-03-02"), true, 0, 0, 0);
        });
        ExecutorService nodes = Executors.newFixedThreadPool(2);
        try {
            Future<JobRunnerResponse> first = nodes.submit(() -> jobs.runDaily(request()));
            assertThat(inside.await(5, TimeUnit.SECONDS)).isTrue();
            Future<JobRunnerResponse> second = nodes.submit(() -> jobs.runDaily(request()));

            assertThat(second.get(5, TimeUnit.SECONDS).toString()).startsWith("ABORTED");
            release.countDown();
            assertThat(first.get(5, TimeUnit.SECONDS).toString()).startsWith("SUCCESS");
            assertThat(runs.get()).isEqualTo(1);
            assertThat(jobs.runDaily(request()).toString()).startsWith("SUCCESS");   // the lock was released
        } finally {
            nodes.shutdownNow();
        }
    }

    @Test
    void shouldReportAFailureAndReleaseTheLock() {
        when(daily.run()).thenThrow(new IllegalStateException("db down"));

        assertThat(jobs.runDaily(request()).toString()).startsWith("FAILED");
        assertThat(jobs.runDaily(request()).toString()).startsWith("FAILED");
    }

    @ParameterizedTest
    @FieldSource("io.successdesk.app.job.DefaultZone#ZONES")
    void shouldScheduleTheDailyJobAtTheSameUtcHourWhateverTheServerZone(String zone) {
        DefaultZone.of(zone, () -> {
            ZoneId server = ZoneId.of(zone);
            assertThat(SuccessDeskJobs.nextDailyRun(Instant.parse("2026-03-01T23:30:00Z").atZone(server)))
                    .isEqualTo(Instant.parse("2026-03-02T02:00:00Z"));
            assertThat(SuccessDeskJobs.nextDailyRun(Instant.parse("2026-03-02T01:59:00Z").atZone(server)))
                    .isEqualTo(Instant.parse("2026-03-02T02:00:00Z"));
            assertThat(SuccessDeskJobs.nextDailyRun(Instant.parse("2026-03-02T02:00:00Z").atZone(server)))
                    .isEqualTo(Instant.parse("2026-03-03T02:00:00Z"));
        });
    }

    /**
     * The daily run at 23:30 UTC on 1 March is, in Tokyo or Kiritimati, already 2 March: the day snapshotted is still
     * the UTC day of the clock (docs/architecture.md, "Days and time zones"), which the health service accepts.
     */
    @ParameterizedTest
    @ValueSource(strings = {"Asia/Tokyo", "America/Los_Angeles", "Pacific/Kiritimati", "Asia/Kolkata",
            "Australia/Sydney", "UTC"})
    void shouldSnapshotTheUtcDayAndReconcileWhateverTheServerZone(String zone) {
        DefaultZone.of(zone, () -> {
            Instant at = Instant.parse("2026-03-01T23:30:00Z");
            AppFixture app = new AppFixture(at, HealthScorecard.defaults());
            app.accounts.create(AccountFixtures.minimal("ACME"));
            InMemoryReconcileSet reconcile = new InMemoryReconcileSet();
            reconcile.mark(7);
            FakeIssueReader issues = new FakeIssueReader();
            issues.create(7, "SUP-7", "dana", "dana@acme.example", "Bug", at);
            TicketEventService tickets = TicketEventServices.ledgerOnly(issues, app.ledger,
                    new InMemoryManualLinkStore(), InMemorySettingsStore.supporting("SUP"),
                    new StubAccountDirectory().account("ACME", "acme.example"), TestAccountChanges.over(app.changeLog));
            DailyJobService realDaily = new DailyJobService(app.refresh, new InMemoryDailyJobState(), reconcile,
                    tickets, app.clock);
            SuccessDeskJobs realJobs = new SuccessDeskJobs(scheduler, new LocalClusterLocks(), realDaily,
                    mock(BackfillService.class), app.clock);
            JobRunnerRequest request = mock(JobRunnerRequest.class);
            when(request.getStartTime()).thenReturn(Date.from(at));

            JobRunnerResponse response = realJobs.runDaily(request);

            assertThat(response.toString()).startsWith("SUCCESS").contains("day=2026-03-01");
            assertThat(app.history.onOrBefore(AccountKey.of("ACME"), LocalDate.parse("2026-03-01")))
                    .map(HealthSnapshot::day).contains(LocalDate.parse("2026-03-01"));
            assertThat(reconcile.all()).isEmpty();
        });
    }

    private static JobRunnerRequest request() {
        JobRunnerRequest request = mock(JobRunnerRequest.class);
        when(request.getStartTime()).thenReturn(new Date());
        return request;
    }
}
