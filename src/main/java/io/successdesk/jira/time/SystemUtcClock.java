package io.successdesk.jira.time;

import jakarta.inject.Named;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The {@link Clock} every use case is given: the server's time in UTC. A component of its own because the
 * Spring Scanner wires classes, not factory methods; tests inject fixed clocks instead.
 */
@Named
public class SystemUtcClock extends Clock {

    private final Clock utc = Clock.systemUTC();

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return utc.withZone(zone);
    }

    @Override
    public Instant instant() {
        return utc.instant();
    }

    @Override
    public long millis() {
        return utc.millis();
    }
}
