package io.successdesk.app.cta;

import io.successdesk.app.refresh.AppFixture;
import io.successdesk.domain.account.AccountFixtures;
import io.successdesk.domain.account.AccountKey;
import io.successdesk.domain.cta.CsatAnswer;
import io.successdesk.domain.cta.CtaContext;
import io.successdesk.domain.cta.NpsAnswer;
import io.successdesk.domain.cta.ScorePoint;
import io.successdesk.domain.health.HealthBand;
import io.successdesk.domain.health.HealthScore;
import io.successdesk.domain.health.HealthScorecard;
import io.successdesk.domain.ticket.TicketFacts;
import io.successdesk.domain.timeline.Touchpoint;
import io.successdesk.domain.timeline.TouchpointId;
import io.successdesk.domain.timeline.TouchpointType;
import io.successdesk.domain.voc.CsatRating;
import io.successdesk.domain.voc.CsatResponse;
import io.successdesk.domain.voc.CsatSource;
import io.successdesk.domain.voc.NpsResponse;
import io.successdesk.domain.voc.NpsScore;
import io.successdesk.domain.voc.NpsSource;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class CtaContextAssemblerTest {

    static final Instant NOW = Instant.parse("2026-03-31T12:00:00Z");
    static final LocalDate TODAY = LocalDate.of(2026, 3, 31);
    static final AccountKey ACME = TicketFacts.ACME;

    final AppFixture app = new AppFixture(NOW, HealthScorecard.defaults());

    @Test
    void shouldAssembleEverySignalWhenTheAccountHasHistory() {
        app.accounts.create(AccountFixtures.full("ACME", "acme.test", 7, "crm-1"));
        app.history.save(AppFixture.snapshot(ACME, TODAY.minusDays(31), 95));   // outside the 30-day drop window
        app.history.save(AppFixture.snapshot(ACME, TODAY.minusDays(30), 80));
        app.history.save(AppFixture.snapshot(ACME, TODAY.minusDays(1), 70));    // latest before today: amber
        app.ledger.upsert(TicketFacts.open(12, "2026-03-01T10:00:00Z"));
        app.csatStore.add(csat("low", 12L, 2, "2026-03-20T10:00:00Z"));      // rates SUP-12
        app.csatStore.add(csat("loose", null, 1, "2026-03-21T10:00:00Z"));   // no issue: cannot be named
        app.csatStore.add(csat("old", 12L, 1, "2026-02-20T10:00:00Z"));      // older than 30 days
        app.npsStore.add(new NpsResponse("n1", NpsSource.IMPORT, ACME, NpsScore.of(10), Optional.empty(),
                Optional.empty(), Instant.parse("2026-03-25T08:00:00Z")));
        app.npsStore.add(new NpsResponse("n0", NpsSource.IMPORT, ACME, NpsScore.of(9), Optional.empty(),
                Optional.empty(), Instant.parse("2026-02-25T08:00:00Z")));   // older than 30 days
        app.touchpoints.save(new Touchpoint(new TouchpointId(UUID.randomUUID()), ACME, TouchpointType.EMAIL,
                Instant.parse("2026-02-27T23:59:00Z"), "renewal mail", Optional.empty(), "csm-anna"));

        CtaContext context = app.contexts.assemble(ACME, Optional.of(HealthScore.of(40)), Optional.of(HealthBand.RED));

        assertThat(context.account()).isEqualTo(ACME);
        assertThat(context.today()).isEqualTo(TODAY);
        assertThat(context.previousBand()).contains(HealthBand.AMBER);
        assertThat(context.currentBand()).contains(HealthBand.RED);
        assertThat(context.currentScore()).contains(HealthScore.of(40));
        assertThat(context.scoreHistory()).containsExactlyInAnyOrder(
                new ScorePoint(TODAY.minusDays(30), HealthScore.of(80)), new ScorePoint(TODAY.minusDays(1), HealthScore.of(70)));
        assertThat(context.renewalDate()).contains(LocalDate.of(2026, 6, 1));
        assertThat(context.daysSinceLastTouchpoint()).hasValue(32);   // 02-27 → 03-31
        assertThat(context.csatAnswers()).containsExactly(
                new CsatAnswer("SUP-12", CsatRating.of(2), LocalDate.of(2026, 3, 20)));
        assertThat(context.npsAnswers()).containsExactly(new NpsAnswer(NpsScore.of(10), LocalDate.of(2026, 3, 25)));
        assertThat(context.usageGrowthPercent()).isEmpty();
        assertThat(context.onboardingOverdue()).isFalse();
    }

    @Test
    void shouldLeaveSignalsEmptyWhenTheAccountIsNew() {
        app.accounts.create(AccountFixtures.minimal("ACME"));

        CtaContext context = app.contexts.assemble(ACME, Optional.empty(), Optional.empty());

        assertThat(context.previousBand()).isEmpty();
        assertThat(context.scoreHistory()).isEmpty();
        assertThat(context.renewalDate()).isEmpty();
        assertThat(context.daysSinceLastTouchpoint()).isEmpty();
        assertThat(context.csatAnswers()).isEmpty();
        assertThat(context.npsAnswers()).isEmpty();
    }

    private static CsatResponse csat(String id, Long issueId, int rating, String answeredAt) {
        return new CsatResponse(id, CsatSource.JSM, ACME, Optional.ofNullable(issueId), Optional.of("SUP"),
                CsatRating.of(rating), Optional.empty(), Instant.parse(answeredAt), Optional.empty());
    }
}
