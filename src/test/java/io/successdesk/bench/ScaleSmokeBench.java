package io.successdesk.bench;

import io.successdesk.app.change.AccountChangeSignal;
import io.successdesk.app.change.AccountChanges;
import io.successdesk.app.health.HealthService;
import io.successdesk.app.health.LiveHealthInputs;
import io.successdesk.app.ticket.TicketEventServices;
import io.successdesk.app.voc.NpsService;
import io.successdesk.store.AoAccountChangeLog;
import io.successdesk.store.AoManualInputStore;
import io.successdesk.store.AoNpsStore;
import io.successdesk.store.AoOverrideStore;
import io.successdesk.store.AoRevenueStore;
import io.successdesk.store.AoScorecardStore;
import io.successdesk.store.AoTouchpointStore;
import io.successdesk.store.AoTransactions;
import com.atlassian.activeobjects.external.ActiveObjects;
import io.successdesk.app.config.InMemorySettingsStore;
import io.successdesk.app.issue.BrowsableIssue;
import io.successdesk.app.issue.IssueReader;
import io.successdesk.app.issue.IssueSnapshot;
import io.successdesk.app.panel.PanelService;
import io.successdesk.app.panel.PanelSummaryService;
import io.successdesk.app.plan.PlanService;
import io.successdesk.app.ticket.SupportSignalsService;
import io.successdesk.app.ticket.TicketEventService;
import io.successdesk.app.voc.CsatService;
import io.successdesk.domain.account.Account;
import io.successdesk.domain.account.AccountKey;
import io.successdesk.domain.account.EmailDomain;
import io.successdesk.domain.account.LifecycleStage;
import io.successdesk.domain.account.MatchRule;
import io.successdesk.domain.account.Tier;
import io.successdesk.domain.ticket.StatusCategory;
import io.successdesk.domain.ticket.TicketFact;
import io.successdesk.domain.ticket.TicketKind;
import io.successdesk.domain.value.Money;
import io.successdesk.store.AoAccountStore;
import io.successdesk.store.AoAuditLog;
import io.successdesk.store.AoCsatStore;
import io.successdesk.store.AoCtaStore;
import io.successdesk.store.AoHealthHistory;
import io.successdesk.store.AoManualLinkStore;
import io.successdesk.store.AoPanelSummaryStore;
import io.successdesk.store.AoPlanStore;
import io.successdesk.store.AoTicketLedger;
import io.successdesk.store.ao.TicketLedgerEntry;
import org.junit.jupiter.api.Test;

import java.util.UUID;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 4's scale smoke test ({@code mvn -Pbench verify}): 50,000 accounts and 1,000,000 ledger rows in PostgreSQL.
 * Reports the insert throughput of the stores and of a bulk load, and the SQL statements and latency of the
 * panel's store reads next to a raw indexed JDBC lookup measured in the same run.
 */
class ScaleSmokeBench {

    private static final int ACCOUNTS = Integer.getInteger("successdesk.bench.accounts", 50_000);
    private static final int TICKETS = Integer.getInteger("successdesk.bench.tickets", 1_000_000);
    private static final int STORE_SAMPLE = Integer.getInteger("successdesk.bench.storeSample", 20_000);
    private static final int LOOKUPS = 2_000;
    private static final Instant NOW = Instant.parse("2026-11-01T00:00:00Z");

