package io.successdesk.domain.cta;

import io.successdesk.domain.health.HealthBand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CtaFactsTest {

    static final LocalDate DAY = LocalDate.of(2026, 3, 31);

    @ParameterizedTest
    @EnumSource(CtaReason.class)
    void shouldRecordExactlyTheRequiredAndKnownOptionalFactsOfEachReason(CtaReason reason) {
        CtaFacts sample = CtaFactsFixtures.sample(reason);

        assertThat(sample.reason()).isEqualTo(reason);
        assertThat(sample.values().keySet()).containsAll(CtaFacts.required(reason));
        assertThat(sample.isLegacy()).isFalse();
        assertThat(CtaIssueText.explanation(sample)).isNotBlank().doesNotContain("null");
    }

    @Test
    void shouldRefuseMissingUnknownOrMistypedFactsWhenConstructed() {
        assertThatThrownBy(() -> new CtaFacts(CtaReason.RENEWAL_90, Map.of())).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("RENEWAL_DATE");
        assertThatThrownBy(() -> new CtaFacts(CtaReason.RENEWAL_90, Map.of(CtaFact.RENEWAL_DATE, DAY, CtaFact.COUNT, 75)))
                .as("a day count is no renewal fact").isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CtaFacts(CtaReason.RENEWAL_90, Map.of(CtaFact.RENEWAL_DATE, "2026-06-14")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("renewalDate");
        assertThatThrownBy(() -> CtaFacts.lowCsat(1, 2, DAY, List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CtaFacts.legacy(CtaReason.PROMOTER, " ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CtaFacts(CtaReason.PROMOTER, Map.of(CtaFact.LEGACY_TEXT, "x", CtaFact.COUNT, 1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shouldCarryTheOldSentenceWhenLegacy() {
        CtaFacts legacy = CtaFacts.legacy(CtaReason.RENEWAL_AT_RISK, "Renewal in 75 days and health is amber.");

        assertThat(legacy.isLegacy()).isTrue();
        assertThat(legacy.legacyText()).contains("Renewal in 75 days and health is amber.");
        assertThat(CtaIssueText.explanation(legacy)).isEqualTo("Renewal in 75 days and health is amber.");
    }

    @Test
    void shouldAnswerTypedValuesAndRefuseAskingAFactAsTheWrongKind() {
        CtaFacts facts = CtaFacts.renewalAtRisk(DAY, java.util.Optional.of(HealthBand.RED));

        assertThat(facts.date(CtaFact.RENEWAL_DATE)).contains(DAY);
        assertThat(facts.band(CtaFact.BAND)).contains(HealthBand.RED);
        assertThat(facts.count(CtaFact.COUNT)).isEmpty();
        assertThatThrownBy(() -> facts.date(CtaFact.BAND)).isInstanceOf(IllegalArgumentException.class);
        assertThat(CtaFact.RENEWAL_DATE.member()).isEqualTo("renewalDate");
        assertThat(CtaFact.LEGACY_TEXT.member()).isEqualTo("legacyText");
    }

    @Test
    void shouldBeEqualByReasonAndValues() {
        assertThat(CtaFacts.promoters(2, DAY)).isEqualTo(new CtaFacts(CtaReason.PROMOTER,
                Map.of(CtaFact.SINCE, DAY, CtaFact.COUNT, 2))).hasSameHashCodeAs(CtaFacts.promoters(2, DAY));
        assertThat(CtaFacts.promoters(2, DAY)).isNotEqualTo(CtaFacts.promoters(3, DAY));
    }
}
