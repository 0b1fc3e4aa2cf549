/*
 * Compile-only shim: enum RunMode { RUN_ONCE_PER_CLUSTER, RUN_LOCALLY } — an enum per the package summary of
 * atlassian-scheduler-api 1.6.0 ("Enum Summary: RunMode"); constants from the decompiled API. Never packaged.
 */
package com.atlassian.scheduler.config;

public enum RunMode {
    RUN_ONCE_PER_CLUSTER, RUN_LOCALLY
}
