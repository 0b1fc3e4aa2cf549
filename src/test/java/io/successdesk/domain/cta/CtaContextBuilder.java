package io.successdesk.domain.cta;

import io.successdesk.domain.account.AccountKey;
import io.successdesk.domain.health.HealthBand;
import io.successdesk.domain.health.HealthScore;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/** Test builder: starts from a quiet context (recent touchpoint, no health, no renewal) that triggers nothing. */
public final class CtaContextBuilder {

    private final AccountKey account;
    private final LocalDate today;
    private Optional<HealthBand> previousBand = Optional.empty();
    private Optional<HealthBand> currentBand = Optional.empty();
    private Optional<HealthScore> currentScore = Optional.empty();
    private final List<ScorePoint> history = new ArrayList<>();
    private Optional<LocalDate> renewal = Optional.empty();
    private OptionalInt daysSinceTouchpoint = OptionalInt.of(0);
    private final List<CsatAnswer> csat = new ArrayList<>();
    private final List<NpsAnswer> nps = new ArrayList<>();
    private OptionalDouble usageGrowth = OptionalDouble.empty();
    private boolean onboardingOverdue;

    private CtaContextBuilder(AccountKey account, LocalDate today) {
        this.account = account;
        this.today = today;
    }

    public static CtaContextBuilder quiet(AccountKey account, LocalDate today) {
        return new CtaContextBuilder(account, today);
    }

    public CtaContextBuilder previousBand(HealthBand band) {
        previousBand = Optional.of(band);
        return this;
    }

    /** Current score and the band it falls in under the default thresholds. */
    public CtaContextBuilder current(double score, HealthBand band) {
        currentScore = Optional.of(HealthScore.of(score));
        currentBand = Optional.of(band);
        return this;
    }

    public CtaContextBuilder scoreOn(LocalDate day, double score) {
        history.add(new ScorePoint(day, HealthScore.of(score)));
        return this;
    }

    public CtaContextBuilder renewal(LocalDate date) {
        renewal = Optional.of(date);
        return this;
    }

    public CtaContextBuilder daysSinceTouchpoint(OptionalInt days) {
        daysSinceTouchpoint = days;
        return this;
    }

    public CtaContextBuilder csat(String issueKey, int rating, LocalDate on) {
        csat.add(new CsatAnswer(issueKey, io.successdesk.domain.voc.CsatRating.of(rating), on));
        return this;
    }

    public CtaContextBuilder nps(int score, LocalDate on) {
        nps.add(new NpsAnswer(io.successdesk.domain.voc.NpsScore.of(score), on));
        return this;
    }

    public CtaContextBuilder usageGrowth(double percent) {
        usageGrowth = OptionalDouble.of(percent);
        return this;
    }

    public CtaContextBuilder onboardingOverdue() {
        onboardingOverdue = true;
        return this;
    }

    public CtaContext build() {
        return new CtaContext(account, today, previousBand, currentBand, currentScore, history, renewal,
                daysSinceTouchpoint, csat, nps, usageGrowth, onboardingOverdue);
    }
}
