/*
 * Compile-only shim. JobRunnerResponse runJob(JobRunnerRequest) — "Called by the SchedulerService when it is time
 * for a job to run", https://docs.atlassian.com/atlassian-scheduler-api/1.6.0/atlassian-scheduler-api/apidocs/com/atlassian/scheduler/class-use/JobRunnerResponse.html.
 * Never packaged.
 */
package com.atlassian.scheduler;

public interface JobRunner {
    JobRunnerResponse runJob(JobRunnerRequest request);
}
