package io.successdesk.domain.voc;

import io.successdesk.domain.value.DateWindow;
import io.successdesk.domain.value.Percentage;

import java.time.LocalDate;
import java.util.Optional;

/**
 * NPS over a set of answers: how many promoters (9–10), passives (7–8) and detractors (0–6), their shares and the
 * true NPS = % promoters − % detractors. With no answers there is no score.
 */
public record NpsSummary(long promoters, long passives, long detractors) {

    /** The default window of an NPS reading, in days (docs/metrics.md, "NPS"). */
    public static final int DEFAULT_WINDOW_DAYS = 180;

    public static final NpsSummary EMPTY = new NpsSummary(0, 0, 0);

    public NpsSummary {
        if (promoters < 0 || passives < 0 || detractors < 0) {
            throw new IllegalArgumentException("NPS counts must be 0 or more, got promoters=" + promoters
                    + ", passives=" + passives + ", detractors=" + detractors);
        }
    }

    public static NpsSummary of(Iterable<NpsScore> scores) {
        NpsSummary summary = EMPTY;
        for (NpsScore score : scores) {
            summary = summary.with(score);
        }
        return summary;
    }

    /** The summary of the responses answered inside {@code window} (days read in UTC). */
    public static NpsSummary ofResponses(Iterable<NpsResponse> responses, DateWindow window) {
        NpsSummary summary = EMPTY;
        for (NpsResponse response : responses) {
            if (window.contains(response.answeredAt())) {
                summary = summary.with(response.score());
            }
        }
        return summary;
    }

    /** The default 180-day window ending with {@code lastDay} inclusive. */
    public static DateWindow defaultWindow(LocalDate lastDay) {
        return DateWindow.lastDays(DEFAULT_WINDOW_DAYS, lastDay);
    }

    public NpsSummary with(NpsScore score) {
        return switch (score.category()) {
            case PROMOTER -> new NpsSummary(Math.addExact(promoters, 1), passives, detractors);
            case PASSIVE -> new NpsSummary(promoters, Math.addExact(passives, 1), detractors);
            case DETRACTOR -> new NpsSummary(promoters, passives, Math.addExact(detractors, 1));
        };
    }

    public NpsSummary plus(NpsSummary other) {
        return new NpsSummary(Math.addExact(promoters, other.promoters), Math.addExact(passives, other.passives),
                Math.addExact(detractors, other.detractors));
    }

    /** Number of answers. */
    public long n() {
        return promoters + passives + detractors;
    }

    public long count(NpsCategory category) {
        return switch (category) {
            case PROMOTER -> promoters;
            case PASSIVE -> passives;
            case DETRACTOR -> detractors;
        };
    }

    /** The category's share of all answers, 0–100 %; empty when there are none. */
    public Optional<Percentage> share(NpsCategory category) {
        return n() == 0 ? Optional.empty() : Optional.of(Percentage.ratio(count(category), n()));
    }

    /** % promoters − % detractors, −100 to 100; empty when there are no answers. */
    public Optional<NetPromoterScore> score() {
        if (n() == 0) {
            return Optional.empty();
        }
        double points = (double) (promoters - detractors) * 100.0 / n();
        return Optional.of(new NetPromoterScore(Math.max(-100, Math.min(100, points))));
    }
}
