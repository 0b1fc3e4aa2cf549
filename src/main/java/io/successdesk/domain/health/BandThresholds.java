package io.successdesk.domain.health;

/**
 * Band boundaries: {@code score < amberFrom} is red, {@code amberFrom ≤ score < greenFrom} is amber,
 * {@code score ≥ greenFrom} is green. Defaults 50 and 75.
 */
public record BandThresholds(double amberFrom, double greenFrom) {

    public static final BandThresholds DEFAULT = new BandThresholds(50, 75);

    public BandThresholds {
        if (!(0 < amberFrom && amberFrom < greenFrom && greenFrom <= 100)) {
            throw new IllegalArgumentException(
                    "band thresholds need 0 < amber (" + amberFrom + ") < green (" + greenFrom + ") ≤ 100");
        }
    }

    public HealthBand bandOf(HealthScore score) {
        if (score.value() >= greenFrom) {
            return HealthBand.GREEN;
        }
        return score.value() >= amberFrom ? HealthBand.AMBER : HealthBand.RED;
    }
}