    @Test
    void shouldReportInsertThroughputAndPanelReadsAtScale() throws Exception {
        BenchDatabase database = BenchDatabase.create("successdesk_scale");
        ActiveObjects ao = database.activeObjects();
        AoAccountStore accounts = new AoAccountStore(ao);
        AoTicketLedger ledger = new AoTicketLedger(ao);
        BenchReport report = BenchReport.open();
        SplittableRandom random = new SplittableRandom(42);

        long start = System.nanoTime();
        for (int i = 0; i < ACCOUNTS; i++) {
            accounts.create(account(i, random));
        }
        double accountsPerSecond = ACCOUNTS / seconds(start);

        int storeRows = Math.min(STORE_SAMPLE, TICKETS);
        start = System.nanoTime();
        for (int i = 0; i < storeRows; i++) {
            ledger.upsert(ticket(i, random));
        }
        double storeLedgerPerSecond = storeRows / seconds(start);

        start = System.nanoTime();
        List<Map<String, Object>> batch = new ArrayList<>();
        for (int i = storeRows; i < TICKETS; i++) {
            batch.add(row(ticket(i, random)));
            if (batch.size() == 5_000) {
                database.entityManager().create(TicketLedgerEntry.class, batch);
                batch.clear();
            }
        }
        if (!batch.isEmpty()) {
            database.entityManager().create(TicketLedgerEntry.class, batch);
        }
        double bulkLedgerPerSecond = (TICKETS - storeRows) / Math.max(seconds(start), 1e-9);
        assertThat(ao.count(TicketLedgerEntry.class)).isEqualTo(TICKETS);

        long[] panelNanos = new long[LOOKUPS];
        long panelStatements = 0;
        for (int i = 0; i < LOOKUPS; i++) {
            long issueId = issueId(random.nextInt(TICKETS));
            long t0 = System.nanoTime();
            SqlStatementCounter.Measured measured = SqlStatementCounter.measure(() -> {
                TicketFact fact = ledger.get(issueId).orElseThrow();
                if (accounts.get(fact.account()).isEmpty()) {
                    throw new AssertionError("no account " + fact.account() + " for issue " + issueId);
                }
            });
            panelNanos[i] = System.nanoTime() - t0;
            panelStatements = Math.max(panelStatements, measured.statements());
        }
        long[] rawNanos = rawLookups(database, random);

        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        PanelSummaryService summaries = panelSummaries(ao, clock);
        PanelService panels = panelService(ao, summaries);
        BrowsableIssue first = new BrowsableIssue(issueId(0), "SUP-1", "SUP", "bench", Optional.empty());
        SqlStatementCounter.Measured firstView = SqlStatementCounter.measure(() ->
                assertThat(panels.panel(first).matched()).isPresent());

        start = System.nanoTime();
        for (int i = 0; i < ACCOUNTS; i++) {
            summaries.current(AccountKey.of(key(i)));   // what an account's refresh evaluates and stores
        }
        double summariesPerSecond = ACCOUNTS / seconds(start);

        long[] fullPanelNanos = new long[LOOKUPS];
        long fullPanelStatements = 0;
        long fullPanelStatementsTotal = 0;
        for (int i = 0; i < LOOKUPS; i++) {
            int index = random.nextInt(TICKETS);
            BrowsableIssue issue = new BrowsableIssue(issueId(index), "SUP-" + (index + 1), "SUP", "bench", Optional.empty());
            long t0 = System.nanoTime();
            SqlStatementCounter.Measured measured = SqlStatementCounter.measure(() ->
                    assertThat(panels.panel(issue).matched()).isPresent());
            fullPanelNanos[i] = System.nanoTime() - t0;
            fullPanelStatements = Math.max(fullPanelStatements, measured.statements());
            fullPanelStatementsTotal += measured.statements();
        }

        report.section("Scale smoke (issue 4)", ACCOUNTS + " accounts, " + TICKETS
                + " ledger rows, PostgreSQL (embedded) on loopback. \"panel/{issueKey}\" is the panel use case over the AO"
                + " stores (without the REST layer's browse check), measured after every account's panel summary was"
                + " stored as its refresh stores it; \"ledger row + account only\" is the least the panel"
                + " must read. SQL statements are counted by the JDBC wrapper; raw = one indexed JDBC lookup by issue id.");
        report.tableHeader();
        report.row("account inserts through AoAccountStore.create", String.format("%.0f rows/s", accountsPerSecond), "import 50,000 in ≤ 30 s (≥ 1,667/s)", "");
        report.row("ledger upserts through AoTicketLedger.upsert (" + storeRows + ")", String.format("%.0f rows/s", storeLedgerPerSecond), "≥ 2,000 events/s end to end", "");
        report.row("ledger bulk load (AO batch insert)", String.format("%.0f rows/s", bulkLedgerPerSecond), "(data set-up)", "");
        report.row("panel summary refresh (PanelSummaryService.refresh, part of every account refresh)",
                String.format("%.0f accounts/s", summariesPerSecond), "recompute 50,000 in ≤ 60 s (with health)", "");
        report.row("panel/{issueKey}: first view of a never-refreshed account, SQL statements",
                String.valueOf(firstView.statements()), "(once per account)", "");
        report.row("panel/{issueKey}: PanelService.panel SQL statements (max / mean)", fullPanelStatements + " / "
                + String.format("%.1f", (double) fullPanelStatementsTotal / LOOKUPS), "≤ 3", "");
        report.row("panel/{issueKey}: PanelService.panel p50", millis(percentile(fullPanelNanos, 50)), "≤ 5 ms",
                String.format("%.1f× raw", (double) percentile(fullPanelNanos, 50) / percentile(rawNanos, 50)));
        report.row("panel/{issueKey}: PanelService.panel p99", millis(percentile(fullPanelNanos, 99)), "≤ 20 ms",
                String.format("%.1f× raw", (double) percentile(fullPanelNanos, 99) / percentile(rawNanos, 99)));
        report.row("ledger row + account only: SQL statements (max)", String.valueOf(panelStatements), "", "");
        report.row("ledger row + account only p50", millis(percentile(panelNanos, 50)), "≤ 5 ms",
                String.format("%.1f× raw (%s)", (double) percentile(panelNanos, 50) / percentile(rawNanos, 50), millis(percentile(rawNanos, 50))));
        report.row("ledger row + account only p99", millis(percentile(panelNanos, 99)), "≤ 20 ms",
                String.format("%.1f× raw (%s)", (double) percentile(panelNanos, 99) / percentile(rawNanos, 99), millis(percentile(rawNanos, 99))));
    }

