package io.successdesk.app.health;

import io.successdesk.app.account.InMemoryAccountStore;
import io.successdesk.app.audit.AuditEntry;
import io.successdesk.app.audit.InMemoryAuditLog;
import io.successdesk.app.timeline.TimelineWalks;
import io.successdesk.domain.account.AccountFixtures;
import io.successdesk.domain.account.AccountKey;
import io.successdesk.domain.health.HealthBand;
import io.successdesk.domain.health.HealthScore;
import io.successdesk.domain.health.HealthSnapshot;
import io.successdesk.domain.timeline.TimelineEntry;
import io.successdesk.domain.timeline.TimelineKind;
import io.successdesk.domain.timeline.TimelinePosition;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class HealthTimelineSourceTest {

    private static final AccountKey ACME = AccountKey.of("ACME");
    private static final LocalDate DAY = LocalDate.of(2026, 3, 10);

    private final InMemoryHealthHistory history = new InMemoryHealthHistory();
    private final InMemoryAuditLog audit = new InMemoryAuditLog();
    private final InMemoryAccountStore accounts = new InMemoryAccountStore();
    private final HealthTimelineSource source = new HealthTimelineSource(history, audit, accounts);

    private void snapshot(LocalDate day, HealthBand band, double score) {
        Optional<HealthScore> scored = Optional.of(HealthScore.of(score));
        history.save(new HealthSnapshot(ACME, day, scored, Optional.of(band), scored, Optional.of(band), false, Map.of(), "v1"));
    }

    private void audited(Instant at, String action, String subject) {
        audit.record(new AuditEntry(at, "csm", action, "account", subject, Optional.empty(), Optional.empty()));
    }

    /**
     * Band changes at the start of their day and manual changes of the same day merge newest first; paging one at a
     * time from each cursor — including one on a band change's own day — lists each exactly once. Entries audited for
     * an earlier account of the key, another account or another subject never show.
     */
    @Test
    void shouldMergeBandChangesWithManualChangesSinceTheAccountWasCreated() {
        accounts.create(AccountFixtures.minimal("ACME"));
        Instant created = accounts.get(ACME).orElseThrow().createdAt();
        snapshot(DAY, HealthBand.GREEN, 80);
        snapshot(DAY.plusDays(1), HealthBand.RED, 20);
        snapshot(DAY.plusDays(2), HealthBand.RED, 22);
        snapshot(DAY.plusDays(3), HealthBand.AMBER, 55);
        Instant dayTwoNoon = DAY.plusDays(1).atStartOfDay(java.time.ZoneOffset.UTC).toInstant().plusSeconds(43_200);
        audited(dayTwoNoon, "health.override.set", "ACME");
        audited(dayTwoNoon.plusSeconds(60), "health.input", "ACME");
        audited(dayTwoNoon.plusSeconds(90), "health.override.set", "GLOBEX");
        audited(dayTwoNoon.plusSeconds(120), "account.update", "ACME");
        audited(created.minusSeconds(1), "health.override.set", "ACME");

        List<TimelineEntry> all = source.entries(ACME, Optional.empty(), 10);
        assertThat(all).extracting(entry -> entry.referenceId().contains("-") ? entry.details().get("to")
                        : entry.details().get("action"))
                .containsExactly("amber", "health.input", "health.override.set", "red");
        assertThat(all.get(0).details()).containsEntry("from", "red").containsEntry("score", "55");
        assertThat(all.get(0).position().token()).isEqualTo("2026-03-13T00:00:00Z~HEALTH_CHANGE~2026-03-13");

        assertThat(TimelineWalks.oneByOne(source, ACME)).containsExactlyElementsOf(all);
        assertThat(source.entries(ACME, Optional.of(new TimelinePosition(all.get(3).at(), TimelineKind.TICKET, "SUP-1")), 5))
                .as("a ticket of the same instant comes first").containsExactly(all.get(3));
    }
}
