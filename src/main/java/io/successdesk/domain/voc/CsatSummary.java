package io.successdesk.domain.voc;

import io.successdesk.domain.value.Percentage;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * CSAT over a set of answers: n, % satisfied (share of 4–5 ratings), mean rating and a 95 % Wilson interval on the
 * share. Below {@code minimumN} answers the summary is {@link Status#INSUFFICIENT_DATA}: the values are still
 * computed (for tooltips) but must be shown as "insufficient data", not as a score. With no answers at all there
 * are no values ({@link Status#NO_DATA}).
 *
 * @param minimumN the sample size from which the value is shown as a score; at least 1
 */
public record CsatSummary(RatingCounts counts, int minimumN) {

    /** The default minimum sample size (docs/metrics.md, "CSAT"). */
    public static final int DEFAULT_MINIMUM_N = 5;

    /** Whether a summary may be read as a score. */
    public enum Status {
        /** No answers: no values. */
        NO_DATA,
        /** Fewer than the minimum n answers: values exist but are flagged. */
        INSUFFICIENT_DATA,
        /** At least the minimum n answers. */
        OK
    }

    public CsatSummary {
        Objects.requireNonNull(counts, "counts");
        if (minimumN < 1) {
            throw new IllegalArgumentException("minimum n must be at least 1, got " + minimumN);
        }
    }

    public static CsatSummary of(RatingCounts counts) {
        return new CsatSummary(counts, DEFAULT_MINIMUM_N);
    }

    public static CsatSummary of(RatingCounts counts, int minimumN) {
        return new CsatSummary(counts, minimumN);
    }

    public static CsatSummary ofRatings(Iterable<CsatRating> ratings, int minimumN) {
        return new CsatSummary(RatingCounts.ofRatings(ratings), minimumN);
    }

    /** Number of answers. */
    public long n() {
        return counts.total();
    }

    public Status status() {
        if (n() == 0) {
            return Status.NO_DATA;
        }
        return n() < minimumN ? Status.INSUFFICIENT_DATA : Status.OK;
    }

    public boolean isSufficient() {
        return status() == Status.OK;
    }

    /** Share of answers rated 4 or 5, 0–100 %; empty when there are no answers. */
    public Optional<Percentage> satisfiedShare() {
        return counts.isEmpty() ? Optional.empty() : Optional.of(Percentage.ratio(counts.satisfied(), n()));
    }

    /** Mean rating, 1.0–5.0; empty when there are no answers. */
    public OptionalDouble mean() {
        return counts.isEmpty() ? OptionalDouble.empty() : OptionalDouble.of((double) counts.sumOfRatings() / n());
    }

    /** 95 % Wilson score interval on the satisfied share; empty when there are no answers. */
    public Optional<ConfidenceInterval> interval() {
        return counts.isEmpty()
                ? Optional.empty()
                : Optional.of(ConfidenceInterval.wilson(counts.satisfied(), n(), ConfidenceInterval.Z_95));
    }
}
