/*
 * Compile-only shim: public static JobId of(String) — final class in com.atlassian.scheduler.config (package summary
 * page of atlassian-scheduler-api 1.6.0; of(String) from the decompiled API). Never packaged.
 */
package com.atlassian.scheduler.config;

public final class JobId {
    private final String id;

    private JobId(String id) {
        this.id = id;
    }

    public static JobId of(String id) {
        return new JobId(id);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof JobId that && id.equals(that.id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    @Override
    public String toString() {
        return id;
    }
}
