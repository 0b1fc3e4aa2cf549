package io.successdesk.sandbox;

import io.successdesk.app.account.AccountInput;
import io.successdesk.app.account.AccountService;
import io.successdesk.app.change.AccountChanges;
import io.successdesk.app.health.HealthService;
import io.successdesk.app.ticket.TicketEventService;
import io.successdesk.domain.account.AccountKey;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Sample data for the sandbox, written through the app's own services on start (idempotent: the H2 file survives
 * restarts): accounts ACME, GLOBEX and INITECH claiming the sandbox reporters' domains, the ledger rows of the
 * sandbox issues (as their issue events would write them) and today's health snapshot of each account.
 */
final class SandboxSeed {

    /** The seeded accounts: key, name, domain, tier, ARR in minor units (EUR). */
    private record Sample(String key, String name, String domain, String tier, long arr) {
    }

    static final List<String> KEYS = List.of("ACME", "GLOBEX", "INITECH");
    private static final String ACTOR = "admin";
    private static final int HISTORY_DAYS = 14;
    private static final List<Sample> SAMPLES = List.of(
            new Sample("ACME", "Acme Corporation", "acme.example", "Enterprise", 48_000_000L),
            new Sample("GLOBEX", "Globex", "globex.example", "Mid-Market", 9_600_000L),
            new Sample("INITECH", "Initech", "initech.example", "SMB", 1_800_000L));

    private SandboxSeed() {
    }

    static void seed(SandboxComponents components, SandboxIssues issues) {
        AccountService accounts = components.get(AccountService.class);
        LocalDate today = LocalDate.now(components.get(Clock.class).withZone(ZoneOffset.UTC));
        for (Sample sample : SAMPLES) {
            if (accounts.get(AccountKey.of(sample.key())).isEmpty()) {
                accounts.create(new AccountInput(Optional.of(sample.key()), sample.name(), List.of(sample.domain()),
                        List.of(), sample.tier(), "adoption", Optional.of("csm"), Optional.of(sample.arr()),
                        Optional.of("EUR"), "2024-01-01", Optional.of(today.plusDays(75).toString()), Optional.empty(),
                        Map.of()), ACTOR);
            }
        }
        TicketEventService tickets = components.get(TicketEventService.class);
        issues.all().values().forEach(issue -> tickets.issueChanged(issue.getId()));
        HealthService health = components.get(HealthService.class);
        // the daily job's record of the last two weeks (scored from today's inputs), so history charts have days to draw
        for (int daysAgo = HISTORY_DAYS - 1; daysAgo >= 0; daysAgo--) {
            LocalDate day = today.minusDays(daysAgo);
            SAMPLES.forEach(sample -> health.snapshot(AccountKey.of(sample.key()), day));
        }
        // written beside the account-changed path (the daily job would refresh each account with its snapshot): mark
        // the accounts, so a panel summary the worker stored before these days existed is not served as current
        AccountChanges changes = components.get(AccountChanges.class);
        SAMPLES.forEach(sample -> changes.write(AccountKey.of(sample.key()), () -> null));
    }
}
