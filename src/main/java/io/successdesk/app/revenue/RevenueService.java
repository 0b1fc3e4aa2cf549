package io.successdesk.app.revenue;

import io.successdesk.app.validation.FieldErrors;
import io.successdesk.app.InvalidInputException;
import io.successdesk.app.audit.AuditEntry;
import io.successdesk.app.audit.AuditLog;
import io.successdesk.app.change.AccountChanges;
import io.successdesk.domain.account.AccountKey;
import io.successdesk.domain.revenue.ArrSnapshot;
import io.successdesk.domain.revenue.CohortMatrix;
import io.successdesk.domain.revenue.PeriodGranularity;
import io.successdesk.domain.revenue.RetentionCalculator;
import io.successdesk.domain.revenue.RetentionMetrics;
import io.successdesk.domain.revenue.RetentionPoint;
import io.successdesk.domain.value.Money;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Revenue use cases: import ARR history, retention series (GRR, NRR, logo retention, churn, quick ratio) and the
 * cohort matrix, each for one currency (never mixed). Definitions: docs/metrics.md. ARR carries forward from an
 * account's last row; periods after the last loaded month have no data; a series may reach the current month (UTC),
 * whose point is flagged partial.
 */
@Named
public class RevenueService {

    private static final Logger LOG = Logger.getLogger(RevenueService.class.getName());

    /** Most rows in one import. */
    public static final int MAX_ROWS = 100_000;
    /** Longest range of a series or matrix, in months. */
    public static final int MAX_MONTHS = 120;

    private final RevenueStore store;
    private final AuditLog auditLog;
    private final Clock clock;
    private final AccountChanges changes;
    private final RetentionHistories histories;

    @Inject
    public RevenueService(RevenueStore store, AuditLog auditLog, Clock clock, AccountChanges changes) {
        this.changes = Objects.requireNonNull(changes, "changes");
        this.store = Objects.requireNonNull(store, "store");
        this.auditLog = Objects.requireNonNull(auditLog, "auditLog");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.histories = new RetentionHistories(store);
    }

