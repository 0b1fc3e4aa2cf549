/*
 * Compile-only shim: the checked exception of SchedulerService.scheduleJob (page above; jira-platform.md §4.6).
 * Superclass (Exception) UNVERIFIED. Never packaged.
 */
package com.atlassian.scheduler;

public class SchedulerServiceException extends Exception {
    public SchedulerServiceException(String message) {
        super(message);
    }
}
