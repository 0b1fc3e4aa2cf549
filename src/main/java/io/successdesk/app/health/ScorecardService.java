package io.successdesk.app.health;

import io.successdesk.app.ConflictException;
import io.successdesk.app.InvalidInputException;
import io.successdesk.app.Page;
import io.successdesk.app.PageRequest;
import io.successdesk.app.account.AccountQuery;
import io.successdesk.app.account.AccountSort;
import io.successdesk.app.account.AccountStore;
import io.successdesk.app.audit.AuditEntry;
import io.successdesk.app.audit.AuditLog;
import io.successdesk.app.change.AccountChanges;
import io.successdesk.domain.account.Account;
import io.successdesk.domain.account.AccountKey;
import io.successdesk.domain.health.HealthScorecard;
import io.successdesk.domain.health.HealthScorer;
import io.successdesk.domain.health.Measure;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The scorecard editor's use cases (docs/product.md §4): read the scorecard in use, preview a draft on real accounts
 * without saving anything, and save a draft as a new version. A save is audited and marks every account changed,
 * so the account-change worker brings their health, CTAs and panels current under the new version.
 */
@Named
public class ScorecardService {

    /** Accounts a preview shows. */
    public static final int PREVIEW_ACCOUNTS = 5;
    /** Version id a draft carries while previewed. */
    public static final String DRAFT_VERSION = "draft";

    static final String ACTION_UPDATE = "scorecard.update";

    private final ScorecardStore scorecards;
    private final ScorecardVersions versions;
    private final HealthInputsProvider inputs;
    private final AccountStore accounts;
    private final AuditLog auditLog;
    private final AccountChanges changes;
    private final Clock clock;

    @Inject
    public ScorecardService(ScorecardStore scorecards, ScorecardVersions versions, HealthInputsProvider inputs,
                            AccountStore accounts, AuditLog auditLog, AccountChanges changes, Clock clock) {
        this.scorecards = Objects.requireNonNull(scorecards, "scorecards");
        this.versions = Objects.requireNonNull(versions, "versions");
        this.inputs = Objects.requireNonNull(inputs, "inputs");
        this.accounts = Objects.requireNonNull(accounts, "accounts");
        this.auditLog = Objects.requireNonNull(auditLog, "auditLog");
        this.changes = Objects.requireNonNull(changes, "changes");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public HealthScorecard current() {
        return scorecards.current();
    }

    /**
     * The health of {@code chosen} accounts (at most {@value #PREVIEW_ACCOUNTS}; none: the five with the largest ARR)
     * under the current scorecard and under {@code draft}. Nothing is saved.
     *
     * @throws InvalidInputException naming the draft's bad fields, or {@code accounts} for unknown or too many keys
     */
    public ScorecardPreview preview(ScorecardDraft draft, List<AccountKey> chosen) {
        HealthScorecard candidate = draft.validate(DRAFT_VERSION);
        HealthScorecard current = scorecards.current();
        Instant now = clock.instant();
        List<ScorecardPreview.Line> lines = new ArrayList<>();
        for (Account account : previewAccounts(chosen)) {
            var observations = inputs.observations(account.key(), now);
            lines.add(new ScorecardPreview.Line(account.key(), account.name(),
                    HealthScorer.score(current, observations, now), HealthScorer.score(candidate, observations, now)));
        }
        return new ScorecardPreview(current.versionId(), lines);
    }

    private List<Account> previewAccounts(List<AccountKey> chosen) {
        if (chosen.size() > PREVIEW_ACCOUNTS) {
            throw new InvalidInputException("accounts", "choose at most " + PREVIEW_ACCOUNTS + " accounts");
        }
        if (chosen.isEmpty()) {
            return accounts.find(AccountQuery.all().sortedBy(AccountSort.ARR, AccountSort.Direction.DESCENDING),
                    new PageRequest(0, PREVIEW_ACCOUNTS)).items();
        }
        List<Account> found = new ArrayList<>();
        for (AccountKey key : chosen) {
            found.add(accounts.get(key).orElseThrow(() ->
                    new InvalidInputException("accounts", "there is no account " + key.value())));
        }
        return found;
    }

    /**
     * Saves {@code draft} as a new scorecard version, when the current one is still {@code basedOnVersion}.
     *
     * @throws ConflictException     naming {@code basedOnVersion} when someone saved another version meanwhile
     * @throws InvalidInputException naming the draft's bad fields
     */
    public HealthScorecard save(ScorecardDraft draft, String basedOnVersion, String actor) {
        Objects.requireNonNull(actor, "actor");
        HealthScorecard checked = draft.validate(DRAFT_VERSION);
        HealthScorecard before = scorecards.current();
        if (!before.versionId().equals(basedOnVersion)) {
            throw new ConflictException("basedOnVersion", "Someone else saved scorecard version " + before.versionId()
                    + " since you loaded version " + basedOnVersion + ". Reload to see it, then make your change again.");
        }
        HealthScorecard saved = versions.saveNewVersion(checked.measures(), checked.thresholds());
        auditLog.record(new AuditEntry(clock.instant(), actor, ACTION_UPDATE, "scorecard", saved.versionId(),
                Optional.of(text(before)), Optional.of(text(saved))));
        markEveryAccountChanged();
        return saved;
    }

    private void markEveryAccountChanged() {
        PageRequest page = PageRequest.first(PageRequest.MAX_LIMIT);
        Page<Account> batch;
        do {
            batch = accounts.find(AccountQuery.all(), page);
            List<AccountKey> keys = batch.items().stream().map(Account::key).toList();
            changes.write(changed -> {
                keys.forEach(changed::add);
                return keys.size();
            });
            page = page.next();
        } while (batch.hasMore());
    }

    static String text(HealthScorecard scorecard) {
        return "version=" + scorecard.versionId() + "; amberFrom=" + scorecard.thresholds().amberFrom()
                + "; greenFrom=" + scorecard.thresholds().greenFrom() + "; measures=" + scorecard.measures().stream()
                .map(ScorecardService::text).collect(Collectors.joining(", ", "[", "]"));
    }

    private static String text(Measure measure) {
        return measure.id() + "(weight " + measure.weight() + ", red " + measure.redBound() + ", green "
                + measure.greenBound() + ", window " + measure.windowDays() + "d, n≥" + measure.minimumSample()
                + (measure.validityDays().isPresent() ? ", valid " + measure.validityDays().getAsInt() + "d" : "") + ")";
    }
}
