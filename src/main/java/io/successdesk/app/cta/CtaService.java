package io.successdesk.app.cta;

import io.successdesk.app.ConflictException;
import io.successdesk.app.InvalidInputException;
import io.successdesk.app.NotFoundException;
import io.successdesk.app.Page;
import io.successdesk.app.PageRequest;
import io.successdesk.app.audit.AuditEntry;
import io.successdesk.app.audit.AuditLog;
import io.successdesk.app.change.AccountChanges;
import io.successdesk.domain.account.AccountKey;
import io.successdesk.domain.cta.Cta;
import io.successdesk.domain.cta.CtaContext;
import io.successdesk.domain.cta.CtaDedupKey;
import io.successdesk.domain.cta.CtaDeduplication;
import io.successdesk.domain.cta.CtaProposal;
import io.successdesk.domain.cta.CtaReason;
import io.successdesk.domain.cta.CtaStatus;
import io.successdesk.domain.cta.IllegalCtaTransitionException;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * Use cases of calls to action: evaluate the rules for an account, snooze, reopen and close. A status change by
 * hand or by a resolved issue is a write on the account-changed path ({@link AccountChanges}); evaluation runs inside
 * the account refresh that path triggers, which stores the new panel summary itself.
 */
@Named
public class CtaService {

    private static final Logger LOG = Logger.getLogger(CtaService.class.getName());

    static final String SUBJECT_TYPE = "cta";
    /** More active CTAs than one account has reasons. */
    private static final PageRequest ACTIVE_PAGE = new PageRequest(0, 100);

    private final CtaStore store;
    private final CtaSink sink;
    private final CtaRulesStore rules;
    private final AuditLog auditLog;
    private final Clock clock;
    private final AccountChanges changes;

    @Inject
    public CtaService(CtaStore store, CtaSink sink, CtaRulesStore rules, AuditLog auditLog, Clock clock,
                      AccountChanges changes) {
        this.store = Objects.requireNonNull(store, "store");
        this.sink = Objects.requireNonNull(sink, "sink");
        this.rules = Objects.requireNonNull(rules, "rules");
        this.auditLog = Objects.requireNonNull(auditLog, "auditLog");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.changes = Objects.requireNonNull(changes, "changes");
    }

    /**
     * Applies the rules to the account's context. A proposal whose key has an active CTA creates nothing (a snoozed
     * one whose date has come is reopened instead); every other proposal becomes an open CTA, stored and audited. An
     * active CTA whose condition no longer holds ({@link CtaReason#closesWhenConditionEnds()}) is closed, as the
     * system. No Jira issue is created here: the caller hands the created CTAs to {@link #openIssues} once the
     * transaction that stored them has committed, so a refresh rolled back after this (a conflict with another node
     * refreshing the same account) leaves no Jira issue for a CTA that does not exist, and its retry none twice.
     *
     * @return the CTAs created, in rule order
     */
    public List<Cta> evaluate(CtaContext context) {
        Objects.requireNonNull(context, "context");
        List<CtaProposal> proposals = rules.current().evaluate(context);
        closeEndedConditions(context.account(), proposals);
        List<Cta> active = new ArrayList<>();
        for (CtaProposal proposal : proposals) {
            store.findActive(proposal.key()).ifPresent(existing -> active.add(wakeIfDue(existing, context.today())));
        }
        List<Cta> created = new ArrayList<>();
        for (CtaProposal proposal : CtaDeduplication.newProposals(proposals, active)) {
            Instant now = clock.instant();
            Cta cta = Cta.open(UUID.randomUUID().toString(), proposal, now);
            store.save(cta);
            audit(now, AuditEntry.SYSTEM_ACTOR, "cta.create", cta, Optional.empty());
            created.add(cta);
        }
        return List.copyOf(created);
    }