    /**
     * Validates every row, then upserts all of them, or none when any row is invalid. Fields are named
     * {@code rows[i].accountKey} etc. A month may not be after the current month; a batch may not hold one account
     * and month twice.
     *
     * @throws InvalidInputException naming every invalid field
     */
    public IngestReport ingestHistory(List<ArrSubmission> rows, String actor) {
        if (rows.isEmpty() || rows.size() > MAX_ROWS) {
            throw new InvalidInputException("rows", "must hold 1–" + MAX_ROWS + " rows");
        }
        YearMonth currentMonth = currentMonth();
        FieldErrors errors = new FieldErrors();
        List<ArrSnapshot> snapshots = new ArrayList<>();
        Map<String, Integer> firstRowByAccountMonth = new HashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            String prefix = "rows[" + i + "].";
            ArrSubmission row = rows.get(i);
            AccountKey account = errors.parse(prefix + "accountKey", row.accountKey(), AccountKey::of);
            YearMonth month = errors.parse(prefix + "month", row.month(), RevenueService::parseMonth);
            if (month != null && month.isAfter(currentMonth)) {
                errors.add(prefix + "month", "must not be after the current month " + currentMonth);
            }
            Currency currency = errors.parse(prefix + "currency", row.currency(), Money::currency);
            Long amount = errors.required(prefix + "arrMinorUnits", row.arrMinorUnits());
            if (amount != null && amount < 0) {
                errors.add(prefix + "arrMinorUnits", "must be 0 or more");
            }
            if (account != null && month != null) {
                Integer earlier = firstRowByAccountMonth.putIfAbsent(account + "@" + month, i);
                if (earlier != null) {
                    errors.add(prefix + "month", "repeats account " + account + " and month " + month
                            + " of rows[" + earlier + "]");
                }
            }
            if (errors.isEmpty()) {
                snapshots.add(new ArrSnapshot(account, month, new Money(amount, currency)));
            }
        }
        errors.throwIfAny();
        IngestReport written = changes.write(changed -> {
            int[] outcomes = new int[RevenueStore.UpsertOutcome.values().length];
            upsertAll(snapshots).forEach(outcome -> outcomes[outcome.ordinal()]++);
            snapshots.forEach(snapshot -> changed.add(snapshot.account()));
            IngestReport report = new IngestReport(outcomes[RevenueStore.UpsertOutcome.CREATED.ordinal()],
                    outcomes[RevenueStore.UpsertOutcome.UPDATED.ordinal()],
                    outcomes[RevenueStore.UpsertOutcome.UNCHANGED.ordinal()]);
            auditLog.record(new AuditEntry(clock.instant(), actor, "revenue.ingest", "arr-history", "batch",
                    Optional.empty(), Optional.of("rows=" + report.total() + "; created=" + report.created()
                    + "; updated=" + report.updated() + "; unchanged=" + report.unchanged())));
            return report;
        });
        snapshots.stream().map(snapshot -> snapshot.arr().currency()).distinct().forEach(this::buildHistory);
        return written;
    }

    /**
     * Retention points for periods ending in {@code from}–{@code to}: month over month, quarter over quarter (only
     * quarters that have ended by {@code to}), each month against the same month a year before, or for
     * {@link RetentionView#BETWEEN} one point comparing the month-end of {@code from} with that of {@code to}.
     * Periods ending after the last loaded month have no data; the one ending in the current month is partial.
     *
     * @throws InvalidInputException for an unknown currency, a reversed or too long range, or a future month
     */
    public List<RetentionPoint> retentionSeries(String currencyCode, RetentionView view, YearMonth from, YearMonth to) {
        return retentionSeries(currencyCode, view, from, to, Optional.empty());
    }

    /**
     * As {@link #retentionSeries(String, RetentionView, YearMonth, YearMonth)}, on the given accounts only (e.g. a
     * tier or a CSM's book, resolved by the caller); empty means all accounts.
     */
    public List<RetentionPoint> retentionSeries(String currencyCode, RetentionView view, YearMonth from, YearMonth to,
                                                Optional<Set<AccountKey>> accountsIn) {
        Currency currency = currency(currencyCode);
        checkRange(from, to);
        if (view == RetentionView.BETWEEN && !from.isBefore(to)) {
            throw new InvalidInputException("to", "must be after from (" + from + ") to compare two month-ends");
        }
        RetentionCalculator calculator = calculator(currency, accountsIn);
        List<RetentionMetrics> series = switch (view) {
            case MONTHLY -> calculator.periodSeries(PeriodGranularity.MONTH, from, to);
            case QUARTERLY -> calculator.periodSeries(PeriodGranularity.QUARTER, from, to);
            case TRAILING_TWELVE_MONTHS -> calculator.trailingTwelveMonthSeries(from, to);
            case BETWEEN -> List.of(calculator.between(from, to));
        };
        return calculator.points(series, currentMonth());
    }

    /**
     * The cohort matrix of cohorts starting in {@code from}–{@code to}, read from the whole ARR history in the
     * currency (an account's cohort is its first month above 0 ever).
     *
     * @throws InvalidInputException for an unknown currency, a reversed or too long range, or a month not yet ended
     */
    public CohortMatrix cohortMatrix(String currencyCode, PeriodGranularity granularity, YearMonth from, YearMonth to) {
        return cohortMatrix(currencyCode, granularity, from, to, Optional.empty());
    }

    /** As {@link #cohortMatrix(String, PeriodGranularity, YearMonth, YearMonth)}, on the given accounts only. */
    public CohortMatrix cohortMatrix(String currencyCode, PeriodGranularity granularity, YearMonth from, YearMonth to,
                                     Optional<Set<AccountKey>> accountsIn) {
        Currency currency = currency(currencyCode);
        checkRange(from, to);
        return calculator(currency, accountsIn).cohortMatrix(granularity, from, to);
    }

    /** The account's ARR history, oldest month first (financial viewers only: the caller checks). */
    public List<ArrSnapshot> history(AccountKey account) {
        return store.history(account);
    }

    /** The currencies that have ARR history, by ISO code, for choosing a series (currencies are never mixed). */
    public SortedSet<String> currencies() {
        TreeSet<String> codes = new TreeSet<>();
        store.currencies().forEach(currency -> codes.add(currency.getCurrencyCode()));
        return codes;
    }

    /**
     * A calculator over the whole history (ARR carries forward from rows of any age; rows after {@code to} change
     * nothing up to it), its data running through the currency's last loaded month, narrowed to {@code accountsIn}.
     */
    private RetentionCalculator calculator(Currency currency, Optional<Set<AccountKey>> accountsIn) {
        RetentionCalculator all = histories.of(currency);
        return accountsIn.map(all::only).orElse(all);
    }

    /**
     * Builds the currency's history on this node after an import has committed, so the import pays for it rather than
     * the first dashboard; a failure here is only logged: the import is stored, and the next read builds it.
     */
    private void buildHistory(Currency currency) {
        try {
            histories.of(currency);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "SuccessDesk stored the ARR import but could not build the " + currency
                    + " retention history yet; the next retention read will", e);
        }
    }

    private List<RevenueStore.UpsertOutcome> upsertAll(List<ArrSnapshot> snapshots) {
        try {
            return store.upsertAll(snapshots);
        } catch (ArrCurrencyConflictException e) {
            throw e.naming("rows[" + snapshots.indexOf(e.snapshot()) + "].currency");
        }
    }

    private static Currency currency(String code) {
        if (code == null) {
            throw new InvalidInputException("currency", "is required");
        }
        try {
            return Money.currency(code);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("currency", Objects.requireNonNullElse(e.getMessage(), e.toString()));
        }
    }

    private void checkRange(YearMonth from, YearMonth to) {
        FieldErrors errors = new FieldErrors();
        YearMonth current = currentMonth();
        if (to.isBefore(from)) {
            errors.add("to", "must not be before from (" + from + ")");
        }
        if (to.isAfter(current)) {
            errors.add("to", "must not be after the current month " + current + " (its point is partial)");
        }
        if (from.plusMonths(MAX_MONTHS).isBefore(to)) {
            errors.add("from", "the range may span at most " + MAX_MONTHS + " months");
        }
        errors.throwIfAny();
    }

    private YearMonth currentMonth() {
        return YearMonth.from(clock.instant().atZone(ZoneOffset.UTC));
    }

    private static YearMonth parseMonth(String text) {
        try {
            return YearMonth.parse(text);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("must be a month as YYYY-MM, got '" + text + "'", e);
        }
    }
}
