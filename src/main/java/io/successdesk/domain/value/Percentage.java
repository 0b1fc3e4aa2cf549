package io.successdesk.domain.value;

/**
 * A percentage as a plain number of percent ({@code 87.5} means 87.5 %). Not clamped to 0–100 because
 * NRR and cohort revenue cells exceed 100 % and net churn can be negative; it must be finite.
 */
public record Percentage(double value) implements Comparable<Percentage> {

    public static final Percentage ZERO = new Percentage(0);
    public static final Percentage HUNDRED = new Percentage(100);

    public Percentage {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("percentage must be a finite number, got " + value);
        }
        if (value == 0.0) {
            value = 0.0; // normalise -0.0 so equal percentages are equal
        }
    }

    /** {@code part / whole × 100}. @throws ArithmeticException when whole is zero */
    public static Percentage ratio(double part, double whole) {
        if (whole == 0) {
            throw new ArithmeticException("percentage of a zero whole is undefined");
        }
        return new Percentage(part / whole * 100.0);
    }

    public static Percentage ofFraction(double fraction) {
        return new Percentage(fraction * 100.0);
    }

    public double fraction() {
        return value / 100.0;
    }

    @Override
    public int compareTo(Percentage other) {
        return Double.compare(value, other.value);
    }

    @Override
    public String toString() {
        return value + " %";
    }
}
