package io.successdesk.domain.health;

/** The traffic-light reading of a health score; thresholds live in {@code BandThresholds}. */
public enum HealthBand {
    RED, AMBER, GREEN;

    public boolean isWorseThan(HealthBand other) {
        return ordinal() < other.ordinal();
    }
}
