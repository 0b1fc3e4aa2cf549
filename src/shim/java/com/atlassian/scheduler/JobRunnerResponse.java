/*
 * Compile-only shim. Checked against
 * https://docs.atlassian.com/atlassian-scheduler-api/1.6.0/atlassian-scheduler-api/apidocs/com/atlassian/scheduler/class-use/JobRunnerResponse.html
 * (static JobRunnerResponse success(), success(String), aborted(String), failed(String), failed(Throwable)).
 * Never packaged.
 */
package com.atlassian.scheduler;

public final class JobRunnerResponse {
    private final String outcome;

    private JobRunnerResponse(String outcome) {
        this.outcome = outcome;
    }

    public static JobRunnerResponse success(String message) {
        return new JobRunnerResponse("SUCCESS: " + message);
    }

    public static JobRunnerResponse aborted(String message) {
        return new JobRunnerResponse("ABORTED: " + message);
    }

    public static JobRunnerResponse failed(Throwable cause) {
        return new JobRunnerResponse("FAILED: " + cause);
    }

    @Override
    public String toString() {
        return outcome;
    }
}
