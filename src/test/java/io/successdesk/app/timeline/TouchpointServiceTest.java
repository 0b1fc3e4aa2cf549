package io.successdesk.app.timeline;

import io.successdesk.app.change.TestAccountChanges;

import io.successdesk.app.InvalidInputException;
import io.successdesk.app.audit.AuditEntry;
import io.successdesk.app.audit.InMemoryAuditLog;
import io.successdesk.app.timeline.TouchpointService.LogTouchpoint;
import io.successdesk.domain.account.AccountKey;
import io.successdesk.domain.timeline.Sentiment;
import io.successdesk.domain.timeline.Touchpoint;
import io.successdesk.domain.timeline.TouchpointId;
import io.successdesk.domain.timeline.TouchpointType;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class TouchpointServiceTest {

    private static final Instant NOW = Instant.parse("2026-03-10T12:00:00Z");
    private static final AccountKey ACME = AccountKey.of("ACME");

    private final InMemoryTouchpointStore store = new InMemoryTouchpointStore();
    private final InMemoryAuditLog audit = new InMemoryAuditLog();
    private final TouchpointService service = new TouchpointService(store, audit, Clock.fixed(NOW, ZoneOffset.UTC),
            TestAccountChanges.discarding(), () -> new UUID(0, 1));

    @Test
    void shouldStoreAndAuditATouchpointAuthoredByTheActorWhenValid() {
        Touchpoint logged = service.log(new LogTouchpoint("ACME", TouchpointType.CALL, NOW.minusSeconds(3600),
                "  Discussed renewal  ", Sentiment.POSITIVE), "csm.jane");
        assertThat(logged.id()).isEqualTo(new TouchpointId(new UUID(0, 1)));
        assertThat(logged.summary()).isEqualTo("Discussed renewal");
        assertThat(logged.author()).isEqualTo("csm.jane");
        assertThat(logged.sentiment()).contains(Sentiment.POSITIVE);
        assertThat(store.get(logged.id())).contains(logged);
        AuditEntry entry = audit.all().get(0);
        assertThat(entry.action()).isEqualTo("touchpoint.log");
        assertThat(entry.at()).isEqualTo(NOW);
        assertThat(entry.subjectId()).isEqualTo(logged.id().toString());
        assertThat(entry.after()).hasValueSatisfying(after -> assertThat(after).contains("account=ACME", "type=CALL"));
    }

    @Test
    void shouldAcceptATouchpointAtThisVeryInstantButNotOneMillisecondLater() {
        assertThat(service.log(new LogTouchpoint("ACME", TouchpointType.NOTE, NOW, "n", null), "u").sentiment()).isEmpty();
        InvalidInputException error = catchThrowableOfType(InvalidInputException.class, () -> service.log(
                new LogTouchpoint("ACME", TouchpointType.NOTE, NOW.plusMillis(1), "n", null), "u"));
        assertThat(error.errors()).containsOnlyKeys("occurredAt");
    }

    @Test
    void shouldNameEveryBadFieldAndStoreNothingWhenInvalid() {
        InvalidInputException error = catchThrowableOfType(InvalidInputException.class,
                () -> service.log(new LogTouchpoint("acme", null, null, "x".repeat(2001), null), "csm.jane"));
        assertThat(error.errors()).containsOnlyKeys("account", "type", "occurredAt", "summary");
        assertThat(store.newestFirst(ACME, Optional.empty(), 10)).isEmpty();
        assertThat(audit.all()).isEmpty();
    }
}
