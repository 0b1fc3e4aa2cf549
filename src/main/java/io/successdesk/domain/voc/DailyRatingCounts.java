package io.successdesk.domain.voc;

import java.time.LocalDate;
import java.util.Objects;

/** The CSAT rating counts of one day (UTC), as a store's daily rollup delivers them. */
public record DailyRatingCounts(LocalDate day, RatingCounts counts) {

    public DailyRatingCounts {
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(counts, "counts");
    }
}
