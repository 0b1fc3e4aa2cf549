package io.successdesk.domain.cta;

import io.successdesk.domain.health.HealthBand;
import io.successdesk.domain.health.HealthScore;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Valid facts for any reason, with every optional fact present, for tests where the facts are not the point. */
public final class CtaFactsFixtures {

    public static final LocalDate DAY = LocalDate.of(2026, 3, 31);

    private CtaFactsFixtures() {
    }

    public static CtaFacts sample(CtaReason reason) {
        return switch (reason) {
            case ENTERED_RED -> CtaFacts.enteredRed(DAY, Optional.of(HealthScore.of(42.5)), Optional.of(HealthBand.AMBER));
            case SCORE_DROP -> CtaFacts.scoreDrop(HealthScore.of(80), DAY.minusDays(30), HealthScore.of(64.5), DAY);
            case LOW_CSAT -> CtaFacts.lowCsat(3, 2, DAY.minusDays(29), List.of("SUP-1", "SUP-2"));
            case RENEWAL_AT_RISK -> CtaFacts.renewalAtRisk(DAY.plusDays(75), Optional.of(HealthBand.AMBER));
            case GREEN_EXPANSION -> CtaFacts.enteredGreen(DAY, Optional.of(HealthScore.of(77)), Optional.of(HealthBand.AMBER));
            case PROMOTER -> CtaFacts.promoters(2, DAY.minusDays(29));
            case USAGE_GROWTH -> CtaFacts.usageGrowth(25.5, 20);
            case RENEWAL_90 -> CtaFacts.renewalReminder(reason, DAY.plusDays(75));
            case RENEWAL_60 -> CtaFacts.renewalReminder(reason, DAY.plusDays(45));
            case RENEWAL_30 -> CtaFacts.renewalReminder(reason, DAY.plusDays(10));
            case ONBOARDING_OVERDUE -> CtaFacts.onboardingOverdue();
            case NO_TOUCHPOINT -> CtaFacts.noTouchpoint(Optional.of(DAY.minusDays(45)), 30);
        };
    }
}