    /** The panel use case as Jira wires it, over the AO stores (issue access is the REST layer's, outside). */
    private static PanelService panelService(ActiveObjects ao, PanelSummaryService summaries) {
        AoTicketLedger ledger = new AoTicketLedger(ao);
        AoAccountStore accounts = new AoAccountStore(ao);
        IssueReader noIssues = new IssueReader() {
            @Override
            public Optional<IssueSnapshot> read(long issueId) {
                return Optional.empty();
            }

            @Override
            public List<Long> issueIdsOf(String projectKey, long afterIssueId, int limit) {
                return List.of();
            }

            @Override
            public long issueCountOf(String projectKey) {
                return 0;
            }
        };
        TicketEventService tickets = TicketEventServices.ledgerOnly(noIssues, ledger, new AoManualLinkStore(ao),
                InMemorySettingsStore.supporting("SUP"), accounts, changes(ao));
        return new PanelService(ledger, summaries, tickets, io.successdesk.app.security.FixedUserDirectory.none());
    }

    /** The panel's read model as Jira wires it: what every account refresh stores and a panel view reads. */
    private static PanelSummaryService panelSummaries(ActiveObjects ao, Clock clock) {
        AoTicketLedger ledger = new AoTicketLedger(ao);
        AoAccountStore accounts = new AoAccountStore(ao);
        AoAuditLog audit = new AoAuditLog(ao);
        AoPanelSummaryStore summaries = new AoPanelSummaryStore(ao);
        AccountChanges changes = changes(ao);
        CsatService csat = new CsatService(new AoCsatStore(ao), audit, clock, changes);
        SupportSignalsService signals = new SupportSignalsService(ledger, accounts, clock);
        AoScorecardStore scorecards = new AoScorecardStore(ao, clock);
        LiveHealthInputs inputs = new LiveHealthInputs(signals, csat, new NpsService(new AoNpsStore(ao), audit, clock, changes),
                new AoTouchpointStore(ao), accounts, new AoRevenueStore(ao), new AoManualInputStore(ao), scorecards);
        AoHealthHistory history = new AoHealthHistory(ao);
        HealthService health = new HealthService(scorecards, inputs, history, new AoOverrideStore(ao), audit, clock,
                changes);
        return new PanelSummaryService(accounts, health, history, signals, csat,
                new PlanService(new AoPlanStore(ao), audit, clock, changes, UUID::randomUUID), new AoCtaStore(ao),
                summaries, new AoAccountChangeLog(ao), clock);
    }

    private static AccountChanges changes(ActiveObjects ao) {
        return new AccountChanges(new AoTransactions(ao), new AoAccountChangeLog(ao), new AccountChangeSignal());
    }

