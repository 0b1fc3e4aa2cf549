/*
 * Compile-only shim. Checked against
 * https://docs.atlassian.com/atlassian-scheduler-api/1.6.0/atlassian-scheduler-api/apidocs/com/atlassian/scheduler/config/JobConfig.html
 * ("public final class JobConfig"; static JobConfig forJobRunnerKey(JobRunnerKey), JobConfig withRunMode(RunMode),
 * JobConfig withSchedule(Schedule), JobRunnerKey getJobRunnerKey(), RunMode getRunMode(), Schedule getSchedule()).
 * Never packaged.
 */
package com.atlassian.scheduler.config;

public final class JobConfig {
    private final JobRunnerKey key;
    private final RunMode runMode;
    private final Schedule schedule;

    private JobConfig(JobRunnerKey key, RunMode runMode, Schedule schedule) {
        this.key = key;
        this.runMode = runMode;
        this.schedule = schedule;
    }

    public static JobConfig forJobRunnerKey(JobRunnerKey jobRunnerKey) {
        return new JobConfig(jobRunnerKey, RunMode.RUN_ONCE_PER_CLUSTER, null);
    }

    public JobConfig withRunMode(RunMode mode) {
        return new JobConfig(key, mode, schedule);
    }

    public JobConfig withSchedule(Schedule next) {
        return new JobConfig(key, runMode, next);
    }

    public JobRunnerKey getJobRunnerKey() {
        return key;
    }

    public RunMode getRunMode() {
        return runMode;
    }

    public Schedule getSchedule() {
        return schedule;
    }
}
