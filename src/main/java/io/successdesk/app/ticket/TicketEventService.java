package io.successdesk.app.ticket;

import io.successdesk.app.change.AccountChanges;
import io.successdesk.app.change.ChangedAccounts;
import io.successdesk.app.config.SettingsStore;
import io.successdesk.app.issue.IssueReader;
import io.successdesk.app.issue.IssueSnapshot;
import io.successdesk.app.link.AccountMatchingSettingsStore;
import io.successdesk.app.link.LinkedIssues;
import io.successdesk.app.link.ManualLinkStore;
import io.successdesk.domain.account.AccountDirectory;
import io.successdesk.domain.account.AccountKey;
import io.successdesk.domain.account.AccountResolution;
import io.successdesk.domain.account.AccountResolver;
import io.successdesk.domain.account.IssueFacts;
import io.successdesk.domain.account.MatchingConfiguration;
import io.successdesk.domain.ticket.StatusCategory;
import io.successdesk.domain.ticket.TicketFact;
import io.successdesk.domain.ticket.TicketKind;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;

/**
  * Keeps one issue's ledger row current (docs/product.md §3): reads the issue, resolves its account (docs/product.md
  * §2), writes
 * or removes the row, and refreshes every account the change touched. Runs off the host's event thread, for live
 * events, the backfill and the daily reconcile alike; running it twice on an unchanged issue changes nothing.
 */
@Named
public class TicketEventService implements LinkedIssues {

    private final IssueReader issues;
    private final TicketLedger ledger;
    private final ManualLinkStore links;
    private final SettingsStore settings;
    private final AccountResolver resolver;
    private final AccountChanges changes;
    private final IssueFollowUps followUps;
    private final AccountMatchingSettingsStore matching;
    private final UnmatchedIssueStore unmatched;
    private final Clock clock;

    @Inject
    public TicketEventService(IssueReader issues, TicketLedger ledger, ManualLinkStore links, SettingsStore settings,
                              AccountMatchingSettingsStore matching, AccountDirectory accounts, AccountChanges changes,
                              IssueFollowUps followUps, UnmatchedIssueStore unmatched, Clock clock) {
        this.issues = issues;
        this.ledger = ledger;
        this.links = links;
        this.settings = settings;
        this.matching = matching;
        this.resolver = new AccountResolver(accounts);
        this.changes = changes;
        this.followUps = followUps;
        this.unmatched = unmatched;
        this.clock = clock;
    }

    /** What one update did. */
    public sealed interface Outcome {
        /** The row was written. */
        record Recorded(TicketFact fact) implements Outcome {
        }

        /** The issue belongs to no account (or to several); it has no row. */
        record NoAccount(AccountResolution resolution) implements Outcome {
        }

        /** The issue is gone or outside the support projects; it has no row. */
        record Dropped() implements Outcome {
        }
    }

    /**
     * How the rules resolve the issue now, without writing anything (the panel explains an unmatched issue with it);
     * empty when the issue is gone.
     */
    public Optional<AccountResolution> resolution(long issueId) {
        return issues.read(issueId).map(this::resolve);
    }

    private AccountResolution resolve(IssueSnapshot issue) {
        MatchingConfiguration configuration = matching.load().matching(settings.load().supportProjectKeys());
        return resolver.resolve(new IssueFacts(issue.projectKey(), issue.reporterEmail(), issue.jsmOrganizationIds(),
                issue.customFieldValue(), links.linkOf(issue.issueId())), configuration);
    }

    /**
     * Brings the issue's row up to date on the account-changed path: the row and the marks of the accounts whose
     * signals changed (the new one and, after a move, the old one) commit together.
     */
    public Outcome issueChanged(long issueId) {
        return changes.write(touched -> update(issueId, touched));
    }

    /** A manual link changed: the same update as any other change to the issue. */
    @Override
    public void linkChanged(long issueId) {
        issueChanged(issueId);
    }

    private Outcome update(long issueId, ChangedAccounts touched) {
        Optional<TicketFact> before = ledger.get(issueId);
        Optional<IssueSnapshot> read = issues.read(issueId);
        Outcome outcome;
        if (read.isEmpty()) {
            outcome = new Outcome.Dropped();
        } else {
            followUps.issueRead(read.get());
            outcome = resolve(read.get(), before);
        }
        if (outcome instanceof Outcome.Recorded recorded) {
            if (before.isPresent() && before.get().equals(recorded.fact())) {
                return outcome;
            }
            ledger.upsert(recorded.fact());
            followUps.ticketRecorded(read.orElseThrow(), before, recorded.fact());
            touched.add(recorded.fact().account());
            before.map(TicketFact::account).ifPresent(touched::add);
        } else if (before.isPresent()) {
            ledger.remove(issueId);
            touched.add(before.get().account());
        }
        listForAdmins(issueId, read, before, outcome);
        return outcome;
    }

    /**
     * An issue without an account is listed for the admins, in the same transaction as its ledger row goes. An issue
     * is listed exactly when it has no ledger row, so one that had a row was not listed and its update (the common
     * event) costs no write here.
     */
    private void listForAdmins(long issueId, Optional<IssueSnapshot> read, Optional<TicketFact> before, Outcome outcome) {
        if (outcome instanceof Outcome.NoAccount noAccount) {
            IssueSnapshot issue = read.orElseThrow();
            unmatched.put(new UnmatchedIssue(issueId, issue.issueKey(), issue.projectKey(), noAccount.resolution(),
                    clock.instant()));
        } else if (before.isEmpty()) {
            unmatched.remove(issueId);
        }
    }

    private Outcome resolve(IssueSnapshot issue, Optional<TicketFact> before) {
        AccountResolution resolution = resolve(issue);
        if (resolution instanceof AccountResolution.Matched matched) {
            TicketKind kind = TicketKinds.of(matching.load().issueTypeKinds(), issue.issueTypeId(), issue.issueTypeName());
            return new Outcome.Recorded(fact(issue, matched, kind, before));
        }
        return resolution instanceof AccountResolution.NotSupportProject
                ? new Outcome.Dropped() : new Outcome.NoAccount(resolution);
    }

    private static TicketFact fact(IssueSnapshot issue, AccountResolution.Matched matched, TicketKind kind,
                                   Optional<TicketFact> before) {
        boolean openNow = issue.resolved().isEmpty() && issue.status() != StatusCategory.DONE;
        boolean closedBefore = before.map(f -> f.resolved().isPresent() || f.status() == StatusCategory.DONE).orElse(false);
        int reopenCount = before.map(TicketFact::reopenCount).orElse(0) + (closedBefore && openNow ? 1 : 0);
        Optional<Instant> resolved = issue.resolved().map(at -> at.isBefore(issue.created()) ? issue.created() : at);
        return new TicketFact(issue.issueId(), issue.issueKey(), matched.account(), issue.projectKey(), issue.created(),
                firstResponse(issue), resolved, reopenCount, Math.max(1, issue.priorityRank()), issue.status(),
                kind, matched.rule());
    }

    /** The first comment by someone other than the reporter (anonymous comments do not count). */
    static Optional<Instant> firstResponse(IssueSnapshot issue) {
        return issue.comments().stream()
                .filter(comment -> comment.authorKey().isPresent()
                        && !Objects.equals(comment.authorKey(), issue.reporterKey()))
                .map(IssueSnapshot.CommentFact::created)
                .map(at -> at.isBefore(issue.created()) ? issue.created() : at)
                .min(Comparator.naturalOrder());
    }
}
