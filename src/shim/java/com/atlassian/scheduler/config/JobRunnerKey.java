/*
 * Compile-only shim: public static JobRunnerKey of(String) — final class in com.atlassian.scheduler.config
 * (https://docs.atlassian.com/atlassian-scheduler-api/1.6.0/atlassian-scheduler-api/apidocs/com/atlassian/scheduler/config/package-summary.html;
 * of(String) from the decompiled API). Never packaged.
 */
package com.atlassian.scheduler.config;

public final class JobRunnerKey {
    private final String key;

    private JobRunnerKey(String key) {
        this.key = key;
    }

    public static JobRunnerKey of(String key) {
        return new JobRunnerKey(key);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof JobRunnerKey that && key.equals(that.key);
    }

    @Override
    public int hashCode() {
        return key.hashCode();
    }

    @Override
    public String toString() {
        return key;
    }
}
