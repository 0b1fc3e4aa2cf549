/*
 * Compile-only shim: the checked exception of SchedulerService.scheduleJob (page above; the decompiled API).
 * Superclass (Exception) UNVERIFIED. Never packaged.
 */
package com.atlassian.scheduler;

public class SchedulerServiceException extends Exception {
    public SchedulerServiceException(String message) {
        super(message);
    }
}
