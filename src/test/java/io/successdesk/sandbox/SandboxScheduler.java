package io.successdesk.sandbox;

import com.atlassian.scheduler.JobRunner;
import com.atlassian.scheduler.JobRunnerRequest;
import com.atlassian.scheduler.JobRunnerResponse;
import com.atlassian.scheduler.SchedulerService;
import com.atlassian.scheduler.config.IntervalScheduleInfo;
import com.atlassian.scheduler.config.JobConfig;
import com.atlassian.scheduler.config.JobId;
import com.atlassian.scheduler.config.JobRunnerKey;
import com.atlassian.scheduler.config.RunMode;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Stand-in for Jira's atlassian-scheduler on one node. {@link RunMode#RUN_ONCE_PER_CLUSTER} jobs are rows in the
 * shared database (id, runner key, interval, next run, version), as Jira's clustered jobs are; every node polls them
 * and a node runs a due job only after it moved the job's next run on with a compare-and-set on its version, so one
 * due time runs on exactly one node. A node only claims jobs whose runner it has registered. {@link RunMode#RUN_LOCALLY}
 * jobs stay in this node's memory. Every run is recorded (job, node, start, the runner's response), like Jira's run
 * details. Re-scheduling a job id replaces its schedule. Interval schedules only (the app uses no cron).
 */
public final class SandboxScheduler implements SchedulerService {

    static final String JOBS_TABLE = "SBX_CLUSTERED_JOB";
    static final String RUNS_TABLE = "SBX_JOB_RUN";

    /** One run of a job on a node. */
    public record Run(String jobId, String nodeId, String outcome) {
    }

    private record LocalJob(JobRunnerKey runner, long intervalMillis, long nextRun) {
    }

    private record DueJob(String jobId, String runnerKey, long intervalMillis, long nextRun, long version) {
    }

    private final SandboxSql sql;
    private final String nodeId;
    private final Clock clock;
    private final Map<JobRunnerKey, JobRunner> runners = new ConcurrentHashMap<>();
    private final Map<JobId, LocalJob> localJobs = new ConcurrentHashMap<>();
    private final Optional<ScheduledExecutorService> poller;

    /** {@code pollEvery} zero: no background polling, a caller runs due jobs with {@link #runDueJobs()}. */
    SandboxScheduler(SandboxSql sql, String nodeId, Clock clock, Duration pollEvery) {
        this.sql = sql;
        this.nodeId = nodeId;
        this.clock = clock;
        this.poller = pollEvery.isZero() ? Optional.empty() : Optional.of(Executors.newSingleThreadScheduledExecutor(
                runnable -> new Thread(runnable, "sandbox-scheduler-" + nodeId)));
        poller.ifPresent(executor -> executor.scheduleWithFixedDelay(this::runDueJobsLogged, pollEvery.toMillis(),
                pollEvery.toMillis(), TimeUnit.MILLISECONDS));
    }

    @Override
    public void registerJobRunner(JobRunnerKey jobRunnerKey, JobRunner jobRunner) {
        runners.put(jobRunnerKey, jobRunner);
    }

    @Override
    public void unregisterJobRunner(JobRunnerKey jobRunnerKey) {
        runners.remove(jobRunnerKey);
    }

    @Override
    public void scheduleJob(JobId jobId, JobConfig jobConfig) {
        IntervalScheduleInfo interval = jobConfig.getSchedule().getIntervalScheduleInfo();
        long firstRun = interval.getFirstRunTime() == null ? clock.millis() : interval.getFirstRunTime().getTime();
        if (jobConfig.getRunMode() == RunMode.RUN_LOCALLY) {
            localJobs.put(jobId, new LocalJob(jobConfig.getJobRunnerKey(), interval.getIntervalInMillis(), firstRun));
            return;
        }
        String runner = jobConfig.getJobRunnerKey().toString();
        if (sql.update("UPDATE " + JOBS_TABLE + " SET RUNNER_KEY = ?, INTERVAL_MS = ?, NEXT_RUN = ?, VERSION = VERSION + 1"
                + " WHERE JOB_ID = ?", runner, interval.getIntervalInMillis(), firstRun, jobId.toString()) == 0) {
            sql.insertIfAbsent("INSERT INTO " + JOBS_TABLE + " (JOB_ID, RUNNER_KEY, INTERVAL_MS, NEXT_RUN, VERSION)"
                    + " VALUES (?, ?, ?, ?, 0)", jobId.toString(), runner, interval.getIntervalInMillis(), firstRun);
        }
    }

