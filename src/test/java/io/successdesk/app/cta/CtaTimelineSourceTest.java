package io.successdesk.app.cta;

import io.successdesk.app.MutableClock;
import io.successdesk.app.audit.InMemoryAuditLog;
import io.successdesk.app.change.InMemoryAccountChangeLog;
import io.successdesk.app.change.TestAccountChanges;
import io.successdesk.app.timeline.TimelineWalks;
import io.successdesk.domain.account.AccountKey;
import io.successdesk.domain.cta.Cta;
import io.successdesk.domain.cta.CtaContextBuilder;
import io.successdesk.domain.cta.CtaRuleSet;
import io.successdesk.domain.health.HealthBand;
import io.successdesk.domain.timeline.TimelineEntry;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class CtaTimelineSourceTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 31);
    private static final AccountKey ACME = AccountKey.of("ACME");

    private final InMemoryCtaStore store = new InMemoryCtaStore();
    private final InMemoryAuditLog audit = new InMemoryAuditLog();
    private final MutableClock clock = new MutableClock(TODAY.atTime(9, 0).toInstant(ZoneOffset.UTC));
    private final CtaService service = new CtaService(store, new RecordingCtaSink(false), () -> CtaRuleSet.DEFAULTS,
            audit, clock, TestAccountChanges.over(new InMemoryAccountChangeLog()));
    private final CtaTimelineSource source = new CtaTimelineSource(store, audit);

    /**
     * A CTA opened, snoozed, reopened and closed, each a minute apart, reads as four entries newest first — the opening
     * from the CTA, the later steps from the audit trail — and paging one at a time from each cursor lists each once.
     */
    @Test
    void shouldListWhenACtaWasOpenedAndEveryLaterStepNewestFirst() {
        Cta red = service.openIssues(service.evaluate(CtaContextBuilder.quiet(ACME, TODAY).previousBand(HealthBand.AMBER)
                .current(40, HealthBand.RED).build())).get(0);
        clock.advance(Duration.ofMinutes(1));
        service.snooze(red.id(), TODAY.plusDays(5), "customer on holiday", "csm1");
        clock.advance(Duration.ofMinutes(1));
        service.reopen(red.id(), "csm1");
        clock.advance(Duration.ofMinutes(1));
        service.close(red.id(), "called them", "csm1");

        List<TimelineEntry> all = source.entries(ACME, Optional.empty(), 10);

        assertThat(all).extracting(entry -> entry.details().getOrDefault("action", "opened"))
                .containsExactly("cta.close", "cta.reopen", "cta.snooze", "opened");
        assertThat(all).allSatisfy(entry -> assertThat(entry.details()).containsEntry("reason", "entered-red"));
        assertThat(all.get(3).referenceId()).isEqualTo(red.id());
        assertThat(TimelineWalks.oneByOne(source, ACME)).containsExactlyElementsOf(all);
        assertThat(source.entries(AccountKey.of("GLOBEX"), Optional.empty(), 10)).isEmpty();
    }
}
