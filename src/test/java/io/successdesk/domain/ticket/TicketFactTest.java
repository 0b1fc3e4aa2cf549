package io.successdesk.domain.ticket;

import io.successdesk.domain.account.MatchRule;
import nl.jqno.equalsverifier.EqualsVerifier;
import nl.jqno.equalsverifier.Warning;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Optional;

import static io.successdesk.domain.ticket.TicketFacts.ACME;
import static io.successdesk.domain.ticket.TicketFacts.open;
import static io.successdesk.domain.ticket.TicketFacts.resolved;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TicketFactTest {

    private static final Instant CREATED = Instant.parse("2025-03-01T10:00:00Z");

    @Test
    void shouldHonourEqualsContractOfKindCounts() {
        EqualsVerifier.forClass(KindCounts.class).suppress(Warning.NULL_FIELDS).verify();
    }

    @Test
    void shouldRefuseFactWhenFieldsContradictEachOther() {
        assertThatThrownBy(() -> fact(0, "SUP-1", "SUP", Optional.empty(), Optional.empty(), 0, 1))
                .hasMessageContaining("issue id must be positive");
        assertThatThrownBy(() -> fact(1, "DEV-1", "SUP", Optional.empty(), Optional.empty(), 0, 1))
                .hasMessageContaining("is not an issue of project SUP");
        assertThatThrownBy(() -> fact(1, "SUP-0", "SUP", Optional.empty(), Optional.empty(), 0, 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> fact(1, "SUP-1", "SUP", Optional.of(CREATED.minusNanos(1)), Optional.empty(), 0, 1))
                .hasMessageContaining("first response");
        assertThatThrownBy(() -> fact(1, "SUP-1", "SUP", Optional.empty(), Optional.of(CREATED.minusNanos(1)), 0, 1))
                .hasMessageContaining("resolution");
        assertThatThrownBy(() -> fact(1, "SUP-1", "SUP", Optional.empty(), Optional.empty(), -1, 1))
                .hasMessageContaining("reopen count");
        assertThatThrownBy(() -> fact(1, "SUP-1", "SUP", Optional.empty(), Optional.empty(), 0, 0))
                .hasMessageContaining("priority rank");
    }

    @Test
    void shouldAcceptResponseAndResolutionAtTheCreationInstant() {
        TicketFact instant = fact(1, "SUP-1", "SUP", Optional.of(CREATED), Optional.of(CREATED), 0, 1);
        assertThat(instant.firstResponse()).contains(CREATED);
    }

    @Test
    void shouldBeOpenFromCreationUntilResolutionExclusive() {
        TicketFact ticket = resolved(open(1, "2025-03-01T10:00:00Z"), "2025-03-02T10:00:00Z", 0);
        assertThat(ticket.isOpenAt(Instant.parse("2025-03-01T10:00:00Z"))).isFalse();
        assertThat(ticket.isOpenAt(Instant.parse("2025-03-01T10:00:00.000000001Z"))).isTrue();
        assertThat(ticket.isOpenAt(Instant.parse("2025-03-02T10:00:00Z"))).isTrue();
        assertThat(ticket.isOpenAt(Instant.parse("2025-03-02T10:00:00.000000001Z"))).isFalse();
    }

    @Test
    void shouldCountDoneTicketWithoutResolutionAsClosedAndOthersAsOpen() {
        TicketFact unresolved = open(1, "2025-03-01T10:00:00Z");
        Instant later = Instant.parse("2025-06-01T00:00:00Z");
        assertThat(unresolved.isOpenAt(later)).isTrue();
        assertThat(TicketFacts.inStatus(unresolved, StatusCategory.IN_PROGRESS).isOpenAt(later)).isTrue();
        assertThat(TicketFacts.inStatus(unresolved, StatusCategory.DONE).isOpenAt(later)).isFalse();
    }

    @Test
    void shouldCountRanksUpToTheLowestHighRankAsHighPriority() {
        TicketFact rankTwo = TicketFacts.with(open(1, "2025-03-01T10:00:00Z"), TicketKind.DEFECT, 2);
        assertThat(rankTwo.isHighPriority(2)).isTrue();
        assertThat(rankTwo.isHighPriority(1)).isFalse();
        assertThat(rankTwo.isHighPriority(3)).isTrue();
    }

    @Test
    void shouldSayReopenedOnlyWhenReopenCountIsPositive() {
        assertThat(resolved(open(1, "2025-03-01T10:00:00Z"), "2025-03-02T00:00:00Z", 0).wasReopened()).isFalse();
        assertThat(resolved(open(1, "2025-03-01T10:00:00Z"), "2025-03-02T00:00:00Z", 1).wasReopened()).isTrue();
    }

    private static TicketFact fact(long id, String key, String project, Optional<Instant> response,
                                   Optional<Instant> resolution, int reopens, int rank) {
        return new TicketFact(id, key, ACME, project, CREATED, response, resolution, reopens, rank,
                StatusCategory.IN_PROGRESS, TicketKind.DEFECT, MatchRule.JSM_ORGANIZATION);
    }
}
