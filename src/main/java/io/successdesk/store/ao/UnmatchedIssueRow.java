package io.successdesk.store.ao;

import net.java.ao.Entity;
import net.java.ao.schema.Index;
import net.java.ao.schema.Indexes;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Unique;

/**
 * A support issue without an account (table {@code UNMATCHED_ISSUE_ROW}), one row per issue id. {@code STATE} is
 * {@code UNMATCHED} (then {@code REASON} is an {@code UnmatchedReason}) or {@code AMBIGUOUS} (then {@code REASON} is the
 * {@code MatchRule} whose data is contradictory, and {@code CLAIMED} and {@code CANDIDATES} are JSON arrays of strings).
 */
@Indexes(@Index(name = "projIssue", methodNames = {"getProjectKey", "getIssueId"}))
public interface UnmatchedIssueRow extends Entity {

    String ISSUE_ID = "ISSUE_ID";
    String ISSUE_KEY = "ISSUE_KEY";
    String PROJECT_KEY = "PROJECT_KEY";
    String STATE = "STATE";
    String REASON = "REASON";
    String CLAIMED = "CLAIMED";
    String CANDIDATES = "CANDIDATES";
    String SEEN_AT = "SEEN_AT";

    /** Unique: one row per issue, however many nodes or threads record it at once. */
    @NotNull
    @Unique
    Long getIssueId();

    void setIssueId(Long issueId);

    @NotNull
    String getIssueKey();

    void setIssueKey(String issueKey);

    @NotNull
    String getProjectKey();

    void setProjectKey(String projectKey);

    @NotNull
    String getState();

    void setState(String state);

    @NotNull
    String getReason();

    void setReason(String reason);

    @StringLength(StringLength.UNLIMITED)
    String getClaimed();

    void setClaimed(String claimed);

    @StringLength(StringLength.UNLIMITED)
    String getCandidates();

    void setCandidates(String candidates);

    @NotNull
    Long getSeenAt();

    void setSeenAt(Long seenAt);
}
