package io.successdesk.sandbox;

import io.successdesk.app.revenue.ArrSubmission;
import io.successdesk.app.revenue.RevenueService;
import io.successdesk.app.voc.CsatService;
import io.successdesk.app.voc.CsatSubmission;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * History for the interactive sandbox's dashboard (not for tests, which seed what they assert): 26 weeks of imported
 * CSAT answers (Acme drifting from delighted to lukewarm, Globex steady, Initech too few to judge) and 24 months of ARR
 * (Acme expands, Globex contracts, Initech churns three months ago), written through the app's own services and
 * idempotent across restarts (same external ids, same months).
 */
final class SandboxDemoData {

    private static final String ACTOR = "admin";
    private static final int WEEKS = 26;
    private static final int MONTHS = 24;

    private SandboxDemoData() {
    }

    static void seed(SandboxComponents components) {
        LocalDate today = LocalDate.now(components.get(Clock.class).withZone(ZoneOffset.UTC));
        components.get(CsatService.class).ingestAll(csat(today), ACTOR);
        components.get(RevenueService.class).ingestHistory(arr(YearMonth.from(today)), ACTOR);
    }

    private static List<CsatSubmission> csat(LocalDate today) {
        List<CsatSubmission> answers = new ArrayList<>();
        for (int week = WEEKS; week >= 1; week--) {
            LocalDate day = today.minusWeeks(week);
            double acmeSatisfied = 0.9 - 0.3 * (WEEKS - week) / WEEKS;
            answers.addAll(week(day, "ACME", week, 6, acmeSatisfied));
            answers.addAll(week(day, "GLOBEX", week, 8, 0.85));
            answers.addAll(week(day, "INITECH", week, week % 3 == 0 ? 2 : 1, 0.5));
        }
        return answers;
    }

    /** {@code count} answers of one account on one day, the first {@code satisfied} share of them rated 4–5. */
    private static List<CsatSubmission> week(LocalDate day, String account, int week, int count, double satisfied) {
        List<CsatSubmission> answers = new ArrayList<>();
        long happy = Math.round(count * satisfied);
        for (int i = 0; i < count; i++) {
            int rating = i < happy ? 4 + (i + week) % 2 : 1 + (i + week) % 3;
            Instant at = day.atTime(9 + i % 8, 15).toInstant(ZoneOffset.UTC);
            answers.add(new CsatSubmission("demo-" + account + "-" + week + "-" + i, "IMPORT", account, null, "SUP",
                    rating, null, at, null));
        }
        return answers;
    }

    private static List<ArrSubmission> arr(YearMonth thisMonth) {
        List<ArrSubmission> rows = new ArrayList<>();
        for (int back = MONTHS; back >= 1; back--) {
            String month = thisMonth.minusMonths(back).toString();
            rows.add(new ArrSubmission("ACME", month, back > 8 ? 40_000_000L : 48_000_000L, "EUR"));
            rows.add(new ArrSubmission("GLOBEX", month, back > 5 ? 12_000_000L : 9_600_000L, "EUR"));
            rows.add(new ArrSubmission("INITECH", month, back > 3 ? 1_800_000L : 0L, "EUR"));
        }
        return rows;
    }
}
