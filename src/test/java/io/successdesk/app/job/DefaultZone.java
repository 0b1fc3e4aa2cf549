package io.successdesk.app.job;

import java.util.TimeZone;

/**
 * Runs a test body with the JVM's default time zone set to a given zone and restores it afterwards, so the job and
 * day tests prove they do not depend on the server's zone (docs/architecture.md, "Days and time zones").
 */
public final class DefaultZone {

    /** The zones the job and day tests run under: far east of UTC, west of UTC, and UTC+14. */
    public static final String[] ZONES = {"Asia/Tokyo", "America/Los_Angeles", "Pacific/Kiritimati"};

    private DefaultZone() {
    }

    public static void of(String zone, Runnable body) {
        TimeZone before = TimeZone.getDefault();
        TimeZone.setDefault(TimeZone.getTimeZone(zone));
        try {
            body.run();
        } finally {
            TimeZone.setDefault(before);
        }
    }
}
