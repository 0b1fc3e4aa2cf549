package io.successdesk.domain.voc;

import io.successdesk.domain.value.Percentage;

import java.util.Objects;

/**
 * A two-sided confidence interval on a share, in percent, with {@code 0 ≤ lower ≤ upper ≤ 100} (docs/metrics.md, "CSAT").
 */
public record ConfidenceInterval(Percentage lower, Percentage upper) {

    /** z for a two-sided 95 % interval. */
    public static final double Z_95 = 1.959964;

    public ConfidenceInterval {
        Objects.requireNonNull(lower, "lower");
        Objects.requireNonNull(upper, "upper");
        if (lower.value() < 0 || upper.value() > 100 || lower.compareTo(upper) > 0) {
            throw new IllegalArgumentException("interval must satisfy 0 ≤ lower ≤ upper ≤ 100, got ["
                    + lower + ", " + upper + "]");
        }
    }

    /**
     * The Wilson score interval for {@code successes} out of {@code trials}, which stays inside 0–100 % and behaves
     * on small samples (unlike the normal approximation). Always contains the observed share.
     *
     * @param trials at least 1
     * @param z      the standard-normal quantile, e.g. {@link #Z_95}; positive
     */
    public static ConfidenceInterval wilson(long successes, long trials, double z) {
        if (trials < 1) {
            throw new IllegalArgumentException("a Wilson interval needs at least one trial, got " + trials);
        }
        if (successes < 0 || successes > trials) {
            throw new IllegalArgumentException("successes must be 0–" + trials + ", got " + successes);
        }
        if (!(z > 0) || !Double.isFinite(z)) {
            throw new IllegalArgumentException("z must be a positive finite number, got " + z);
        }
        double n = trials;
        double share = successes / n;
        double zSquared = z * z;
        double denominator = 1 + zSquared / n;
        double centre = (share + zSquared / (2 * n)) / denominator;
        double halfWidth = z * Math.sqrt(share * (1 - share) / n + zSquared / (4 * n * n)) / denominator;
        // rounding can push a bound a hair past the share or outside [0, 1] at the extremes
        double lower = Math.max(0, Math.min(centre - halfWidth, share));
        double upper = Math.min(1, Math.max(centre + halfWidth, share));
        return new ConfidenceInterval(Percentage.ofFraction(lower), Percentage.ofFraction(upper));
    }

    public boolean contains(Percentage value) {
        return lower.compareTo(value) <= 0 && value.compareTo(upper) <= 0;
    }
}
