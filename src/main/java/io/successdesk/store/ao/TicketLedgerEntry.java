package io.successdesk.store.ao;

import io.successdesk.domain.account.MatchRule;
import io.successdesk.domain.ticket.StatusCategory;
import io.successdesk.domain.ticket.TicketKind;
import net.java.ao.Entity;
import net.java.ao.schema.Index;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.Indexes;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Unique;

/**
 * One row of the ticket ledger per issue id (table {@code TICKET_LEDGER_ENTRY}). Instants are epoch milliseconds.
 * {@code LAST_ACTIVITY_AT} (latest of created, first response, resolved) and {@code STILL_OPEN} exist so
 * "relevant since" is two indexed conditions instead of four date comparisons.
 */
@Indexes({
        @Index(name = "acctIssue", methodNames = {"getAccountKey", "getIssueId"}),
        @Index(name = "acctActivity", methodNames = {"getAccountKey", "getLastActivityAt"}),
        @Index(name = "acctOpen", methodNames = {"getAccountKey", "getStillOpen"}),
        @Index(name = "acctCreated", methodNames = {"getAccountKey", "getCreatedAt"})
})
public interface TicketLedgerEntry extends Entity {

    String ISSUE_ID = "ISSUE_ID";
    String ISSUE_KEY = "ISSUE_KEY";
    String ACCOUNT_KEY = "ACCOUNT_KEY";
    String PROJECT_KEY = "PROJECT_KEY";
    String CREATED_AT = "CREATED_AT";
    String FIRST_RESPONSE_AT = "FIRST_RESPONSE_AT";
    String RESOLVED_AT = "RESOLVED_AT";
    String LAST_ACTIVITY_AT = "LAST_ACTIVITY_AT";
    String STILL_OPEN = "STILL_OPEN";
    String REOPEN_COUNT = "REOPEN_COUNT";
    String PRIORITY_RANK = "PRIORITY_RANK";
    String STATUS = "STATUS";
    String TICKET_KIND = "TICKET_KIND";
    String MATCHED_BY = "MATCHED_BY";

    /** Unique: one row per issue, however many nodes or threads upsert it at once. */
    @NotNull
    @Unique
    Long getIssueId();

    void setIssueId(Long issueId);

    @NotNull
    String getIssueKey();

    void setIssueKey(String issueKey);

    @NotNull
    @Indexed
    String getAccountKey();

    void setAccountKey(String accountKey);

    @NotNull
    String getProjectKey();

    void setProjectKey(String projectKey);

    @NotNull
    Long getCreatedAt();

    void setCreatedAt(Long createdAt);

    Long getFirstResponseAt();

    void setFirstResponseAt(Long firstResponseAt);

    Long getResolvedAt();

    void setResolvedAt(Long resolvedAt);

    @NotNull
    Long getLastActivityAt();

    void setLastActivityAt(Long lastActivityAt);

    @NotNull
    Boolean getStillOpen();

    void setStillOpen(Boolean stillOpen);

    int getReopenCount();

    void setReopenCount(int reopenCount);

    int getPriorityRank();

    void setPriorityRank(int priorityRank);

    @NotNull
    StatusCategory getStatus();

    void setStatus(StatusCategory status);

    @NotNull
    TicketKind getTicketKind();

    void setTicketKind(TicketKind ticketKind);

    @NotNull
    MatchRule getMatchedBy();

    void setMatchedBy(MatchRule matchedBy);
}
