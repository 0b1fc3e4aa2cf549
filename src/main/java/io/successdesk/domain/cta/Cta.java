package io.successdesk.domain.cta;

import io.successdesk.domain.account.AccountKey;
import io.successdesk.domain.timeline.TimelineKind;
import io.successdesk.domain.timeline.TimelinePosition;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A call to action: a piece of work for the account's CSM. Immutable; each transition returns the new state and
 * refuses illegal moves with {@link IllegalCtaTransitionException} (see {@link CtaStatus} for the state machine).
 *
 * @param id                  unique id, non-blank
 * @param key                 account + type + reason
 * @param facts               why it exists, as the facts its rule saw (rendered by whoever shows it)
 * @param triggeringIssueKeys the support issues behind it
 * @param status              where it is in its lifecycle
 * @param created             when it was created
 * @param snooze              present exactly when SNOOZED
 * @param closedAt            present exactly when CLOSED
 * @param jiraIssueKey        the Jira issue created for it in the CS project, if any
 */
public record Cta(String id, CtaDedupKey key, CtaFacts facts, List<String> triggeringIssueKeys, CtaStatus status,
                  Instant created, Optional<Snooze> snooze, Optional<Instant> closedAt, Optional<String> jiraIssueKey) {

    public Cta {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(facts, "facts");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(created, "created");
        Objects.requireNonNull(snooze, "snooze");
        Objects.requireNonNull(closedAt, "closedAt");
        Objects.requireNonNull(jiraIssueKey, "jiraIssueKey");
        triggeringIssueKeys = List.copyOf(Objects.requireNonNull(triggeringIssueKeys, "triggeringIssueKeys"));
        if (id.isBlank()) {
            throw new IllegalArgumentException("a CTA needs an id");
        }
        if (facts.reason() != key.reason()) {
            throw new IllegalArgumentException("facts of " + facts.reason() + " cannot explain a " + key.reason() + " CTA");
        }
        if (snooze.isPresent() != (status == CtaStatus.SNOOZED)) {
            throw new IllegalArgumentException("a CTA has a snooze exactly when it is SNOOZED, status " + status);
        }
        if (closedAt.isPresent() != (status == CtaStatus.CLOSED)) {
            throw new IllegalArgumentException("a CTA has a closing time exactly when it is CLOSED, status " + status);
        }
    }

    /** A new open CTA from a proposal. */
    public static Cta open(String id, CtaProposal proposal, Instant created) {
        return new Cta(id, proposal.key(), proposal.facts(), proposal.triggeringIssueKeys(), CtaStatus.OPEN,
                created, Optional.empty(), Optional.empty(), Optional.empty());
    }

    public AccountKey account() {
        return key.account();
    }

    /** Where the CTA stands in its account's timeline: when it was created. */
    public TimelinePosition timelinePosition() {
        return new TimelinePosition(created, TimelineKind.CTA, id);
    }

    /** OPEN → SNOOZED until {@code until}, which must be after {@code today}. */
    public Cta snooze(LocalDate until, String reason, LocalDate today) {
        requireTransition(CtaStatus.SNOOZED);
        if (!until.isAfter(today)) {
            throw new IllegalArgumentException("a CTA can only be snoozed until a later day than " + today + ", got " + until);
        }
        return new Cta(id, key, facts, triggeringIssueKeys, CtaStatus.SNOOZED, created,
                Optional.of(new Snooze(until, reason)), Optional.empty(), jiraIssueKey);
    }

    /** SNOOZED → OPEN. */
    public Cta reopen() {
        requireTransition(CtaStatus.OPEN);
        return new Cta(id, key, facts, triggeringIssueKeys, CtaStatus.OPEN, created,
                Optional.empty(), Optional.empty(), jiraIssueKey);
    }

    /** Whether it is snoozed and its snooze date has come (on or before {@code today}). */
    public boolean isSnoozeOver(LocalDate today) {
        return snooze.filter(s -> !s.until().isAfter(today)).isPresent();
    }

    /** OPEN or SNOOZED → CLOSED at {@code at}. */
    public Cta close(Instant at) {
        requireTransition(CtaStatus.CLOSED);
        return new Cta(id, key, facts, triggeringIssueKeys, CtaStatus.CLOSED, created,
                Optional.empty(), Optional.of(at), jiraIssueKey);
    }

    /** Records the Jira issue created for this CTA. */
    public Cta withJiraIssue(String issueKey) {
        if (issueKey.isBlank()) {
            throw new IllegalArgumentException("a Jira issue key must not be blank");
        }
        return new Cta(id, key, facts, triggeringIssueKeys, status, created, snooze, closedAt, Optional.of(issueKey));
    }

    private void requireTransition(CtaStatus target) {
        if (!status.canMoveTo(target)) {
            throw new IllegalCtaTransitionException(id, status, target);
        }
    }
}
