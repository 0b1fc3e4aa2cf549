/*
 * Compile-only shim: public static Schedule forInterval(long intervalInMillis, java.util.Date firstRunTime) — named
 * on https://docs.atlassian.com/atlassian-scheduler-api/1.6.0/atlassian-scheduler-api/apidocs/com/atlassian/scheduler/config/package-summary.html
 * ("IntervalScheduleInfo: The description of an Schedule.forInterval(long, Date) interval schedule"). Final class.
 * getIntervalScheduleInfo() (for an interval schedule; null for a cron one) is on the same javadoc's Schedule page
 * (UNVERIFIED beyond that page; the sandbox's scheduler stand-in reads it). Never packaged.
 */
package com.atlassian.scheduler.config;

import java.util.Date;

public final class Schedule {
    private final IntervalScheduleInfo interval;

    private Schedule(IntervalScheduleInfo interval) {
        this.interval = interval;
    }

    public static Schedule forInterval(long intervalInMillis, Date firstRunTime) {
        return new Schedule(new IntervalScheduleInfo(firstRunTime, intervalInMillis));
    }

    public IntervalScheduleInfo getIntervalScheduleInfo() {
        return interval;
    }

    @Override
    public String toString() {
        return "every " + interval.getIntervalInMillis() + " ms";
    }
}
