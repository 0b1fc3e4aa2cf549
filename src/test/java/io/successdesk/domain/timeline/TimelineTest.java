package io.successdesk.domain.timeline;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TimelineTest {

    private static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");

    private static TimelineEntry entry(long secondsAfterT0, TimelineKind kind, String ref) {
        return TimelineEntry.of(T0.plusSeconds(secondsAfterT0), kind, ref, kind + " " + ref);
    }

    @Example
    void shouldMergeSourcesNewestFirstWhenTheyInterleave() {
        List<TimelineEntry> tickets = List.of(entry(50, TimelineKind.TICKET, "SUP-3"), entry(10, TimelineKind.TICKET, "SUP-1"));
        List<TimelineEntry> touchpoints = List.of(entry(40, TimelineKind.TOUCHPOINT, "a"), entry(20, TimelineKind.TOUCHPOINT, "b"));
        TimelinePage page = Timeline.page(List.of(tickets, touchpoints), Optional.empty(), 10);
        assertThat(page.entries()).extracting(TimelineEntry::referenceId).containsExactly("SUP-3", "a", "b", "SUP-1");
        assertThat(page.hasMore()).isFalse();
        assertThat(page.next()).isEmpty();
    }

    @Example
    void shouldBreakTiesAtTheSameInstantByKindThenReferenceId() {
        // all at T0: TICKET before CSAT … before TOUCHPOINT (declaration order), then reference id ascending
        List<TimelineEntry> touchpoints = List.of(entry(0, TimelineKind.TOUCHPOINT, "x"));
        List<TimelineEntry> tickets = List.of(entry(0, TimelineKind.TICKET, "SUP-10"), entry(0, TimelineKind.TICKET, "SUP-9"));
        List<TimelineEntry> ctas = List.of(entry(0, TimelineKind.CTA, "c1"));
        TimelinePage page = Timeline.page(List.of(touchpoints, tickets, ctas), Optional.empty(), 10);
        assertThat(page.entries()).extracting(TimelineEntry::referenceId).containsExactly("SUP-10", "SUP-9", "c1", "x");
    }

    @Example
    void shouldCutThePageAtTheLimitAndContinueStrictlyAfterItsLastEntry() {
        // three entries at the same instant, pages of two: the tie must not repeat or skip an entry
        List<TimelineEntry> tickets = List.of(entry(0, TimelineKind.TICKET, "A-1"), entry(0, TimelineKind.TICKET, "A-2"),
                entry(0, TimelineKind.TICKET, "A-3"), entry(-5, TimelineKind.TICKET, "A-0"));
        TimelinePage first = Timeline.page(List.of(tickets), Optional.empty(), 2);
        assertThat(first.entries()).extracting(TimelineEntry::referenceId).containsExactly("A-1", "A-2");
        assertThat(first.next()).contains(new TimelinePosition(T0, TimelineKind.TICKET, "A-2"));
        TimelinePage second = Timeline.page(List.of(tickets), first.next(), 2);
        assertThat(second.entries()).extracting(TimelineEntry::referenceId).containsExactly("A-3", "A-0");
        assertThat(second.hasMore()).isFalse();
    }

    @Example
    void shouldHaveNoNextPageWhenExactlyTheLimitRemains() {
        List<TimelineEntry> tickets = List.of(entry(2, TimelineKind.TICKET, "A-1"), entry(1, TimelineKind.TICKET, "A-2"));
        assertThat(Timeline.page(List.of(tickets), Optional.empty(), 2).hasMore()).isFalse();
        assertThat(Timeline.page(List.of(tickets), Optional.empty(), 1).hasMore()).isTrue();
    }

    @Example
    void shouldNotShiftOlderPagesWhenNewerEntriesArriveBetweenRequests() {
        List<TimelineEntry> before = List.of(entry(3, TimelineKind.CSAT, "r3"), entry(2, TimelineKind.CSAT, "r2"),
                entry(1, TimelineKind.CSAT, "r1"));
        TimelinePage first = Timeline.page(List.of(before), Optional.empty(), 1);
        List<TimelineEntry> after = new ArrayList<>(before);
        after.add(0, entry(9, TimelineKind.CSAT, "r9"));
        assertThat(Timeline.page(List.of(after), first.next(), 1).entries())
                .extracting(TimelineEntry::referenceId).containsExactly("r2");
    }

    @Example
    void shouldRefuseASourceThatIsNotInTimelineOrder() {
        List<TimelineEntry> ascending = List.of(entry(1, TimelineKind.TICKET, "A-1"), entry(2, TimelineKind.TICKET, "A-2"));
        assertThatThrownBy(() -> Timeline.page(List.of(List.of(), ascending), Optional.empty(), 5))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("timeline source 1 is not strictly in timeline order at entry 1");
        List<TimelineEntry> repeated = List.of(entry(1, TimelineKind.TICKET, "A-1"), entry(1, TimelineKind.TICKET, "A-1"));
        assertThatThrownBy(() -> Timeline.page(List.of(repeated), Optional.empty(), 5))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Example
    void shouldRefusePageSizesOutsideOneToTwoHundred() {
        assertThatThrownBy(() -> Timeline.page(List.of(), Optional.empty(), 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Timeline.page(List.of(), Optional.empty(), 201)).isInstanceOf(IllegalArgumentException.class);
        assertThat(Timeline.page(List.of(), Optional.empty(), 200).entries()).isEmpty();
        assertThat(Timeline.page(List.of(), Optional.empty(), 1).entries()).isEmpty();
    }

    @Property
    void shouldVisitEveryEntryExactlyOnceInOrderWhenPagingToTheEnd(
            @ForAll("entries") List<TimelineEntry> all, @ForAll @IntRange(min = 1, max = 7) int pageSize) {
        Map<TimelineKind, List<TimelineEntry>> byKind = new EnumMap<>(TimelineKind.class);
        all.stream().distinct().forEach(entry -> byKind.computeIfAbsent(entry.kind(), kind -> new ArrayList<>()).add(entry));
        List<List<TimelineEntry>> sources = byKind.values().stream()
                .map(entries -> entries.stream().sorted(TimelineEntry.TIMELINE_ORDER).toList()).toList();
        List<TimelineEntry> expected = all.stream().distinct().sorted(TimelineEntry.TIMELINE_ORDER).toList();

        List<TimelineEntry> visited = new ArrayList<>();
        Optional<TimelinePosition> cursor = Optional.empty();
        int pages = 0;
        do {
            TimelinePage page = Timeline.page(sources, cursor, pageSize);
            assertThat(page.entries().size()).isLessThanOrEqualTo(pageSize);
            if (page.hasMore()) {
                assertThat(page.entries()).hasSize(pageSize);
            }
            visited.addAll(page.entries());
            cursor = page.next();
            pages++;
        } while (cursor.isPresent() && pages < 1000);
        assertThat(visited).isEqualTo(expected);
    }

    @Provide
    Arbitrary<List<TimelineEntry>> entries() {
        // few instants and ids so that ties are common
        Arbitrary<TimelineEntry> entry = Combinators.combine(
                Arbitraries.integers().between(0, 5),
                Arbitraries.of(TimelineKind.class),
                Arbitraries.of("a", "b", "c", "B", "a1"))
                .as((second, kind, ref) -> entry(second, kind, ref));
        return entry.list().ofMaxSize(30).uniqueElements(TimelineEntry::position);
    }

    @Example
    void shouldRoundTripAPositionThroughItsToken() {
        TimelinePosition position = new TimelinePosition(T0, TimelineKind.PLAN_CHANGE, "p~1");
        assertThat(position.token()).isEqualTo("2026-03-01T10:00:00Z~PLAN_CHANGE~p~1");
        assertThat(TimelinePosition.parse(position.token())).isEqualTo(position);
        for (String bad : Set.of("", "2026-03-01T10:00:00Z~TICKET", "yesterday~TICKET~x", "2026-03-01T10:00:00Z~BOGUS~x",
                "2026-03-01T10:00:00Z~TICKET~")) {
            assertThatThrownBy(() -> TimelinePosition.parse(bad)).as(bad).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Example
    void shouldOrderPositionsNewestFirstThenKindThenReference() {
        TimelinePosition newer = new TimelinePosition(T0.plusMillis(1), TimelineKind.TOUCHPOINT, "z");
        TimelinePosition ticket = new TimelinePosition(T0, TimelineKind.TICKET, "b");
        TimelinePosition laterTicket = new TimelinePosition(T0, TimelineKind.TICKET, "c");
        TimelinePosition csat = new TimelinePosition(T0, TimelineKind.CSAT, "a");
        List<TimelinePosition> shuffled = List.of(csat, laterTicket, newer, ticket);
        assertThat(shuffled.stream().sorted().collect(Collectors.toList()))
                .containsExactly(newer, ticket, laterTicket, csat);
        assertThat(ticket.isFollowedBy(laterTicket)).isTrue();
        assertThat(laterTicket.isFollowedBy(ticket)).isFalse();
        assertThat(ticket.isFollowedBy(ticket)).isFalse();
    }
}
