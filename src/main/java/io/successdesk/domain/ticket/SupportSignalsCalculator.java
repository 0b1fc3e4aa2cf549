package io.successdesk.domain.ticket;

import io.successdesk.domain.account.AccountKey;
import io.successdesk.domain.value.DateWindow;
import io.successdesk.domain.value.Percentage;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Derives {@link SupportSignals} from the ticket facts of one account. Days are read in UTC. The caller
 * passes every ticket that may matter: those created in the baseline or recent window, those resolved or
 * first answered in the measuring window, and those still open; others are ignored, as are tickets
 * created after the as-of day.
 */
public final class SupportSignalsCalculator {

    private SupportSignalsCalculator() {
    }

    /**
     * @throws IllegalArgumentException when the tickets belong to more than one account
     */
    public static SupportSignals compute(Collection<TicketFact> tickets, LocalDate asOf, SupportSignalsConfig config) {
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(config, "config");
        List<TicketFact> facts = List.copyOf(tickets);
        requireOneAccount(facts);
        Instant endOfDay = asOf.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();

        List<TicketFact> open = facts.stream().filter(t -> t.isOpenAt(endOfDay)).toList();
        List<TicketFact> openHigh = open.stream().filter(t -> t.isHighPriority(config.lowestHighPriorityRank())).toList();

        DateWindow recent = DateWindow.lastDays(config.recentDays(), asOf);
        DateWindow baseline = new DateWindow(recent.start().minusDays(config.baselineDays()), recent.start());
        VolumeTrend trend = new VolumeTrend(recent, countCreatedIn(facts, recent), baseline, countCreatedIn(facts, baseline));

        DateWindow window = DateWindow.lastDays(config.windowDays(), asOf);
        List<TicketFact> resolved = facts.stream()
                .filter(t -> t.resolved().filter(window::contains).isPresent()).toList();
        List<TicketFact> responded = facts.stream()
                .filter(t -> t.firstResponse().filter(window::contains).isPresent()).toList();
        int reopened = (int) resolved.stream().filter(TicketFact::wasReopened).count();

        Optional<Duration> oldestOpenAge = open.stream().map(TicketFact::created).min(Instant::compareTo)
                .map(created -> Duration.between(created, endOfDay));

        return new SupportSignals(asOf, open.size(), openHigh.size(), KindCounts.of(open, t -> true),
                KindCounts.of(openHigh, t -> true), trend, KindCounts.of(facts, t -> recent.contains(t.created())),
                window, resolved.size(), KindCounts.of(resolved, t -> true),
                median(resolved, t -> t.resolved().orElseThrow()),
                responded.size(), median(responded, t -> t.firstResponse().orElseThrow()),
                reopened, resolved.isEmpty() ? Optional.empty() : Optional.of(Percentage.ratio(reopened, resolved.size())),
                oldestOpenAge);
    }

    /**
     * The median of the given durations: the middle one of an odd count, the mean of the two middle ones of
     * an even count (truncated to the nanosecond); empty for none.
     */
    public static Optional<Duration> median(List<Duration> durations) {
        if (durations.isEmpty()) {
            return Optional.empty();
        }
        List<Duration> sorted = durations.stream().sorted().toList();
        int middle = sorted.size() / 2;
        if (sorted.size() % 2 == 1) {
            return Optional.of(sorted.get(middle));
        }
        Duration low = sorted.get(middle - 1);
        Duration high = sorted.get(middle);
        return Optional.of(low.plus(high.minus(low).dividedBy(2)));
    }

    private static Optional<Duration> median(List<TicketFact> tickets, Function<TicketFact, Instant> end) {
        return median(tickets.stream().map(t -> Duration.between(t.created(), end.apply(t))).toList());
    }

    private static int countCreatedIn(List<TicketFact> facts, DateWindow window) {
        return (int) facts.stream().filter(t -> window.contains(t.created())).count();
    }

    private static void requireOneAccount(List<TicketFact> facts) {
        List<AccountKey> accounts = facts.stream().map(TicketFact::account).distinct().toList();
        if (accounts.size() > 1) {
            throw new IllegalArgumentException("support signals are per account; got tickets of " + accounts);
        }
    }
}
