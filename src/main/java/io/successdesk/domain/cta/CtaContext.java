package io.successdesk.domain.cta;

import io.successdesk.domain.account.AccountKey;
import io.successdesk.domain.health.HealthBand;
import io.successdesk.domain.health.HealthScore;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * Everything the CTA rules look at for one account on one day. Health values are the effective ones (after any
 * manual override).
 *
 * @param account                 the account
 * @param today                   the day (UTC) of the evaluation
 * @param previousBand            the band at the previous evaluation or snapshot; empty when unknown
 * @param currentBand             the band now; empty when there is no score
 * @param currentScore            the score now; empty when there is no score
 * @param scoreHistory            earlier daily scores, any order (for the drop rule)
 * @param renewalDate             the contract's renewal date, if known
 * @param daysSinceLastTouchpoint whole days since the last touchpoint, ≥ 0; empty when there never was one
 * @param csatAnswers             recent CSAT answers with the issues they rate
 * @param npsAnswers              recent NPS answers
 * @param usageGrowthPercent      growth of a usage metric in percent (e.g. 25.0), if the account has one
 * @param onboardingOverdue       whether an active onboarding plan is past its target date
 */
public record CtaContext(AccountKey account, LocalDate today, Optional<HealthBand> previousBand,
                         Optional<HealthBand> currentBand, Optional<HealthScore> currentScore,
                         List<ScorePoint> scoreHistory, Optional<LocalDate> renewalDate,
                         OptionalInt daysSinceLastTouchpoint, List<CsatAnswer> csatAnswers,
                         List<NpsAnswer> npsAnswers, OptionalDouble usageGrowthPercent, boolean onboardingOverdue) {

    public CtaContext {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(today, "today");
        Objects.requireNonNull(previousBand, "previousBand");
        Objects.requireNonNull(currentBand, "currentBand");
        Objects.requireNonNull(currentScore, "currentScore");
        Objects.requireNonNull(renewalDate, "renewalDate");
        Objects.requireNonNull(daysSinceLastTouchpoint, "daysSinceLastTouchpoint");
        Objects.requireNonNull(usageGrowthPercent, "usageGrowthPercent");
        scoreHistory = List.copyOf(Objects.requireNonNull(scoreHistory, "scoreHistory"));
        csatAnswers = List.copyOf(Objects.requireNonNull(csatAnswers, "csatAnswers"));
        npsAnswers = List.copyOf(Objects.requireNonNull(npsAnswers, "npsAnswers"));
        if (daysSinceLastTouchpoint.isPresent() && daysSinceLastTouchpoint.getAsInt() < 0) {
            throw new IllegalArgumentException("days since last touchpoint must be 0 or more, got "
                    + daysSinceLastTouchpoint.getAsInt());
        }
        if (usageGrowthPercent.isPresent() && !Double.isFinite(usageGrowthPercent.getAsDouble())) {
            throw new IllegalArgumentException("usage growth must be finite");
        }
    }
}
