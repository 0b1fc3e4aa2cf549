package io.successdesk.jira.job;

import com.atlassian.beehive.ClusterLock;
import com.atlassian.beehive.ClusterLockService;
import com.atlassian.scheduler.JobRunnerRequest;
import com.atlassian.scheduler.JobRunnerResponse;
import com.atlassian.scheduler.SchedulerService;
import com.atlassian.scheduler.config.JobConfig;
import com.atlassian.scheduler.config.RunMode;
import io.successdesk.app.job.DailyJobService;
import io.successdesk.app.sync.BackfillService;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import java.time.LocalDate;
import java.util.Date;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantLock;

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
    final SuccessDeskJobs jobs = new SuccessDeskJobs(scheduler, new LocalLocks(), daily, mock(BackfillService.class));

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
        when(daily.run(any(LocalDate.class))).thenAnswer(invocation -> {
            runs.incrementAndGet();
            inside.countDown();
            release.await(5, TimeUnit.SECONDS);
            return new DailyJobService.Report(true, 0, 0);
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
        when(daily.run(any(LocalDate.class))).thenThrow(new IllegalStateException("db down"));

        assertThat(jobs.runDaily(request()).toString()).startsWith("FAILED");
        assertThat(jobs.runDaily(request()).toString()).startsWith("FAILED");
    }

    private static JobRunnerRequest request() {
        JobRunnerRequest request = mock(JobRunnerRequest.class);
        when(request.getStartTime()).thenReturn(new Date());
        return request;
    }

    /** A {@link ClusterLockService} stand-in whose locks are real {@link ReentrantLock}s shared by name (one "cluster"). */
    static final class LocalLocks implements ClusterLockService {
        private final Map<String, ClusterLock> locks = new ConcurrentHashMap<>();

        @Override
        public ClusterLock getLockForName(String lockName) {
            return locks.computeIfAbsent(lockName, name -> new LocalLock());
        }
    }

    static final class LocalLock extends ReentrantLock implements ClusterLock {
    }
}