    /**
     * Hands each CTA just created (and committed) to the sink and records the Jira issue key it answers. A CTA whose
     * issue cannot be created or recorded keeps working without one (logged); the others go on.
     *
     * @return the CTAs, each with its issue key where one was created
     */
    public List<Cta> openIssues(List<Cta> created) {
        List<Cta> opened = new ArrayList<>(created.size());
        for (Cta cta : created) {
            try {
                Optional<String> issueKey = sink.createIssue(cta);
                if (issueKey.isPresent()) {
                    Cta withIssue = cta.withJiraIssue(issueKey.get());
                    store.replace(cta, withIssue);
                    cta = withIssue;
                }
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "SuccessDesk could not open or record the Jira issue of call to action "
                        + cta.id() + "; it stays in the app without one", e);
            }
            opened.add(cta);
        }
        return List.copyOf(opened);
    }

    private void closeEndedConditions(AccountKey account, List<CtaProposal> proposals) {
        Set<CtaDedupKey> proposed = proposals.stream().map(CtaProposal::key).collect(Collectors.toSet());
        List<Cta> ended = store.page(account, EnumSet.of(CtaStatus.OPEN, CtaStatus.SNOOZED), ACTIVE_PAGE).items()
                .stream().filter(cta -> cta.key().reason().closesWhenConditionEnds() && !proposed.contains(cta.key()))
                .toList();
        for (Cta cta : ended) {
            Instant now = clock.instant();
            Cta closed = cta.close(now);
            store.replace(cta, closed);
            audit(now, AuditEntry.SYSTEM_ACTOR, "cta.close.condition-ended", closed, Optional.of(cta));
        }
    }

    private Cta wakeIfDue(Cta cta, LocalDate today) {
        if (!cta.isSnoozeOver(today)) {
            return cta;
        }
        Cta woken = cta.reopen();
        store.replace(cta, woken);
        audit(clock.instant(), AuditEntry.SYSTEM_ACTOR, "cta.wake", woken, Optional.of(cta));
        return woken;
    }

    /**
     * Snoozes an open CTA until a later day, with a reason.
     *
     * @throws InvalidInputException naming {@code reason} or {@code until}
     * @throws NotFoundException     when there is no such CTA
     * @throws ConflictException     when the CTA is not open
     */
    public Cta snooze(String id, LocalDate until, String reason, String actor) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        if (reason.isBlank()) {
            throw new InvalidInputException("reason", "is required");
        }
        if (!until.isAfter(today)) {
            throw new InvalidInputException("until", "must be after today (" + today + ")");
        }
        return transition(id, actor, "cta.snooze", cta -> cta.snooze(until, reason.strip(), today));
    }

    /** Wakes a snoozed CTA by hand. @throws ConflictException when it is not snoozed */
    public Cta reopen(String id, String actor) {
        return transition(id, actor, "cta.reopen", Cta::reopen);
    }

    /** Longest close reason kept in the audit log. */
    public static final int MAX_CLOSE_REASON = 1000;

    /**
     * Closes an open or snoozed CTA; the reason goes to the audit log with the change.
     *
     * @throws ConflictException when it is already closed
     */
    public Cta close(String id, String reason, String actor) {
        String why = reason.strip();
        if (why.isEmpty()) {
            throw new InvalidInputException("reason", "is required");
        }
        if (why.length() > MAX_CLOSE_REASON) {
            throw new InvalidInputException("reason", "at most " + MAX_CLOSE_REASON + " characters");
        }
        Instant now = clock.instant();
        return transition(id, actor, "cta.close", cta -> cta.close(now), "; closeReason=" + why);
    }

    /**
     * The CTA's Jira issue was resolved: closes the CTA that issue belongs to, as the system. Meant for the issue
     * event listener; safe to call for any issue and more than once.
     *
     * @return the CTA now closed, or empty when the issue belongs to no CTA or its CTA was already closed
     */
    public Optional<Cta> closeForIssue(String issueKey) {
        Objects.requireNonNull(issueKey, "issueKey");
        Optional<Cta> cta = store.findByJiraIssue(issueKey).filter(found -> found.status().isActive());
        if (cta.isEmpty()) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        Cta closed = cta.get().close(now);
        return Optional.of(changes.write(closed.account(), () -> {
            store.replace(cta.get(), closed);
            audit(now, AuditEntry.SYSTEM_ACTOR, "cta.close.issue-resolved", closed, cta);
            return closed;
        }));
    }

    /** How many open (not snoozed) CTAs the account has. */
    public int openCount(AccountKey account) {
        return Math.toIntExact(store.count(account, java.util.EnumSet.of(CtaStatus.OPEN)));
    }

    /** The account's CTAs in the given statuses, newest first. */
    public Page<Cta> list(AccountKey account, Set<CtaStatus> statuses, PageRequest page) {
        return store.page(account, statuses, page);
    }

    private Cta transition(String id, String actor, String action, UnaryOperator<Cta> change) {
        return transition(id, actor, action, change, "");
    }

    /** Applies {@code change}; {@code note} is appended to the audit entry's description of the result. */
    private Cta transition(String id, String actor, String action, UnaryOperator<Cta> change, String note) {
        Objects.requireNonNull(actor, "actor");
        Cta before = store.find(id).orElseThrow(() -> new NotFoundException("CTA " + id));
        Cta after;
        try {
            after = change.apply(before);
        } catch (IllegalCtaTransitionException e) {
            throw new ConflictException("status", Objects.requireNonNullElse(e.getMessage(), e.toString()));
        }
        return changes.write(after.account(), () -> {
            store.replace(before, after);
            auditLog.record(new AuditEntry(clock.instant(), actor, action, SUBJECT_TYPE, after.id(),
                    Optional.of(describe(before)), Optional.of(describe(after) + note)));
            return after;
        });
    }

    private void audit(Instant at, String actor, String action, Cta after, Optional<Cta> before) {
        auditLog.record(new AuditEntry(at, actor, action, SUBJECT_TYPE, after.id(), before.map(CtaService::describe),
                Optional.of(describe(after))));
    }

    private static String describe(Cta cta) {
        return "key=" + cta.key() + "; status=" + cta.status()
                + cta.snooze().map(s -> "; snoozedUntil=" + s.until() + "; snoozeReason=" + s.reason()).orElse("")
                + cta.jiraIssueKey().map(key -> "; issue=" + key).orElse("");
    }
}
