package io.successdesk.app.health;

import io.successdesk.app.InvalidInputException;
import io.successdesk.domain.value.DateWindow;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The health distribution over time for the dashboard: band counts and ARR at risk per UTC day (today partial,
 * docs/metrics.md "Partial periods").
 */
@Named
public class HealthDistributionService {

    /** The longest range accepted, in days (about five years). */
    public static final int MAX_DAYS = 5 * 366;

    private final HealthHistory history;
    private final ScorecardVersions scorecards;

    @Inject
    public HealthDistributionService(HealthHistory history, ScorecardVersions scorecards) {
        this.history = Objects.requireNonNull(history, "history");
        this.scorecards = Objects.requireNonNull(scorecards, "scorecards");
    }

    /**
     * Every day of {@code from}–{@code to} inclusive, oldest first; a day without snapshots has zero counts and no
     * ARR at risk.
     *
     * @throws InvalidInputException on field {@code to} when the range is reversed or longer than {@link #MAX_DAYS}
     */
    public List<DailyHealthRollup> daily(LocalDate from, LocalDate to) {
        DateWindow window = window(from, to);
        Map<LocalDate, DailyHealthRollup> byDay = history.dailyRollups(window).stream()
                .collect(Collectors.toMap(DailyHealthRollup::day, Function.identity(), (first, second) -> first));
        List<DailyHealthRollup> days = new ArrayList<>();
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            days.add(byDay.getOrDefault(day, new DailyHealthRollup(day, 0, 0, 0, List.of())));
        }
        return days;
    }

    /**
     * The days of {@code from}–{@code to} on which the scorecard changed: the band counts before and after such a day
     * were scored differently, so charts mark them rather than read them as customers changing.
     */
    public List<LocalDate> scorecardChanges(LocalDate from, LocalDate to) {
        return scorecards.versionDays(window(from, to));
    }

    private static DateWindow window(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            throw new InvalidInputException("to", "must not be before from");
        }
        DateWindow window = new DateWindow(from, to.plusDays(1));
        if (window.days() > MAX_DAYS) {
            throw new InvalidInputException("to", "must be at most " + MAX_DAYS + " days after from");
        }
        return window;
    }
}
