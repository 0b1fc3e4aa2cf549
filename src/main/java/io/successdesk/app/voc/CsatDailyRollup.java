package io.successdesk.app.voc;

import io.successdesk.domain.account.AccountKey;
import io.successdesk.domain.voc.RatingCounts;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/** The rating counts of one account and project on one UTC day (by answer date), as stored for dashboards. */
public record CsatDailyRollup(LocalDate day, AccountKey account, Optional<String> projectKey, RatingCounts counts) {

    public CsatDailyRollup {
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(projectKey, "projectKey");
        Objects.requireNonNull(counts, "counts");
    }
}
