package io.successdesk.app.refresh;

import io.successdesk.app.InvalidInputException;
import io.successdesk.app.NotFoundException;
import io.successdesk.app.Page;
import io.successdesk.app.PageRequest;
import io.successdesk.app.Transactions;
import io.successdesk.app.account.AccountQuery;
import io.successdesk.app.account.AccountStore;
import io.successdesk.app.account.RecordedHealth;
import io.successdesk.app.change.AccountChangeLog;
import io.successdesk.app.cta.CtaContextAssembler;
import io.successdesk.app.cta.CtaService;
import io.successdesk.app.health.HealthService;
import io.successdesk.app.panel.PanelSummaryService;
import io.successdesk.domain.account.Account;
import io.successdesk.domain.account.AccountKey;
import io.successdesk.domain.cta.Cta;
import io.successdesk.domain.health.EffectiveHealth;
import io.successdesk.domain.health.HealthBand;
import io.successdesk.domain.health.HealthScore;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * What the Jira side calls to keep an account current: {@link #refresh} after any change to its tickets or inputs,
 * {@link #dailySnapshot} from the daily job.
 */
@Named
public class AccountRefreshService implements AccountRefresher {

    /** Accounts handled per batch of the daily run. */
    public static final int BATCH_SIZE = 200;
    private static final Logger LOG = Logger.getLogger(AccountRefreshService.class.getName());

    private final AccountStore accounts;
    private final HealthService health;
    private final CtaContextAssembler contexts;
    private final CtaService ctas;
    private final PanelSummaryService panelSummaries;
    private final AccountChangeLog changes;
    private final Transactions transactions;

    @Inject
    public AccountRefreshService(AccountStore accounts, HealthService health, CtaContextAssembler contexts,
                                 CtaService ctas, PanelSummaryService panelSummaries, AccountChangeLog changes,
                                 Transactions transactions) {
        this.changes = Objects.requireNonNull(changes, "changes");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.accounts = Objects.requireNonNull(accounts, "accounts");
        this.health = Objects.requireNonNull(health, "health");
        this.contexts = Objects.requireNonNull(contexts, "contexts");
        this.ctas = Objects.requireNonNull(ctas, "ctas");
        this.panelSummaries = Objects.requireNonNull(panelSummaries, "panelSummaries");
    }

    /** The outcome of one refresh: the account's effective health now and the CTAs it created. */
    public record Refresh(AccountKey account, EffectiveHealth health, List<Cta> createdCtas) {
        public Refresh {
            Objects.requireNonNull(account, "account");
            Objects.requireNonNull(health, "health");
            createdCtas = List.copyOf(createdCtas);
        }
    }

    /**
     * One batch of a daily run.
     *
     * @param day         the day snapshotted
     * @param processed   accounts handled in this batch (snapshotted or failed)
     * @param failed      accounts of this batch whose snapshot failed (logged; the batch went on)
     * @param createdCtas CTAs created in this batch
     * @param next        the batch to run next; empty when the run is complete
     */
    public record DailyBatch(LocalDate day, int processed, int failed, int createdCtas, Optional<DailyCursor> next) {
        public DailyBatch {
            Objects.requireNonNull(day, "day");
            Objects.requireNonNull(next, "next");
        }
    }

    /**
     * Where a batched daily run stands: the next {@code size} accounts in key order after {@code after} (from the
     * first account when empty). Keyset paging: a batch late in the run costs what the first one does.
     */
    public record DailyCursor(Optional<AccountKey> after, int size) {
        public DailyCursor {
            Objects.requireNonNull(after, "after");
            if (size < 1) {
                throw new IllegalArgumentException("a batch has at least one account");
            }
        }

        public static DailyCursor first(int size) {
            return new DailyCursor(Optional.empty(), size);
        }
    }

    /**
     * Recomputes the account's effective health, records its score and band on the account (for the list's band
     * filter and score sort), evaluates the CTA rules and stores the account's panel summary, in one transaction (as
     * each account's day of the daily run is): all of it or none. The transaction locks the account's row first, as
     * its deletion does, so the two queue instead of deadlocking (docs/architecture.md, "Concurrent writers"). The Jira issues of the CTAs it created are opened
     * after that transaction has committed ({@link CtaService#openIssues}).
     *
     * @throws NotFoundException when the account does not exist
     */
    public Refresh refresh(AccountKey account) {
        Refresh committed = transactions.inTransaction(() -> {
            if (!accounts.lock(account)) {
                throw new NotFoundException("account " + account);
            }
            Account found = accounts.get(account).orElseThrow(() -> new NotFoundException("account " + account));
            long reflectsMark = changes.newestMark(account);
            EffectiveHealth current = health.effectiveHealth(found);
            List<Cta> created = apply(found, current, reflectsMark);
            return new Refresh(account, current, created);
        });
        return new Refresh(account, committed.health(), ctas.openIssues(committed.createdCtas()));
    }

    /**
     * Snapshots every account's health for {@code day} (replacing that day's earlier snapshot, so running a day
     * twice changes nothing), records it on the account, evaluates the CTA rules (time-based ones included) and
     * stores the account's panel summary (so trends, windows and overdue items move on with the day), batch by
     * batch in account-key order. Lapsed overrides are not removed: they stay visible as lapsed and no longer apply.
     *
     * One failing account does not stop the run: it is logged, counted and left for the next run of the day.
     * <p>
     * Each account's day is one transaction (snapshot, recorded health, CTAs, panel summary), so an account has a
     * snapshot of the day exactly when its whole day is done; a run skips the accounts that have one. A run cut off
     * part-way (a node stopped, a connection lost) therefore leaves whole accounts done or untouched, and the next run
     * of the day, on any node, does the rest: no account skipped, none done twice (docs/data-center.md).
     *
     * @return the accounts snapshotted and the accounts that failed
     */
    public SnapshotRun dailySnapshot(LocalDate day) {
        int processed = 0;
        int failed = 0;
        Optional<DailyCursor> next = Optional.of(DailyCursor.first(BATCH_SIZE));
        while (next.isPresent()) {
            DailyBatch batch = dailySnapshot(day, next.get());
            processed += batch.processed();
            failed += batch.failed();
            next = batch.next();
        }
        return new SnapshotRun(processed - failed, failed);
    }

    /**
     * One batch of {@link #dailySnapshot(LocalDate)}, so a job can stop and resume with {@link DailyBatch#next()}.
     * Every batch is safe to repeat: accounts already snapshotted for {@code day} are skipped (not counted).
     */
    public DailyBatch dailySnapshot(LocalDate day, DailyCursor batch) {
        Objects.requireNonNull(day, "day");
        AccountQuery remaining = batch.after().map(AccountQuery.all()::after).orElse(AccountQuery.all());
        Page<Account> page = accounts.find(remaining, PageRequest.first(batch.size()));
        java.util.Set<AccountKey> done = health.snapshottedOn(page.items().stream().map(Account::key).toList(), day);
        int created = 0;
        int failed = 0;
        int processed = 0;
        for (Account account : page.items()) {
            if (done.contains(account.key())) {
                continue;
            }
            processed++;
            try {
                List<Cta> committed = transactions.inTransaction(() -> {
                    if (!accounts.lock(account.key())) {
                        return List.<Cta>of();   // deleted since the page was read: nothing of it is left to do
                    }
                    long reflectsMark = changes.newestMark(account.key());
                    return apply(account, health.recordSnapshot(account, day), reflectsMark);
                });
                created += ctas.openIssues(committed).size();
            } catch (InvalidInputException e) {
                throw e;   // the day itself is refused (a future day): every account would fail the same way
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "SuccessDesk could not snapshot account " + account.key() + " for " + day
                        + "; the run goes on", e);
                failed++;
            }
        }
        Optional<DailyCursor> next = page.hasMore() && !page.items().isEmpty()
                ? Optional.of(new DailyCursor(Optional.of(page.items().get(page.items().size() - 1).key()), batch.size()))
                : Optional.empty();
        return new DailyBatch(day, processed, failed, created, next);
    }

    /**
     * Runs the CTA rules on the evaluated health, stores the panel summary of it and records the health and the open
     * CTAs on the account (list filters and sorting).
     */
    private List<Cta> apply(Account account, EffectiveHealth current, long reflectsMark) {
        Optional<HealthScore> score = current.score();
        Optional<HealthBand> band = current.band();
        List<Cta> created = ctas.evaluate(contexts.assemble(account, score, band));
        panelSummaries.refresh(account, current, reflectsMark);
        Optional<RecordedHealth> recorded = score.isPresent() && band.isPresent()
                ? Optional.of(new RecordedHealth(score.get(), band.get())) : Optional.empty();
        accounts.recordRefresh(account.key(), recorded, ctas.openCount(account.key()));
        return created;
    }

    @Override
    public SnapshotRun snapshotAllAccounts(LocalDate day) {
        return dailySnapshot(day);
    }
}