    @Override
    public void unscheduleJob(JobId jobId) {
        localJobs.remove(jobId);
        sql.update("DELETE FROM " + JOBS_TABLE + " WHERE JOB_ID = ?", jobId.toString());
    }

    /** Jira's "Run now" on the scheduler admin page: the clustered job becomes due at once. */
    public void runNow(JobId jobId) {
        sql.update("UPDATE " + JOBS_TABLE + " SET NEXT_RUN = ?, VERSION = VERSION + 1 WHERE JOB_ID = ?", clock.millis(),
                jobId.toString());
    }

    /** Runs, on the calling thread, every job due now that this node claims; answers the runs it made. */
    public List<Run> runDueJobs() {
        long now = clock.millis();
        List<Run> runs = new ArrayList<>();
        for (DueJob job : sql.query("SELECT JOB_ID, RUNNER_KEY, INTERVAL_MS, NEXT_RUN, VERSION FROM " + JOBS_TABLE
                        + " WHERE NEXT_RUN <= ? ORDER BY JOB_ID",
                row -> new DueJob(row.getString(1), row.getString(2), row.getLong(3), row.getLong(4), row.getLong(5)), now)) {
            JobRunner runner = runners.get(JobRunnerKey.of(job.runnerKey()));
            if (runner != null && claim(job, now)) {
                runs.add(run(job.jobId(), runner));
            }
        }
        for (Map.Entry<JobId, LocalJob> entry : localJobs.entrySet()) {
            LocalJob job = entry.getValue();
            JobRunner runner = runners.get(job.runner());
            if (job.nextRun() <= now && runner != null) {
                localJobs.put(entry.getKey(), new LocalJob(job.runner(), job.intervalMillis(), now + job.intervalMillis()));
                runs.add(run(entry.getKey().toString(), runner));
            }
        }
        return runs;
    }

    /** Every recorded run of {@code jobId} in the cluster, oldest first. */
    public List<Run> runsOf(JobId jobId) {
        return sql.query("SELECT JOB_ID, NODE_ID, OUTCOME FROM " + RUNS_TABLE + " WHERE JOB_ID = ? ORDER BY STARTED_AT",
                row -> new Run(row.getString(1), row.getString(2), row.getString(3)), jobId.toString());
    }

    /** Stops polling and interrupts a run in progress (a node going down); waits at most {@code timeout} for it. */
    void stop(Duration timeout) throws InterruptedException {
        if (poller.isPresent()) {
            poller.get().shutdownNow();
            poller.get().awaitTermination(timeout.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    /** Moves the job's next run on (an interval of 0 runs once: the row goes); false when another node did first. */
    private boolean claim(DueJob job, long now) {
        if (job.intervalMillis() == 0) {
            return sql.update("DELETE FROM " + JOBS_TABLE + " WHERE JOB_ID = ? AND VERSION = ?", job.jobId(), job.version()) == 1;
        }
        long next = job.nextRun() + Math.max(1, (now - job.nextRun()) / job.intervalMillis() + 1) * job.intervalMillis();
        return sql.update("UPDATE " + JOBS_TABLE + " SET NEXT_RUN = ?, VERSION = VERSION + 1 WHERE JOB_ID = ? AND VERSION = ?",
                next, job.jobId(), job.version()) == 1;
    }

    private Run run(String jobId, JobRunner runner) {
        Date start = new Date(clock.millis());
        JobRunnerRequest request = () -> start;
        String outcome;
        try {
            JobRunnerResponse response = runner.runJob(request);
            outcome = response == null ? "SUCCESS" : response.toString();
        } catch (RuntimeException e) {
            outcome = "FAILED: " + e;
        }
        sql.update("INSERT INTO " + RUNS_TABLE + " (JOB_ID, NODE_ID, STARTED_AT, OUTCOME) VALUES (?, ?, ?, ?)", jobId, nodeId,
                start.getTime(), outcome.length() > 4000 ? outcome.substring(0, 4000) : outcome);
        return new Run(jobId, nodeId, outcome);
    }

    private void runDueJobsLogged() {
        try {
            runDueJobs();
        } catch (RuntimeException e) {
            System.err.println("[sandbox-scheduler " + nodeId + "] polling failed: " + e);
        }
    }
}
