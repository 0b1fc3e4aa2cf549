package io.successdesk.domain.voc;

/**
 * A true Net Promoter Score: % promoters − % detractors, a number of points from −100 to +100 (not a percentage
 * and never an average of 0–10 answers).
 */
public record NetPromoterScore(double value) implements Comparable<NetPromoterScore> {

    public NetPromoterScore {
        if (!Double.isFinite(value) || value < -100 || value > 100) {
            throw new IllegalArgumentException("NPS must be between −100 and 100, got " + value);
        }
        if (value == 0.0) {
            value = 0.0; // normalise -0.0
        }
    }

    @Override
    public int compareTo(NetPromoterScore other) {
        return Double.compare(value, other.value);
    }
}
