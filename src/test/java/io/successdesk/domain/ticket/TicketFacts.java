package io.successdesk.domain.ticket;

import io.successdesk.domain.account.AccountKey;
import io.successdesk.domain.account.MatchRule;

import java.time.Instant;
import java.util.Optional;

/** Builds ticket facts of account ACME in project SUP for tests. */
public final class TicketFacts {

    public static final AccountKey ACME = AccountKey.of("ACME");

    private TicketFacts() {
    }

    /** An open, unanswered medium-priority question created at {@code created}. */
    public static TicketFact open(long id, String created) {
        return new TicketFact(id, "SUP-" + id, ACME, "SUP", Instant.parse(created), Optional.empty(), Optional.empty(),
                0, 3, StatusCategory.TO_DO, TicketKind.QUESTION, MatchRule.EMAIL_DOMAIN);
    }

    public static TicketFact with(TicketFact t, TicketKind kind, int priorityRank) {
        return new TicketFact(t.issueId(), t.issueKey(), t.account(), t.projectKey(), t.created(), t.firstResponse(),
                t.resolved(), t.reopenCount(), priorityRank, t.status(), kind, t.matchedBy());
    }

    public static TicketFact answered(TicketFact t, String firstResponse) {
        return new TicketFact(t.issueId(), t.issueKey(), t.account(), t.projectKey(), t.created(),
                Optional.of(Instant.parse(firstResponse)), t.resolved(), t.reopenCount(), t.priorityRank(), t.status(),
                t.kind(), t.matchedBy());
    }

    public static TicketFact resolved(TicketFact t, String resolved, int reopenCount) {
        return new TicketFact(t.issueId(), t.issueKey(), t.account(), t.projectKey(), t.created(), t.firstResponse(),
                Optional.of(Instant.parse(resolved)), reopenCount, t.priorityRank(), StatusCategory.DONE, t.kind(),
                t.matchedBy());
    }

    public static TicketFact inStatus(TicketFact t, StatusCategory status) {
        return new TicketFact(t.issueId(), t.issueKey(), t.account(), t.projectKey(), t.created(), t.firstResponse(),
                t.resolved(), t.reopenCount(), t.priorityRank(), status, t.kind(), t.matchedBy());
    }

    public static TicketFact ofAccount(TicketFact t, AccountKey account) {
        return new TicketFact(t.issueId(), t.issueKey(), account, t.projectKey(), t.created(), t.firstResponse(),
                t.resolved(), t.reopenCount(), t.priorityRank(), t.status(), t.kind(), t.matchedBy());
    }
}
