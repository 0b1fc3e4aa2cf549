/*
 * Compile-only shim: java.util.Date getStartTime() — jira-platform.md §4.6 (decompiled). Not re-read on a page:
 * UNVERIFIED. Never packaged.
 */
package com.atlassian.scheduler;

import java.util.Date;

public interface JobRunnerRequest {
    Date getStartTime();
}
