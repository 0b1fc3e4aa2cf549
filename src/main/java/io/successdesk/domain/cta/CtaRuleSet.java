package io.successdesk.domain.cta;

import io.successdesk.domain.health.HealthBand;
import io.successdesk.domain.health.HealthScore;
import io.successdesk.domain.value.DateWindow;
import io.successdesk.domain.voc.NpsCategory;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/**
 * The CTA rules of docs/product.md §5 with their parameters. {@link #DEFAULTS}: drop of 15 points within 30 days,
 * CSAT ≤ 2 in the last 30 days, renewal at risk within 90 days, no touchpoint in 30 days, promoter answers in the
 * last 30 days, usage growth ≥ 20 %.
 *
 * <p>"Within D days" / "in the last D days" means the D days ending today inclusive, except the drop rule, which
 * compares today's score with the highest score recorded from {@code today − D} to today (so a snapshot exactly D
 * days old counts). Renewal rules count whole days from today to the renewal date; a renewal date in the past
 * triggers nothing.
 *
 * @param scoreDropPoints       N: minimum drop, in points, 1–100
 * @param scoreDropDays         D: how far back the drop rule looks, ≥ 1
 * @param lowCsatMaxRating      highest CSAT rating that counts as low, 1–3
 * @param csatLookbackDays      days of CSAT answers the low-CSAT rule reads, ≥ 1
 * @param renewalAtRiskDays     renewal horizon of the at-risk rule, ≥ 1
 * @param noTouchpointDays      days without a touchpoint that trigger the activity rule, ≥ 1
 * @param promoterLookbackDays  days of NPS answers the promoter rule reads, ≥ 1
 * @param usageGrowthPercent    minimum usage growth in percent, &gt; 0
 * @param turnedOff             the reasons an admin turned off: they propose nothing (and an active CTA for a reason
 *                              that closes when its condition ends closes, as if the condition had ended)
 */
