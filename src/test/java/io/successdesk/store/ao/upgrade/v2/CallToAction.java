package io.successdesk.store.ao.upgrade.v2;

import io.successdesk.domain.cta.CtaReason;
import io.successdesk.domain.cta.CtaStatus;
import io.successdesk.domain.cta.CtaType;
import net.java.ao.Entity;
import net.java.ao.schema.Index;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.Indexes;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;

/**
 * FROZEN copy of {@code store.ao.CallToAction} as of model version 2, before CTAs stored facts (same simple name,
 * hence the same table): {@code EXPLANATION} is an English sentence and NOT NULL, there is no {@code FACTS}. Only
 * tests use it, to write the rows an installed version 2 left behind. Never edit it.
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
    String STATUS = "STATUS";
    String CREATED_AT = "CREATED_AT";

    @NotNull @Indexed
    String getCtaId();
    void setCtaId(String ctaId);

    @NotNull @Indexed
    String getAccountKey();
    void setAccountKey(String accountKey);

    @NotNull
    CtaType getCtaType();
    void setCtaType(CtaType ctaType);

    @NotNull
    CtaReason getReason();
    void setReason(CtaReason reason);

    @NotNull @Indexed
    String getDedupKey();
    void setDedupKey(String dedupKey);

    @NotNull @StringLength(StringLength.UNLIMITED)
    String getExplanation();
    void setExplanation(String explanation);

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
}
