package io.successdesk.domain.cta;

import io.successdesk.domain.account.AccountKey;
import nl.jqno.equalsverifier.EqualsVerifier;
import nl.jqno.equalsverifier.Warning;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CtaDeduplicationTest {

    static final AccountKey ACME = AccountKey.of("ACME");
    static final AccountKey GLOBEX = AccountKey.of("GLOBEX");
    static final Instant NOW = Instant.parse("2026-03-31T12:00:00Z");
    static final LocalDate TODAY = LocalDate.of(2026, 3, 31);

    static CtaProposal proposal(AccountKey account, CtaReason reason) {
        return new CtaProposal(CtaDedupKey.of(account, reason), CtaFactsFixtures.sample(reason), List.of());
    }

    @Test
    void shouldDropProposalsMatchingAnOpenOrSnoozedCta() {
        Cta open = Cta.open("1", proposal(ACME, CtaReason.ENTERED_RED), NOW);
        Cta snoozed = Cta.open("2", proposal(ACME, CtaReason.LOW_CSAT), NOW).snooze(TODAY.plusDays(3), "later", TODAY);
        Cta closed = Cta.open("3", proposal(ACME, CtaReason.NO_TOUCHPOINT), NOW).close(NOW);
        List<CtaProposal> proposals = List.of(proposal(ACME, CtaReason.ENTERED_RED), proposal(ACME, CtaReason.LOW_CSAT),
                proposal(ACME, CtaReason.NO_TOUCHPOINT), proposal(GLOBEX, CtaReason.ENTERED_RED),
                proposal(ACME, CtaReason.SCORE_DROP));

        List<CtaProposal> fresh = CtaDeduplication.newProposals(proposals, List.of(open, snoozed, closed));

        assertThat(fresh).extracting(CtaProposal::key).containsExactly(
                CtaDedupKey.of(ACME, CtaReason.NO_TOUCHPOINT), CtaDedupKey.of(GLOBEX, CtaReason.ENTERED_RED),
                CtaDedupKey.of(ACME, CtaReason.SCORE_DROP));
    }

    @Test
    void shouldKeepOnlyTheFirstOfRepeatedProposals() {
        List<CtaProposal> fresh = CtaDeduplication.newProposals(
                List.of(proposal(ACME, CtaReason.PROMOTER), proposal(ACME, CtaReason.PROMOTER)), List.of());

        assertThat(fresh).hasSize(1);
    }

    @Test
    void shouldRefuseKeyWhoseTypeDoesNotMatchReason() {
        assertThatThrownBy(() -> new CtaDedupKey(ACME, CtaType.OPPORTUNITY, CtaReason.ENTERED_RED))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("RISK");
        assertThat(CtaDedupKey.of(ACME, CtaReason.RENEWAL_30)).hasToString("ACME:LIFECYCLE:RENEWAL_30")
                .isEqualTo(new CtaDedupKey(ACME, CtaType.LIFECYCLE, CtaReason.RENEWAL_30))
                .isNotEqualTo(CtaDedupKey.of(GLOBEX, CtaReason.RENEWAL_30))
                .isNotEqualTo(CtaDedupKey.of(ACME, CtaReason.RENEWAL_60));
    }

    @Test
    void shouldMapEveryReasonToItsProductType() {
        assertThat(List.of(CtaReason.values())).extracting(CtaReason::type).containsExactly(
                CtaType.RISK, CtaType.RISK, CtaType.RISK, CtaType.RISK,
                CtaType.OPPORTUNITY, CtaType.OPPORTUNITY, CtaType.OPPORTUNITY,
                CtaType.LIFECYCLE, CtaType.LIFECYCLE, CtaType.LIFECYCLE, CtaType.LIFECYCLE,
                CtaType.ACTIVITY);
    }

    @ParameterizedTest
    @ValueSource(classes = {Snooze.class, ScorePoint.class, NpsAnswer.class, CsatAnswer.class})
    void shouldHonourEqualsContractWhenComparingSignalRecords(Class<?> type) {
        EqualsVerifier.forClass(type).suppress(Warning.NULL_FIELDS).verify();
    }
}
