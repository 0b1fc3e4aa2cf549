package io.successdesk.domain.cta;

import io.successdesk.domain.account.AccountKey;
import io.successdesk.domain.health.HealthBand;
import io.successdesk.domain.health.HealthScore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CtaRuleSetTest {

    static final AccountKey ACME = AccountKey.of("ACME");
    static final LocalDate TODAY = LocalDate.of(2026, 3, 31);
    static final CtaRuleSet RULES = CtaRuleSet.DEFAULTS;

    static CtaContextBuilder quiet() {
        return CtaContextBuilder.quiet(ACME, TODAY);
    }

    static List<CtaReason> reasons(CtaContext context) {
        return RULES.evaluate(context).stream().map(CtaProposal::reason).toList();
    }

    @Test
    void shouldProposeNothingWhenContextIsQuiet() {
        assertThat(RULES.evaluate(quiet().build())).isEmpty();
    }

    @Test
    void shouldProposeEnteredRedWhenBandBecomesRed() {
        List<CtaProposal> proposals = RULES.evaluate(quiet().previousBand(HealthBand.AMBER).current(42, HealthBand.RED).build());

        assertThat(proposals).extracting(CtaProposal::reason).containsExactly(CtaReason.ENTERED_RED);
        CtaProposal red = proposals.get(0);
        assertThat(red.type()).isEqualTo(CtaType.RISK);
        assertThat(red.key()).isEqualTo(new CtaDedupKey(ACME, CtaType.RISK, CtaReason.ENTERED_RED));
        assertThat(red.facts()).isEqualTo(CtaFacts.enteredRed(TODAY, Optional.of(HealthScore.of(42)), Optional.of(HealthBand.AMBER)));
        assertThat(CtaIssueText.explanation(red.facts())).isEqualTo("Health entered red at 42 on 2026-03-31 (was amber).");
        assertThat(red.triggeringIssueKeys()).isEmpty();
    }

    @Test
    void shouldProposeEnteredRedWhenFirstScoreIsRedButNotWhenItStaysRed() {
        assertThat(reasons(quiet().current(42, HealthBand.RED).build())).containsExactly(CtaReason.ENTERED_RED);
        assertThat(reasons(quiet().previousBand(HealthBand.RED).current(42, HealthBand.RED).build())).isEmpty();
    }

    @Test
    void shouldProposeScoreDropWhenScoreFellByAtLeastNPointsWithinDDays() {
        // peak 80 exactly 30 days ago, now 65: drop 15 ≥ 15
        CtaContext context = quiet().previousBand(HealthBand.AMBER).current(65, HealthBand.AMBER)
                .scoreOn(TODAY.minusDays(30), 80).scoreOn(TODAY.minusDays(10), 70).build();

        List<CtaProposal> proposals = RULES.evaluate(context);

        assertThat(proposals).extracting(CtaProposal::reason).containsExactly(CtaReason.SCORE_DROP);
        assertThat(proposals.get(0).facts())
                .isEqualTo(CtaFacts.scoreDrop(HealthScore.of(80), TODAY.minusDays(30), HealthScore.of(65), TODAY));
        assertThat(CtaIssueText.explanation(proposals.get(0).facts()))
                .isEqualTo("Health dropped 15 points, from 80 on 2026-03-01 to 65 on 2026-03-31.");
    }

    @Test
    void shouldNotProposeScoreDropWhenDropIsOnePointShortOrPeakIsOneDayTooOld() {
        assertThat(reasons(quiet().current(66, HealthBand.AMBER).scoreOn(TODAY.minusDays(30), 80).build())).isEmpty();
        assertThat(reasons(quiet().current(65, HealthBand.AMBER).scoreOn(TODAY.minusDays(31), 80).build())).isEmpty();
        assertThat(reasons(quiet().current(65, HealthBand.AMBER).scoreOn(TODAY.plusDays(1), 80).build())).isEmpty();
        // a rise is not a drop
        assertThat(reasons(quiet().current(95, HealthBand.GREEN).previousBand(HealthBand.GREEN)
                .scoreOn(TODAY.minusDays(5), 70).build())).isEmpty();
    }

    @Test
    void shouldProposeLowCsatWithTriggeringIssuesWhenRatedTwoOrLessWithinLookback() {
        CtaContext context = quiet()
                .csat("SUP-1", 2, TODAY.minusDays(29))   // first day of the 30-day window
                .csat("SUP-2", 1, TODAY)
                .csat("SUP-2", 1, TODAY.minusDays(1))    // same issue twice: listed once
                .csat("SUP-3", 3, TODAY)                 // not low
                .csat("SUP-4", 1, TODAY.minusDays(30))   // outside the window
                .build();

        List<CtaProposal> proposals = RULES.evaluate(context);

        assertThat(proposals).hasSize(1);
        assertThat(proposals.get(0).reason()).isEqualTo(CtaReason.LOW_CSAT);
        assertThat(proposals.get(0).triggeringIssueKeys()).containsExactly("SUP-1", "SUP-2");
        assertThat(proposals.get(0).facts())
                .isEqualTo(CtaFacts.lowCsat(3, 2, TODAY.minusDays(29), List.of("SUP-1", "SUP-2")));
        assertThat(CtaIssueText.explanation(proposals.get(0).facts()))
                .isEqualTo("3 CSAT answers rated 2 or less since 2026-03-02, on SUP-1, SUP-2.");
    }

    @ParameterizedTest(name = "renewal in {0} days, band {1} → {2}")
    @CsvSource({
            "0, AMBER, RENEWAL_AT_RISK RENEWAL_30",
            "30, RED, RENEWAL_AT_RISK RENEWAL_30",
            "31, AMBER, RENEWAL_AT_RISK RENEWAL_60",
            "60, AMBER, RENEWAL_AT_RISK RENEWAL_60",
            "61, AMBER, RENEWAL_AT_RISK RENEWAL_90",
            "90, AMBER, RENEWAL_AT_RISK RENEWAL_90",
            "91, AMBER, ''",
            "45, GREEN, RENEWAL_60",
            "-1, RED, ''"
    })
    void shouldProposeRenewalRemindersAndRiskWhenRenewalIsNear(int days, HealthBand band, String expected) {
        CtaContext context = quiet().previousBand(band).current(band == HealthBand.GREEN ? 80 : band == HealthBand.RED ? 30 : 60, band)
                .renewal(TODAY.plusDays(days)).build();

        List<CtaReason> expectedReasons = expected.isEmpty() ? List.of()
                : java.util.Arrays.stream(expected.split(" ")).map(CtaReason::valueOf).toList();
        assertThat(reasons(context)).containsExactlyElementsOf(expectedReasons);
    }

    @Test
    void shouldTreatUnknownHealthAsNotGreenWhenRenewalIsNear() {
        List<CtaProposal> proposals = RULES.evaluate(quiet().renewal(TODAY.plusDays(20)).build());

        assertThat(proposals).extracting(CtaProposal::reason)
                .containsExactly(CtaReason.RENEWAL_AT_RISK, CtaReason.RENEWAL_30);
        assertThat(proposals.get(0).facts()).isEqualTo(CtaFacts.renewalAtRisk(TODAY.plusDays(20), Optional.empty()));
        assertThat(proposals.get(1).facts()).isEqualTo(CtaFacts.renewalReminder(CtaReason.RENEWAL_30, TODAY.plusDays(20)));
        assertThat(CtaIssueText.explanation(proposals.get(0).facts())).isEqualTo("Renewal on 2026-04-20 and health is unknown.");
        assertThat(CtaIssueText.explanation(proposals.get(1).facts())).isEqualTo("Renewal on 2026-04-20.");
        assertThat(proposals.get(1).type()).isEqualTo(CtaType.LIFECYCLE);
    }

    @Test
    void shouldRecordTheRenewalDateAndNoDayCountWhenRenewalIsAtRisk() {
        // renewal 75 days ahead, amber: the facts must stay true tomorrow, so they hold the date, never "in 75 days"
        CtaProposal atRisk = RULES.evaluate(quiet().previousBand(HealthBand.AMBER).current(60, HealthBand.AMBER)
                .renewal(LocalDate.of(2026, 6, 14)).build()).get(0);

        assertThat(atRisk.reason()).isEqualTo(CtaReason.RENEWAL_AT_RISK);
        assertThat(atRisk.facts().date(CtaFact.RENEWAL_DATE)).contains(LocalDate.of(2026, 6, 14));
        assertThat(atRisk.facts().band(CtaFact.BAND)).contains(HealthBand.AMBER);
        assertThat(atRisk.facts().values().keySet()).containsExactly(CtaFact.BAND, CtaFact.RENEWAL_DATE);
        assertThat(atRisk.facts().values().values()).as("no frozen day count").noneMatch(value -> value.equals(75));
        assertThat(CtaIssueText.explanation(atRisk.facts())).isEqualTo("Renewal on 2026-06-14 and health is amber.")
                .doesNotContain("75");
        CtaProposal reminder = RULES.evaluate(quiet().previousBand(HealthBand.AMBER).current(60, HealthBand.AMBER)
                .renewal(LocalDate.of(2026, 6, 14)).build()).get(1);
        assertThat(reminder.facts().values()).containsOnlyKeys(CtaFact.RENEWAL_DATE);
    }

    @Test
    void shouldRecordTheDayAndScoreOfABandChangeWhenBandBecomesGreen() {
        CtaFacts green = RULES.evaluate(quiet().previousBand(HealthBand.AMBER).current(77, HealthBand.GREEN).build())
                .get(0).facts();

        assertThat(green).isEqualTo(CtaFacts.enteredGreen(TODAY, Optional.of(HealthScore.of(77)), Optional.of(HealthBand.AMBER)));
        assertThat(CtaIssueText.explanation(green))
                .isEqualTo("Health entered green at 77 on 2026-03-31 (was amber): a good moment to talk expansion.");
    }

    @Test
    void shouldProposeGreenExpansionWhenBandBecomesGreen() {
        assertThat(reasons(quiet().previousBand(HealthBand.AMBER).current(80, HealthBand.GREEN).build()))
                .containsExactly(CtaReason.GREEN_EXPANSION);
        assertThat(reasons(quiet().previousBand(HealthBand.GREEN).current(80, HealthBand.GREEN).build())).isEmpty();
    }

    @Test
    void shouldProposePromoterWhenANineOrTenIsWithinLookback() {
        assertThat(reasons(quiet().nps(9, TODAY.minusDays(29)).build())).containsExactly(CtaReason.PROMOTER);
        assertThat(reasons(quiet().nps(10, TODAY).nps(3, TODAY).build())).containsExactly(CtaReason.PROMOTER);
        assertThat(reasons(quiet().nps(8, TODAY).build())).isEmpty();
        assertThat(reasons(quiet().nps(10, TODAY.minusDays(30)).build())).isEmpty();
        assertThat(RULES.evaluate(quiet().nps(10, TODAY).nps(9, TODAY).build()).get(0).facts())
                .isEqualTo(CtaFacts.promoters(2, TODAY.minusDays(29)));
    }

    @Test
    void shouldProposeUsageGrowthWhenGrowthReachesThreshold() {
        assertThat(reasons(quiet().usageGrowth(20).build())).containsExactly(CtaReason.USAGE_GROWTH);
        assertThat(reasons(quiet().usageGrowth(19.9).build())).isEmpty();
        CtaFacts growth = RULES.evaluate(quiet().usageGrowth(25.5).build()).get(0).facts();
        assertThat(growth).isEqualTo(CtaFacts.usageGrowth(25.5, 20));
        assertThat(CtaIssueText.explanation(growth)).isEqualTo("Usage grew 25.5 % (threshold 20 %): an expansion opportunity.");
    }

    @Test
    void shouldProposeOnboardingOverdueWhenFlagged() {
        assertThat(reasons(quiet().onboardingOverdue().build())).containsExactly(CtaReason.ONBOARDING_OVERDUE);
    }

    @Test
    void shouldProposeNoTouchpointWhenLastOneIsNDaysOldOrNeverHappened() {
        assertThat(reasons(quiet().daysSinceTouchpoint(OptionalInt.of(30)).build())).containsExactly(CtaReason.NO_TOUCHPOINT);
        assertThat(reasons(quiet().daysSinceTouchpoint(OptionalInt.of(29)).build())).isEmpty();
        assertThat(reasons(quiet().daysSinceTouchpoint(OptionalInt.empty()).build())).containsExactly(CtaReason.NO_TOUCHPOINT);
        CtaFacts late = RULES.evaluate(quiet().daysSinceTouchpoint(OptionalInt.of(45)).build()).get(0).facts();
        assertThat(late).as("the day of the last touchpoint, not a day count that goes stale")
                .isEqualTo(CtaFacts.noTouchpoint(Optional.of(LocalDate.of(2026, 2, 14)), 30));
        assertThat(CtaIssueText.explanation(late)).isEqualTo("No touchpoint since 2026-02-14 (limit 30 days).");
        CtaFacts never = RULES.evaluate(quiet().daysSinceTouchpoint(OptionalInt.empty()).build()).get(0).facts();
        assertThat(never.date(CtaFact.LAST_TOUCHPOINT)).isEmpty();
        assertThat(CtaIssueText.explanation(never)).isEqualTo("No touchpoint has ever been logged.");
    }

    @Test
    void shouldProposeNothingForARuleTurnedOffAndEverythingElseAsBefore() {
        CtaRuleSet quietOnTouchpoints = RULES.withTurnedOff(java.util.Set.of(CtaReason.NO_TOUCHPOINT, CtaReason.PROMOTER));
        CtaContext busy = quiet().daysSinceTouchpoint(OptionalInt.empty()).nps(10, TODAY).csat("SUP-9", 1, TODAY).build();

        assertThat(reasons(busy)).contains(CtaReason.NO_TOUCHPOINT, CtaReason.PROMOTER, CtaReason.LOW_CSAT);
        assertThat(quietOnTouchpoints.evaluate(busy)).extracting(CtaProposal::reason).containsExactly(CtaReason.LOW_CSAT);
        assertThat(quietOnTouchpoints.withTurnedOff(java.util.Set.of()).evaluate(busy)).isEqualTo(RULES.evaluate(busy));
        assertThat(quietOnTouchpoints.turnedOff()).containsExactlyInAnyOrder(CtaReason.NO_TOUCHPOINT, CtaReason.PROMOTER);
    }

    @Test
    void shouldHonourConfiguredParametersWhenNotDefaults() {
        CtaRuleSet strict = new CtaRuleSet(5, 7, 3, 7, 120, 14, 7, 10);

        assertThat(strict.evaluate(quiet().current(70, HealthBand.AMBER).previousBand(HealthBand.AMBER)
                .scoreOn(TODAY.minusDays(7), 75).build())).extracting(CtaProposal::reason).containsExactly(CtaReason.SCORE_DROP);
        assertThat(strict.evaluate(quiet().csat("SUP-9", 3, TODAY).build())).extracting(CtaProposal::reason)
                .containsExactly(CtaReason.LOW_CSAT);
        assertThat(strict.evaluate(quiet().csat("SUP-9", 1, TODAY.minusDays(7)).build())).isEmpty();
        assertThat(strict.evaluate(quiet().renewal(TODAY.plusDays(120)).build())).extracting(CtaProposal::reason)
                .containsExactly(CtaReason.RENEWAL_AT_RISK);
        assertThat(strict.evaluate(quiet().daysSinceTouchpoint(OptionalInt.of(14)).build())).hasSize(1);
        assertThat(strict.evaluate(quiet().nps(9, TODAY.minusDays(7)).build())).isEmpty();
        assertThat(strict.evaluate(quiet().usageGrowth(10).build())).hasSize(1);
    }

    @Test
    void shouldRefuseOutOfRangeParametersWhenConstructed() {
        assertThatThrownBy(() -> new CtaRuleSet(0, 30, 2, 30, 90, 30, 30, 20)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("score drop points");
        assertThatThrownBy(() -> new CtaRuleSet(101, 30, 2, 30, 90, 30, 30, 20)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CtaRuleSet(15, 0, 2, 30, 90, 30, 30, 20)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CtaRuleSet(15, 30, 4, 30, 90, 30, 30, 20)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("low CSAT");
        assertThatThrownBy(() -> new CtaRuleSet(15, 30, 0, 30, 90, 30, 30, 20)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CtaRuleSet(15, 30, 2, 0, 90, 30, 30, 20)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CtaRuleSet(15, 30, 2, 30, 0, 30, 30, 20)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CtaRuleSet(15, 30, 2, 30, 90, 0, 30, 20)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CtaRuleSet(15, 30, 2, 30, 90, 30, 0, 20)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CtaRuleSet(15, 30, 2, 30, 90, 30, 30, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThat(new CtaRuleSet(1, 1, 1, 1, 1, 1, 1, 0.1).scoreDropPoints()).isEqualTo(1);
        assertThat(new CtaRuleSet(100, 1, 3, 1, 1, 1, 1, 0.1).scoreDropPoints()).isEqualTo(100);
    }

    @Test
    void shouldListProposalsInReasonOrderWhenSeveralRulesFire() {
        CtaContext busy = quiet().previousBand(HealthBand.AMBER).current(30, HealthBand.RED)
                .scoreOn(TODAY.minusDays(3), 60).csat("SUP-1", 1, TODAY).renewal(TODAY.plusDays(75))
                .nps(10, TODAY).usageGrowth(50).onboardingOverdue().daysSinceTouchpoint(OptionalInt.empty()).build();

        assertThat(reasons(busy)).containsExactly(CtaReason.ENTERED_RED, CtaReason.SCORE_DROP, CtaReason.LOW_CSAT,
                CtaReason.RENEWAL_AT_RISK, CtaReason.PROMOTER, CtaReason.USAGE_GROWTH, CtaReason.RENEWAL_90,
                CtaReason.ONBOARDING_OVERDUE, CtaReason.NO_TOUCHPOINT);
    }

    @Test
    void shouldRefuseNegativeDaysSinceTouchpointWhenBuildingContext() {
        assertThatThrownBy(() -> quiet().daysSinceTouchpoint(OptionalInt.of(-1)).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("touchpoint");
    }
}
