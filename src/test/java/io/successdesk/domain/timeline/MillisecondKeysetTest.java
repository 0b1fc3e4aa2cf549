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
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class MillisecondKeysetTest {

    private static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");

    /** A stored row: its millisecond and its reference id; the database orders by millisecond only. */
    private record Row(long millis, String id) {
        TimelinePosition position() {
            return new TimelinePosition(Instant.ofEpochMilli(millis), TimelineKind.CSAT, id);
        }
    }

    /** Reads like a database: by millisecond, rows of one millisecond in an order of its own (reverse id here). */
    private record Table(List<Row> rows) implements MillisecondKeyset.Rows<Row> {
        @Override
        public List<Row> newest(Optional<Long> millis, boolean inclusive, int limit) {
            return rows.stream()
                    .filter(row -> millis.map(before -> inclusive ? row.millis() <= before : row.millis() < before).orElse(true))
                    .sorted(Comparator.comparing(Row::millis).thenComparing(Row::id).reversed())
                    .limit(limit).toList();
        }

        @Override
        public List<Row> at(long millis) {
            return rows.stream().filter(row -> row.millis() == millis).toList();
        }
    }

    /**
     * Paging through rows with many ties of one millisecond, from the newest page on, with cursors of this kind, of
     * a kind before and after it at the same instant and between two milliseconds: every page is exactly the next
     * rows in timeline order.
     */
    @Property(tries = 200)
    void shouldAnswerExactlyTheRowsAfterAnyCursorInTimelineOrder(@ForAll("tables") List<Row> rows,
                                                                 @ForAll @IntRange(min = 1, max = 5) int limit) {
        Table table = new Table(rows);
        List<Row> expected = rows.stream().sorted(Comparator.comparing(Row::position)).toList();

        List<Row> walked = new ArrayList<>();
        Optional<TimelinePosition> cursor = Optional.empty();
        while (true) {
            List<Row> page = MillisecondKeyset.page(cursor, limit, Row::position, table);
            walked.addAll(page);
            if (page.size() < limit) {
                break;
            }
            cursor = Optional.of(page.get(page.size() - 1).position());
        }
        assertThat(walked).containsExactlyElementsOf(expected);

        for (Row row : rows) {
            for (TimelinePosition other : List.of(row.position(),
                    new TimelinePosition(row.position().at(), TimelineKind.TICKET, "z"),
                    new TimelinePosition(row.position().at(), TimelineKind.TOUCHPOINT, "a"),
                    new TimelinePosition(row.position().at().plusNanos(500_000), TimelineKind.TOUCHPOINT, "a"))) {
                List<Row> after = expected.stream().filter(candidate -> other.isFollowedBy(candidate.position()))
                        .limit(limit).toList();
                assertThat(MillisecondKeyset.page(Optional.of(other), limit, Row::position, table))
                        .as("after %s", other.token()).containsExactlyElementsOf(after);
            }
        }
    }

    @Example
    void shouldAskForTheRowsOfTheCursorsMillisecondOnlyWhenTheCursorIsOnAMillisecond() {
        Row older = new Row(T0.toEpochMilli() - 1, "b");
        Row tie = new Row(T0.toEpochMilli(), "a");
        Table table = new Table(List.of(older, tie));
        TimelinePosition betweenMillis = new TimelinePosition(T0.plusNanos(1), TimelineKind.CSAT, "a");

        assertThat(MillisecondKeyset.page(Optional.of(betweenMillis), 5, Row::position, table)).containsExactly(tie, older);
        assertThat(MillisecondKeyset.page(Optional.of(tie.position()), 5, Row::position, table)).containsExactly(older);
    }

    @Provide
    Arbitrary<List<Row>> tables() {
        Arbitrary<Long> millis = Arbitraries.longs().between(0, 3).map(offset -> T0.toEpochMilli() + offset);
        Arbitrary<String> ids = Arbitraries.strings().withChars("ab9_1-Z").ofMinLength(1).ofMaxLength(3);
        return Combinators.combine(millis, ids).as(Row::new).list().ofMaxSize(12)
                .uniqueElements(Row::id);
    }
}
