package io.successdesk.jira.job;

import com.atlassian.beehive.ClusterLock;
import com.atlassian.beehive.ClusterLockService;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.scheduler.JobRunnerRequest;
import com.atlassian.scheduler.JobRunnerResponse;
import com.atlassian.scheduler.SchedulerService;
import com.atlassian.scheduler.SchedulerServiceException;
import com.atlassian.scheduler.config.JobConfig;
import com.atlassian.scheduler.config.JobId;
import com.atlassian.scheduler.config.JobRunnerKey;
import com.atlassian.scheduler.config.RunMode;
import com.atlassian.scheduler.config.Schedule;
import io.successdesk.app.job.DailyJobService;
import io.successdesk.app.ticket.BackfillService;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.function.Supplier;

/**
 * The cluster-wide jobs, Data Center safe (Atlassian's "Developing for high availability and clustering",
 * https://developer.atlassian.com/server/jira/platform/developing-for-high-availability-and-clustering/): fixed runner
 * keys and job ids, {@link RunMode#RUN_ONCE_PER_CLUSTER}, runners registered on start and unregistered on stop (the schedules stay:
 * another node runs them), and a {@link ClusterLock#tryLock()} around each run so two runs never overlap.
 * <ul>
 *   <li>daily, at {@value #DAILY_HOUR_UTC}:00 UTC: the UTC day's snapshot and the ledger reconcile
 *   ({@link DailyJobService});</li>
 *   <li>backfill: every minute, a few pages of a running ledger rebuild ({@link BackfillService}).</li>
 * </ul>
 */
@Named
public class SuccessDeskJobs {

    public static final JobRunnerKey DAILY_RUNNER = JobRunnerKey.of("io.successdesk.daily");
    public static final JobId DAILY_JOB = JobId.of("io.successdesk.daily");
    public static final JobRunnerKey BACKFILL_RUNNER = JobRunnerKey.of("io.successdesk.backfill");
    public static final JobId BACKFILL_JOB = JobId.of("io.successdesk.backfill");
    static final String DAILY_LOCK = "io.successdesk.daily";
    static final String BACKFILL_LOCK = "io.successdesk.backfill";
    static final int BACKFILL_PAGES_PER_RUN = 10;
    /** The daily job runs at this hour of the UTC day, whatever the server's zone (docs/architecture.md). */
    static final int DAILY_HOUR_UTC = 2;
    private static final Logger LOG = LoggerFactory.getLogger(SuccessDeskJobs.class);

    private final SchedulerService scheduler;
    private final ClusterLockService locks;
    private final DailyJobService daily;
    private final BackfillService backfill;
    private final Clock clock;

    @Inject
    public SuccessDeskJobs(@ComponentImport SchedulerService scheduler, @ComponentImport ClusterLockService locks,
                           DailyJobService daily, BackfillService backfill, Clock clock) {
        this.scheduler = scheduler;
        this.locks = locks;
        this.daily = daily;
        this.backfill = backfill;
        this.clock = clock.withZone(ZoneOffset.UTC);
    }

    /** Registers the runners and (re)schedules both jobs under their fixed ids (idempotent). */
    public void register() {
        scheduler.registerJobRunner(DAILY_RUNNER, this::runDaily);
        scheduler.registerJobRunner(BACKFILL_RUNNER, this::runBackfill);
        ZonedDateTime now = ZonedDateTime.now(clock);
        schedule(DAILY_JOB, JobConfig.forJobRunnerKey(DAILY_RUNNER).withRunMode(RunMode.RUN_ONCE_PER_CLUSTER)
                .withSchedule(Schedule.forInterval(Duration.ofDays(1).toMillis(), Date.from(nextDailyRun(now)))));
        schedule(BACKFILL_JOB, JobConfig.forJobRunnerKey(BACKFILL_RUNNER).withRunMode(RunMode.RUN_ONCE_PER_CLUSTER)
                .withSchedule(Schedule.forInterval(Duration.ofMinutes(1).toMillis(),
                        Date.from(now.plusMinutes(1).toInstant()))));
    }

    /** The next {@value #DAILY_HOUR_UTC}:00 UTC strictly after {@code now}, whatever the server's zone. */
    static Instant nextDailyRun(ZonedDateTime now) {
        ZonedDateTime todayAtHour = now.withZoneSameInstant(ZoneOffset.UTC).toLocalDate().atTime(DAILY_HOUR_UTC, 0)
                .atZone(ZoneOffset.UTC);
        return (todayAtHour.isAfter(now) ? todayAtHour : todayAtHour.plusDays(1)).toInstant();
    }

    /** Unregisters the runners of this node; the jobs stay scheduled for the cluster. */
    public void unregister() {
        scheduler.unregisterJobRunner(DAILY_RUNNER);
        scheduler.unregisterJobRunner(BACKFILL_RUNNER);
    }

    /** Runs the daily job; the day is the job's own (the UTC day of its clock), never the server's zone. */
    JobRunnerResponse runDaily(JobRunnerRequest request) {
        return underLock(DAILY_LOCK, () -> "daily job: " + daily.run());
    }

    JobRunnerResponse runBackfill(JobRunnerRequest request) {
        return underLock(BACKFILL_LOCK, () -> backfill.runPages(BACKFILL_PAGES_PER_RUN)
                .map(progress -> "backfill: " + progress.processed() + " issues read").orElse("no backfill"));
    }

    private JobRunnerResponse underLock(String lockName, Supplier<String> work) {
        ClusterLock lock = locks.getLockForName(lockName);
        if (!lock.tryLock()) {
            return JobRunnerResponse.aborted(lockName + " is already running on another node");
        }
        try {
            return JobRunnerResponse.success(work.get());
        } catch (RuntimeException e) {
            LOG.warn("SuccessDesk job {} failed", lockName, e);
            return JobRunnerResponse.failed(e);
        } finally {
            lock.unlock();
        }
    }

    private void schedule(JobId id, JobConfig config) {
        try {
            scheduler.scheduleJob(id, config);
        } catch (SchedulerServiceException e) {
            LOG.error("SuccessDesk could not schedule job {}", id, e);
        }
    }
}
