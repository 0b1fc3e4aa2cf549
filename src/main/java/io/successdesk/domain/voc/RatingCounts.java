package io.successdesk.domain.voc;

import java.util.Objects;

/**
 * How many CSAT answers gave each rating 1–5. The unit dashboards work in: daily rollups are summed, never
 * re-read row by row. All counts are 0 or more.
 */
public record RatingCounts(long ones, long twos, long threes, long fours, long fives) {

    public static final RatingCounts EMPTY = new RatingCounts(0, 0, 0, 0, 0);

    public RatingCounts {
        if (ones < 0 || twos < 0 || threes < 0 || fours < 0 || fives < 0) {
            throw new IllegalArgumentException("rating counts must be 0 or more, got ["
                    + ones + ", " + twos + ", " + threes + ", " + fours + ", " + fives + "]");
        }
    }

    /** From an array indexed by rating − 1, so {@code counts[0]} is the number of 1s. */
    public static RatingCounts of(long... countsByRating) {
        Objects.requireNonNull(countsByRating, "countsByRating");
        if (countsByRating.length != 5) {
            throw new IllegalArgumentException("expected 5 counts (ratings 1–5), got " + countsByRating.length);
        }
        return new RatingCounts(countsByRating[0], countsByRating[1], countsByRating[2], countsByRating[3],
                countsByRating[4]);
    }

    public static RatingCounts ofRatings(Iterable<CsatRating> ratings) {
        long[] counts = new long[5];
        for (CsatRating rating : ratings) {
            counts[rating.value() - 1]++;
        }
        return of(counts);
    }

    /** Counts as an array indexed by rating − 1. */
    public long[] toArray() {
        return new long[] {ones, twos, threes, fours, fives};
    }

    public long count(CsatRating rating) {
        return toArray()[rating.value() - 1];
    }

    public RatingCounts with(CsatRating rating) {
        long[] counts = toArray();
        counts[rating.value() - 1] = Math.addExact(counts[rating.value() - 1], 1);
        return of(counts);
    }

    public RatingCounts plus(RatingCounts other) {
        return new RatingCounts(Math.addExact(ones, other.ones), Math.addExact(twos, other.twos),
                Math.addExact(threes, other.threes), Math.addExact(fours, other.fours),
                Math.addExact(fives, other.fives));
    }

    /** Number of answers, n. */
    public long total() {
        return ones + twos + threes + fours + fives;
    }

    /** Answers rated 4 or 5. */
    public long satisfied() {
        return fours + fives;
    }

    /** Sum of all ratings given, for the mean. */
    public long sumOfRatings() {
        return ones + 2 * twos + 3 * threes + 4 * fours + 5 * fives;
    }

    public boolean isEmpty() {
        return total() == 0;
    }
}
