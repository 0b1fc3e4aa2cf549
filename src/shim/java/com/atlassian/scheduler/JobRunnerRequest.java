/*
 * Compile-only shim: "@PublicApi public interface JobRunnerRequest" with "Date getStartTime()" on
 * https://docs.atlassian.com/atlassian-scheduler-api/1.6.0/atlassian-scheduler-api/apidocs/com/atlassian/scheduler/JobRunnerRequest.html
 * (newest page found; no Platform 8 page). SuccessDesk only receives it as the JobRunner.runJob parameter and never
 * calls getStartTime, so nothing links against the member. Status table: docs/shim-evidence.md. Never packaged.
 */
package com.atlassian.scheduler;

import java.util.Date;

public interface JobRunnerRequest {
    Date getStartTime();
}
