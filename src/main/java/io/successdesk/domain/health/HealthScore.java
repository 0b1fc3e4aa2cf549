package io.successdesk.domain.health;

/** An account health score from 0 (worst) to 100 (best), kept to one decimal place of precision by callers. */
public record HealthScore(double value) implements Comparable<HealthScore> {

    public static final HealthScore MIN = new HealthScore(0);
    public static final HealthScore MAX = new HealthScore(100);

    public HealthScore {
        if (!Double.isFinite(value) || value < 0 || value > 100) {
            throw new IllegalArgumentException("health score must be between 0 and 100, got " + value);
        }
        if (value == 0.0) {
            value = 0.0;
        }
    }

    public static HealthScore of(double value) {
        return new HealthScore(value);
    }

    /** Clamps any finite number into 0–100. */
    public static HealthScore clamped(double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("health score must be finite, got " + value);
        }
        return new HealthScore(Math.max(0, Math.min(100, value)));
    }

    /** The score rounded half-up to a whole number, as shown on badges. */
    public int rounded() {
        return (int) Math.round(value);
    }

    @Override
    public int compareTo(HealthScore other) {
        return Double.compare(value, other.value);
    }
}
