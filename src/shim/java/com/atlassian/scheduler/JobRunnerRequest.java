/*
 * Compile-only shim: java.util.Date getStartTime() — the decompiled API. Not re-read on a page:
 * UNVERIFIED. Never packaged.
 */
package com.atlassian.scheduler;

import java.util.Date;

public interface JobRunnerRequest {
    Date getStartTime();
}
