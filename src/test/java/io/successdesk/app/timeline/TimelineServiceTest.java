package io.successdesk.app.timeline;

import io.successdesk.app.change.TestAccountChanges;

import io.successdesk.app.InvalidInputException;
import io.successdesk.app.audit.InMemoryAuditLog;
import io.successdesk.app.timeline.TouchpointService.LogTouchpoint;
import io.successdesk.domain.account.AccountKey;
import io.successdesk.domain.timeline.TimelineEntry;
import io.successdesk.domain.timeline.TimelineKind;
import io.successdesk.domain.timeline.TimelinePage;
import io.successdesk.domain.timeline.TouchpointType;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class TimelineServiceTest {

    private static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");
    private static final AccountKey ACME = AccountKey.of("ACME");

    private final InMemoryTouchpointStore touchpoints = new InMemoryTouchpointStore();
    private final AtomicLong ids = new AtomicLong();
    private final TouchpointService touchpointService = new TouchpointService(touchpoints, new InMemoryAuditLog(),
            Clock.fixed(T0.plusSeconds(3600), ZoneOffset.UTC), TestAccountChanges.discarding(),
            () -> new UUID(0, ids.incrementAndGet()));
    private final ListTimelineSource tickets = new ListTimelineSource(Map.of(ACME, List.of(
            TimelineEntry.of(T0.plusSeconds(30), TimelineKind.TICKET, "SUP-2", "Ticket SUP-2 opened"),
            TimelineEntry.of(T0, TimelineKind.TICKET, "SUP-1", "Ticket SUP-1 opened"))));
    private final TimelineService service = new TimelineService(
            List.of(new TouchpointTimelineSource(touchpoints), tickets));

    private void logAt(long secondsAfterT0, String summary) {
        touchpointService.log(new LogTouchpoint("ACME", TouchpointType.CALL, T0.plusSeconds(secondsAfterT0), summary, null),
                "csm.jane");
    }

    @Test
    void shouldMergeTouchpointsWithOtherSourcesAndPageByCursor() {
        logAt(40, "newest");
        logAt(0, "same instant as SUP-1"); // tie at T0: TICKET comes before TOUCHPOINT
        logAt(20, "middle");

        TimelinePage first = service.page(ACME, Optional.empty(), 3);
        assertThat(first.entries()).extracting(TimelineEntry::title)
                .containsExactly("Call: newest", "Ticket SUP-2 opened", "Call: middle");
        assertThat(first.hasMore()).isTrue();

        TimelinePage second = service.page(ACME, first.next().map(position -> position.token()), 3);
        assertThat(second.entries()).extracting(TimelineEntry::title)
                .containsExactly("Ticket SUP-1 opened", "Call: same instant as SUP-1");
        assertThat(second.hasMore()).isFalse();
    }

    @Test
    void shouldContinueAfterACursorSplittingATieAcrossSources() {
        logAt(0, "tied");
        TimelinePage first = service.page(ACME, Optional.empty(), 2);
        assertThat(first.entries()).extracting(TimelineEntry::referenceId).containsExactly("SUP-2", "SUP-1");
        TimelinePage second = service.page(ACME, first.next().map(position -> position.token()), 2);
        assertThat(second.entries()).extracting(TimelineEntry::title).containsExactly("Call: tied");
    }

    @Test
    void shouldOfferANextPageWhenASingleSourceHoldsOneEntryMoreThanThePage() {
        // no touchpoints; tickets hold 2 entries, page size 1: only fetching limit + 1 reveals the second
        TimelinePage page = service.page(ACME, Optional.empty(), 1);
        assertThat(page.entries()).extracting(TimelineEntry::referenceId).containsExactly("SUP-2");
        assertThat(page.hasMore()).isTrue();
    }

    @Test
    void shouldShowAnEmptyTimelineForAnAccountWithoutHistory() {
        TimelinePage page = service.page(AccountKey.of("NEW"), Optional.empty(), 50);
        assertThat(page.entries()).isEmpty();
        assertThat(page.hasMore()).isFalse();
    }

    @Test
    void shouldRefuseABadCursorOrPageSizeNamingTheField() {
        assertThat(catchThrowableOfType(InvalidInputException.class,
                () -> service.page(ACME, Optional.of("garbage"), 10)).errors()).containsOnlyKeys("cursor");
        assertThat(catchThrowableOfType(InvalidInputException.class,
                () -> service.page(ACME, Optional.empty(), 0)).errors()).containsOnlyKeys("limit");
        assertThat(catchThrowableOfType(InvalidInputException.class,
                () -> service.page(ACME, Optional.empty(), 201)).errors()).containsOnlyKeys("limit");
        assertThat(service.page(ACME, Optional.empty(), 200).entries()).hasSize(2);
    }
}
