/*
 * Compile-only shim: public static Schedule forInterval(long intervalInMillis, java.util.Date firstRunTime) — named
 * on https://docs.atlassian.com/atlassian-scheduler-api/1.6.0/atlassian-scheduler-api/apidocs/com/atlassian/scheduler/config/package-summary.html
 * ("IntervalScheduleInfo: The description of an Schedule.forInterval(long, Date) interval schedule"). Final class.
 * Never packaged.
 */
package com.atlassian.scheduler.config;

import java.util.Date;

public final class Schedule {
    private final long intervalInMillis;

    private Schedule(long intervalInMillis) {
        this.intervalInMillis = intervalInMillis;
    }

    public static Schedule forInterval(long intervalInMillis, Date firstRunTime) {
        return new Schedule(intervalInMillis);
    }

    @Override
    public String toString() {
        return "every " + intervalInMillis + " ms";
    }
}
