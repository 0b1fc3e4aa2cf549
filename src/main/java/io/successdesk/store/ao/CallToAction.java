package io.successdesk.store.ao;

import io.successdesk.domain.cta.CtaReason;
import io.successdesk.domain.cta.CtaStatus;
import io.successdesk.domain.cta.CtaType;
import net.java.ao.Entity;
import net.java.ao.schema.Default;
import net.java.ao.schema.Index;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.Indexes;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;

/**
 * A call to action (table {@code CALL_TO_ACTION}). {@code CTA_ID} is the domain id (unique, kept so in code);
 * {@code DEDUP_KEY} is {@code CtaDedupKey.toString()}, at most one OPEN/SNOOZED row per key.
 *
 * <p>Why it exists: {@code FACTS}, the rule's facts as compact JSON (see {@code store.CtaFactsJson}). Rows written
 * before facts existed have only {@code EXPLANATION}, an English sentence, and no {@code FACTS}; they are read as
 * legacy facts carrying that sentence and keep that shape when saved again. New rows leave {@code EXPLANATION} null
 * (it was NOT NULL until facts came; AO relaxes the column when it migrates the table).
 */
@Indexes({
        @Index(name = "dedupStatus", methodNames = {"getDedupKey", "getStatus"}),
        @Index(name = "acctStatusCreated", methodNames = {"getAccountKey", "getStatus", "getCreatedAt"})
})
public interface CallToAction extends Entity {

    String CTA_ID = "CTA_ID";
    String ACCOUNT_KEY = "ACCOUNT_KEY";
    String CTA_TYPE = "CTA_TYPE";
    String REASON = "REASON";
    String DEDUP_KEY = "DEDUP_KEY";
    String EXPLANATION = "EXPLANATION";
    String FACTS = "FACTS";
    String STATUS = "STATUS";
    String CREATED_AT = "CREATED_AT";
    String JIRA_ISSUE_KEY = "JIRA_ISSUE_KEY";
    String LOCK_VERSION = "LOCK_VERSION";

    @NotNull
    @Indexed
    String getCtaId();

    void setCtaId(String ctaId);

    @NotNull
    @Indexed
    String getAccountKey();

    void setAccountKey(String accountKey);

    @NotNull
    CtaType getCtaType();

    void setCtaType(CtaType ctaType);

    @NotNull
    CtaReason getReason();

    void setReason(CtaReason reason);

    @NotNull
    @Indexed
    String getDedupKey();

    void setDedupKey(String dedupKey);

    /** The English sentence of a row written before facts existed; null on newer rows. */
    @StringLength(StringLength.UNLIMITED)
    String getExplanation();

    void setExplanation(String explanation);

    /** The facts as compact JSON; null on rows written before facts existed. */
    @StringLength(StringLength.UNLIMITED)
    String getFacts();

    void setFacts(String facts);

    /** Triggering issue keys joined by commas; null when there are none. */
    @StringLength(StringLength.UNLIMITED)
    String getIssueKeys();

    void setIssueKeys(String issueKeys);

    @NotNull
    CtaStatus getStatus();

    void setStatus(CtaStatus status);

    @NotNull
    Long getCreatedAt();

    void setCreatedAt(Long createdAt);

    Integer getSnoozeUntilDay();

    void setSnoozeUntilDay(Integer snoozeUntilDay);

    @StringLength(StringLength.UNLIMITED)
    String getSnoozeReason();

    void setSnoozeReason(String snoozeReason);

    Long getClosedAt();

    void setClosedAt(Long closedAt);

    @Indexed
    String getJiraIssueKey();

    void setJiraIssueKey(String jiraIssueKey);

    /** Advanced by every change of a stored CTA, so a change made from a stale read can be refused. */
    @NotNull
    @Default("0")
    Long getLockVersion();

    void setLockVersion(Long lockVersion);
}
