package io.successdesk.domain.cta;

import io.successdesk.domain.account.AccountKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CtaTest {

    static final AccountKey ACME = AccountKey.of("ACME");
    static final LocalDate TODAY = LocalDate.of(2026, 3, 31);
    static final Instant NOW = Instant.parse("2026-03-31T12:00:00Z");
    static final CtaProposal LOW_CSAT = new CtaProposal(CtaDedupKey.of(ACME, CtaReason.LOW_CSAT),
            CtaFacts.lowCsat(1, 2, TODAY.minusDays(29), List.of("SUP-7")), List.of("SUP-7"));

    static Cta open() {
        return Cta.open("cta-1", LOW_CSAT, NOW);
    }

    @Test
    void shouldStartOpenWithTheProposalsContentWhenCreated() {
        Cta cta = open();

        assertThat(cta.status()).isEqualTo(CtaStatus.OPEN);
        assertThat(cta.key()).isEqualTo(LOW_CSAT.key());
        assertThat(cta.account()).isEqualTo(ACME);
        assertThat(cta.facts()).isEqualTo(LOW_CSAT.facts());
        assertThat(cta.triggeringIssueKeys()).containsExactly("SUP-7");
        assertThat(cta.created()).isEqualTo(NOW);
        assertThat(cta.snooze()).isEmpty();
        assertThat(cta.closedAt()).isEmpty();
        assertThat(cta.jiraIssueKey()).isEmpty();
    }

    @Test
    void shouldSnoozeAndReopenWhenOpen() {
        Cta snoozed = open().snooze(TODAY.plusDays(1), "waiting for the customer", TODAY);

        assertThat(snoozed.status()).isEqualTo(CtaStatus.SNOOZED);
        assertThat(snoozed.snooze()).contains(new Snooze(TODAY.plusDays(1), "waiting for the customer"));
        Cta reopened = snoozed.reopen();
        assertThat(reopened.status()).isEqualTo(CtaStatus.OPEN);
        assertThat(reopened.snooze()).isEmpty();
    }

    @Test
    void shouldRefuseSnoozeUntilTodayOrEarlierOrWithoutReason() {
        assertThatThrownBy(() -> open().snooze(TODAY, "later", TODAY)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("later day");
        assertThatThrownBy(() -> open().snooze(TODAY.plusDays(3), " ", TODAY)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("reason");
    }

    @Test
    void shouldBeOverWhenSnoozeDateHasCome() {
        Cta snoozed = open().snooze(TODAY.plusDays(2), "later", TODAY);

        assertThat(snoozed.isSnoozeOver(TODAY.plusDays(1))).isFalse();
        assertThat(snoozed.isSnoozeOver(TODAY.plusDays(2))).isTrue();
        assertThat(snoozed.isSnoozeOver(TODAY.plusDays(3))).isTrue();
        assertThat(open().isSnoozeOver(TODAY.plusDays(3))).isFalse();
    }

    @Test
    void shouldCloseFromOpenOrSnoozedAndKeepIssueKey() {
        Cta closed = open().withJiraIssue("CS-4").close(NOW.plusSeconds(60));
        Cta closedWhileSnoozed = open().snooze(TODAY.plusDays(5), "later", TODAY).close(NOW);

        assertThat(closed.status()).isEqualTo(CtaStatus.CLOSED);
        assertThat(closed.closedAt()).contains(NOW.plusSeconds(60));
        assertThat(closed.jiraIssueKey()).contains("CS-4");
        assertThat(closedWhileSnoozed.status()).isEqualTo(CtaStatus.CLOSED);
        assertThat(closedWhileSnoozed.snooze()).isEmpty();
    }

    @Test
    void shouldRefuseIllegalTransitionsWithReason() {
        Cta closed = open().close(NOW);

        assertThatThrownBy(() -> open().reopen()).isInstanceOf(IllegalCtaTransitionException.class)
                .hasMessage("CTA cta-1 cannot move from OPEN to OPEN; from OPEN it may only move to [SNOOZED, CLOSED]");
        assertThatThrownBy(closed::reopen).isInstanceOf(IllegalCtaTransitionException.class)
                .hasMessage("CTA cta-1 cannot move from CLOSED to OPEN; CLOSED is final");
        assertThatThrownBy(() -> closed.snooze(TODAY.plusDays(1), "x", TODAY)).isInstanceOf(IllegalCtaTransitionException.class);
        assertThatThrownBy(() -> closed.close(NOW)).isInstanceOf(IllegalCtaTransitionException.class);
        Cta snoozed = open().snooze(TODAY.plusDays(1), "x", TODAY);
        assertThatThrownBy(() -> snoozed.snooze(TODAY.plusDays(2), "y", TODAY))
                .isInstanceOfSatisfying(IllegalCtaTransitionException.class, e -> {
                    assertThat(e.from()).isEqualTo(CtaStatus.SNOOZED);
                    assertThat(e.to()).isEqualTo(CtaStatus.SNOOZED);
                });
    }

    @ParameterizedTest(name = "{0} → {1}: {2}")
    @CsvSource({
            "OPEN, OPEN, false", "OPEN, SNOOZED, true", "OPEN, CLOSED, true",
            "SNOOZED, OPEN, true", "SNOOZED, SNOOZED, false", "SNOOZED, CLOSED, true",
            "CLOSED, OPEN, false", "CLOSED, SNOOZED, false", "CLOSED, CLOSED, false"
    })
    void shouldListExactlyTheLegalTransitionsWhenAsked(CtaStatus from, CtaStatus to, boolean legal) {
        assertThat(from.canMoveTo(to)).isEqualTo(legal);
    }

    @Test
    void shouldCountOnlyOpenAndSnoozedAsActive() {
        assertThat(EnumSet.allOf(CtaStatus.class).stream().filter(CtaStatus::isActive))
                .containsExactly(CtaStatus.OPEN, CtaStatus.SNOOZED);
    }

    @Test
    void shouldRefuseInconsistentStateWhenConstructed() {
        CtaFacts e = LOW_CSAT.facts();
        assertThatThrownBy(() -> new Cta("x", LOW_CSAT.key(), e, List.of(), CtaStatus.SNOOZED, NOW, Optional.empty(),
                Optional.empty(), Optional.empty())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Cta("x", LOW_CSAT.key(), e, List.of(), CtaStatus.OPEN, NOW, Optional.empty(),
                Optional.of(NOW), Optional.empty())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Cta(" ", LOW_CSAT.key(), e, List.of(), CtaStatus.OPEN, NOW, Optional.empty(),
                Optional.empty(), Optional.empty())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> open().withJiraIssue(" ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Cta("x", LOW_CSAT.key(), CtaFacts.onboardingOverdue(), List.of(), CtaStatus.OPEN, NOW,
                Optional.empty(), Optional.empty(), Optional.empty())).as("facts of another reason")
                .isInstanceOf(IllegalArgumentException.class);
    }
}