    private static long[] rawLookups(BenchDatabase database, SplittableRandom random) throws Exception {
        long[] nanos = new long[LOOKUPS];
        String sql = "SELECT * FROM \"" + database.table(TicketLedgerEntry.class) + "\" WHERE \"ISSUE_ID\" = ?";
        try (Connection connection = database.rawConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < LOOKUPS; i++) {
                statement.setLong(1, issueId(random.nextInt(TICKETS)));
                long t0 = System.nanoTime();
                try (ResultSet rows = statement.executeQuery()) {
                    assertThat(rows.next()).isTrue();
                }
                nanos[i] = System.nanoTime() - t0;
            }
        }
        return nanos;
    }

    static Account account(int i, SplittableRandom random) {
        LocalDate start = LocalDate.of(2023, 1, 1).plusDays(random.nextInt(900));
        return new Account(AccountKey.of(key(i)), "Customer " + i, List.of(EmailDomain.of("customer" + i + ".example")),
                List.of(), Tier.DEFAULTS.get(random.nextInt(Tier.DEFAULTS.size())),
                LifecycleStage.values()[random.nextInt(LifecycleStage.values().length)],
                Optional.of("csm" + random.nextInt(40)), Optional.of(Money.of(1_000_00L * (1 + random.nextInt(500)), "USD")),
                start, Optional.of(start.plusYears(1)), Optional.empty(), Map.of(), Account.FIRST_VERSION, NOW, NOW);
    }

    static TicketFact ticket(int i, SplittableRandom random) {
        Instant created = NOW.minus(random.nextInt(720), ChronoUnit.DAYS).minus(random.nextInt(86_400), ChronoUnit.SECONDS);
        boolean resolved = random.nextInt(10) < 8;
        Optional<Instant> firstResponse = Optional.of(created.plus(1 + random.nextInt(48), ChronoUnit.HOURS));
        Optional<Instant> resolvedAt = resolved ? Optional.of(firstResponse.get().plus(random.nextInt(240), ChronoUnit.HOURS))
                : Optional.empty();
        return new TicketFact(issueId(i), "SUP-" + (i + 1), AccountKey.of(key(random.nextInt(ACCOUNTS))), "SUP", created,
                firstResponse, resolvedAt, random.nextInt(20) == 0 ? 1 : 0, 1 + random.nextInt(5),
                resolved ? StatusCategory.DONE : StatusCategory.IN_PROGRESS,
                TicketKind.values()[random.nextInt(TicketKind.values().length)], MatchRule.EMAIL_DOMAIN);
    }

    static Map<String, Object> row(TicketFact fact) {
        Map<String, Object> row = new HashMap<>();
        row.put(TicketLedgerEntry.ISSUE_ID, fact.issueId());
        row.put(TicketLedgerEntry.ISSUE_KEY, fact.issueKey());
        row.put(TicketLedgerEntry.ACCOUNT_KEY, fact.account().value());
        row.put(TicketLedgerEntry.PROJECT_KEY, fact.projectKey());
        row.put(TicketLedgerEntry.CREATED_AT, fact.created().toEpochMilli());
        row.put(TicketLedgerEntry.FIRST_RESPONSE_AT, fact.firstResponse().map(Instant::toEpochMilli).orElse(null));
        row.put(TicketLedgerEntry.RESOLVED_AT, fact.resolved().map(Instant::toEpochMilli).orElse(null));
        row.put(TicketLedgerEntry.LAST_ACTIVITY_AT, java.util.stream.Stream.of(Optional.of(fact.created()),
                fact.firstResponse(), fact.resolved()).flatMap(Optional::stream).max(Instant::compareTo).orElseThrow().toEpochMilli());
        row.put(TicketLedgerEntry.STILL_OPEN, fact.resolved().isEmpty() && fact.status() != StatusCategory.DONE);
        row.put(TicketLedgerEntry.REOPEN_COUNT, fact.reopenCount());
        row.put(TicketLedgerEntry.PRIORITY_RANK, fact.priorityRank());
        row.put(TicketLedgerEntry.STATUS, fact.status());
        row.put(TicketLedgerEntry.TICKET_KIND, fact.kind());
        row.put(TicketLedgerEntry.MATCHED_BY, fact.matchedBy());
        return row;
    }

    static String key(int i) {
        return "C" + i;
    }

    private static long issueId(int i) {
        return 100_000L + i;
    }

    static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    static long percentile(long[] values, int percent) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(percent / 100.0 * sorted.length) - 1)];
    }

    static String millis(long nanos) {
        return String.format("%.2f ms", nanos / 1e6);
    }
}