public record CtaRuleSet(int scoreDropPoints, int scoreDropDays, int lowCsatMaxRating, int csatLookbackDays,
                         int renewalAtRiskDays, int noTouchpointDays, int promoterLookbackDays,
                         double usageGrowthPercent, Set<CtaReason> turnedOff) {

    public static final CtaRuleSet DEFAULTS = new CtaRuleSet(15, 30, 2, 30, 90, 30, 30, 20.0);

    /** Every rule on. */
    public CtaRuleSet(int scoreDropPoints, int scoreDropDays, int lowCsatMaxRating, int csatLookbackDays,
                      int renewalAtRiskDays, int noTouchpointDays, int promoterLookbackDays, double usageGrowthPercent) {
        this(scoreDropPoints, scoreDropDays, lowCsatMaxRating, csatLookbackDays, renewalAtRiskDays, noTouchpointDays,
                promoterLookbackDays, usageGrowthPercent, Set.of());
    }

    public CtaRuleSet {
        turnedOff = java.util.Objects.requireNonNull(turnedOff, "turnedOff").isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(turnedOff));
        requireRange("score drop points", scoreDropPoints, 1, 100);
        requireRange("score drop days", scoreDropDays, 1, 3650);
        requireRange("low CSAT rating", lowCsatMaxRating, 1, 3);
        requireRange("CSAT lookback days", csatLookbackDays, 1, 3650);
        requireRange("renewal at-risk days", renewalAtRiskDays, 1, 3650);
        requireRange("no-touchpoint days", noTouchpointDays, 1, 3650);
        requireRange("promoter lookback days", promoterLookbackDays, 1, 3650);
        if (!Double.isFinite(usageGrowthPercent) || usageGrowthPercent <= 0) {
            throw new IllegalArgumentException("usage growth threshold must be a percentage > 0, got " + usageGrowthPercent);
        }
    }

    private static void requireRange(String what, int value, int min, int max) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(what + " must be " + min + "–" + max + ", got " + value);
        }
    }

    /** These rules with the given reasons turned off (and every other one on). */
    public CtaRuleSet withTurnedOff(Set<CtaReason> reasons) {
        return new CtaRuleSet(scoreDropPoints, scoreDropDays, lowCsatMaxRating, csatLookbackDays, renewalAtRiskDays,
                noTouchpointDays, promoterLookbackDays, usageGrowthPercent, reasons);
    }

    /**
     * Applies every rule that is on to the context; at most one proposal per reason, in {@link CtaReason} order. Each proposal
     * carries the facts its rule saw ({@link CtaFacts}), never a sentence: dates stay dates (the renewal date, the
     * day of the last touchpoint, the first day of a counting window), so nothing goes stale as days pass.
     */
    public List<CtaProposal> evaluate(CtaContext context) {
        List<CtaProposal> proposals = new ArrayList<>();
        Optional<HealthBand> band = context.currentBand();
        LocalDate today = context.today();

        if (band.equals(Optional.of(HealthBand.RED)) && !context.previousBand().equals(Optional.of(HealthBand.RED))) {
            add(proposals, context, CtaFacts.enteredRed(today, context.currentScore(), context.previousBand()));
        }
        scoreDrop(context).ifPresent(facts -> add(proposals, context, facts));
        lowCsat(context, proposals);
        OptionalLong renewal = daysToRenewal(context);
        if (renewal.isPresent() && renewal.getAsLong() <= renewalAtRiskDays && !band.equals(Optional.of(HealthBand.GREEN))) {
            add(proposals, context, CtaFacts.renewalAtRisk(context.renewalDate().orElseThrow(), band));
        }
        if (band.equals(Optional.of(HealthBand.GREEN)) && !context.previousBand().equals(Optional.of(HealthBand.GREEN))) {
            add(proposals, context, CtaFacts.enteredGreen(today, context.currentScore(), context.previousBand()));
        }
        DateWindow promoterWindow = DateWindow.lastDays(promoterLookbackDays, today);
        long promoters = context.npsAnswers().stream()
                .filter(answer -> promoterWindow.contains(answer.answeredOn()))
                .filter(answer -> answer.score().category() == NpsCategory.PROMOTER).count();
        if (promoters > 0) {
            add(proposals, context, CtaFacts.promoters(Math.toIntExact(promoters), promoterWindow.start()));
        }
        if (context.usageGrowthPercent().isPresent() && context.usageGrowthPercent().getAsDouble() >= usageGrowthPercent) {
            add(proposals, context, CtaFacts.usageGrowth(context.usageGrowthPercent().getAsDouble(), usageGrowthPercent));
        }
        renewalReminder(renewal).ifPresent(reason -> add(proposals, context,
                CtaFacts.renewalReminder(reason, context.renewalDate().orElseThrow())));
        if (context.onboardingOverdue()) {
            add(proposals, context, CtaFacts.onboardingOverdue());
        }
        if (context.daysSinceLastTouchpoint().isEmpty()) {
            add(proposals, context, CtaFacts.noTouchpoint(Optional.empty(), noTouchpointDays));
        } else if (context.daysSinceLastTouchpoint().getAsInt() >= noTouchpointDays) {
            add(proposals, context, CtaFacts.noTouchpoint(
                    Optional.of(today.minusDays(context.daysSinceLastTouchpoint().getAsInt())), noTouchpointDays));
        }
        proposals.removeIf(proposal -> turnedOff.contains(proposal.key().reason()));
        return List.copyOf(proposals);
    }

    private Optional<CtaFacts> scoreDrop(CtaContext context) {
        if (context.currentScore().isEmpty()) {
            return Optional.empty();
        }
        LocalDate from = context.today().minusDays(scoreDropDays);
        HealthScore now = context.currentScore().get();
        return context.scoreHistory().stream()
                .filter(point -> !point.day().isBefore(from) && !point.day().isAfter(context.today()))
                .max((a, b) -> a.score().compareTo(b.score()))
                .filter(peak -> peak.score().value() - now.value() >= scoreDropPoints)
                .map(peak -> CtaFacts.scoreDrop(peak.score(), peak.day(), now, context.today()));
    }

    private void lowCsat(CtaContext context, List<CtaProposal> proposals) {
        DateWindow window = DateWindow.lastDays(csatLookbackDays, context.today());
        List<CsatAnswer> low = context.csatAnswers().stream()
                .filter(answer -> window.contains(answer.answeredOn()))
                .filter(answer -> answer.rating().value() <= lowCsatMaxRating).toList();
        if (!low.isEmpty()) {
            List<String> issues = low.stream().map(CsatAnswer::issueKey).distinct().toList();
            proposals.add(new CtaProposal(CtaDedupKey.of(context.account(), CtaReason.LOW_CSAT),
                    CtaFacts.lowCsat(low.size(), lowCsatMaxRating, window.start(), issues), issues));
        }
    }

    private static Optional<CtaReason> renewalReminder(OptionalLong daysToRenewal) {
        if (daysToRenewal.isEmpty() || daysToRenewal.getAsLong() > 90) {
            return Optional.empty();
        }
        long days = daysToRenewal.getAsLong();
        if (days > 60) {
            return Optional.of(CtaReason.RENEWAL_90);
        }
        return Optional.of(days > 30 ? CtaReason.RENEWAL_60 : CtaReason.RENEWAL_30);
    }

    /** Whole days from today to a renewal that is today or later; empty when unknown or past. */
    private static OptionalLong daysToRenewal(CtaContext context) {
        return context.renewalDate()
                .map(date -> ChronoUnit.DAYS.between(context.today(), date))
                .filter(days -> days >= 0)
                .map(OptionalLong::of)
                .orElse(OptionalLong.empty());
    }

    private static void add(List<CtaProposal> proposals, CtaContext context, CtaFacts facts) {
        proposals.add(new CtaProposal(CtaDedupKey.of(context.account(), facts.reason()), facts, List.of()));
    }
}
