/*
 * Compile-only shim: the checked exception of SchedulerService.scheduleJob ("Methods in com.atlassian.scheduler that
 * throw SchedulerServiceException: ... void SchedulerService.scheduleJob(JobId, JobConfig)" and the package's
 * "Exception Summary", whose sibling SchedulerRuntimeException is documented as the unchecked one:
 * https://docs.atlassian.com/atlassian-scheduler-api/1.6.0/atlassian-scheduler-api/apidocs/com/atlassian/scheduler/class-use/SchedulerServiceException.html,
 * .../com/atlassian/scheduler/package-summary.html). SuccessDesk only catches it: a catch clause links by class name,
 * so the exact superclass (Exception here) carries no linkage risk. Status table: docs/shim-evidence.md. Never
 * packaged.
 */
package com.atlassian.scheduler;

public class SchedulerServiceException extends Exception {
    public SchedulerServiceException(String message) {
        super(message);
    }
}
