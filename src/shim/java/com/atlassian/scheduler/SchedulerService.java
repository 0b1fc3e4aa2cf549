/*
 * Compile-only shim: only the members SuccessDesk calls. Checked against
 * https://docs.atlassian.com/atlassian-scheduler-api/1.6.0/atlassian-scheduler-api/apidocs/com/atlassian/scheduler/SchedulerService.html
 * ("@PublicApi public interface SchedulerService") and the implementing class
 * https://docs.atlassian.com/atlassian-bamboo/9.2.11/com/atlassian/bamboo/schedule/AtlassianSchedulerServiceImpl.html
 * (void registerJobRunner(JobRunnerKey, JobRunner), void unregisterJobRunner(JobRunnerKey),
 * void scheduleJob(JobId, JobConfig) throws SchedulerServiceException, void unscheduleJob(JobId) — declared only so a
 * test can prove the app never calls it on node stop). Never packaged.
 */
package com.atlassian.scheduler;

import com.atlassian.scheduler.config.JobConfig;
import com.atlassian.scheduler.config.JobId;
import com.atlassian.scheduler.config.JobRunnerKey;

public interface SchedulerService {
    void registerJobRunner(JobRunnerKey jobRunnerKey, JobRunner jobRunner);

    void unregisterJobRunner(JobRunnerKey jobRunnerKey);

    void scheduleJob(JobId jobId, JobConfig jobConfig) throws SchedulerServiceException;

    void unscheduleJob(JobId jobId);
}
