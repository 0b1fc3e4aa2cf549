/*
 * Compile-only shim. Named on
 * https://docs.atlassian.com/atlassian-scheduler-api/1.6.0/atlassian-scheduler-api/apidocs/com/atlassian/scheduler/config/package-summary.html
 * ("IntervalScheduleInfo: The description of an Schedule.forInterval(long, Date) interval schedule"); final class with
 * Date getFirstRunTime() (nullable: "now") and long getIntervalInMillis() (0: run once). The constructor is not
 * public API (Schedule.forInterval creates it). Never packaged.
 */
package com.atlassian.scheduler.config;

import java.util.Date;

public final class IntervalScheduleInfo {
    private final Date firstRunTime;
    private final long intervalInMillis;

    IntervalScheduleInfo(Date firstRunTime, long intervalInMillis) {
        this.firstRunTime = firstRunTime;
        this.intervalInMillis = intervalInMillis;
    }

    public Date getFirstRunTime() {
        return firstRunTime;
    }

    public long getIntervalInMillis() {
        return intervalInMillis;
    }
}
