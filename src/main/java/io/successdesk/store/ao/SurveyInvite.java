package io.successdesk.store.ao;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Unique;

/**
 * A survey link that was sent (table {@code AO_xxxxxx_SURVEY_INVITE}), one per token id. Instants are epoch
 * milliseconds; {@code EXPIRES_AT} is indexed so expired invitations can be purged by range. {@code ISSUE_KEY} and
 * {@code SUMMARY} are the ticket as the link named it (empty in rows written before the page showed it).
 */
public interface SurveyInvite extends Entity {

    String TOKEN_ID = "TOKEN_ID";
    String ISSUE_ID = "ISSUE_ID";
    String ACCOUNT_KEY = "ACCOUNT_KEY";
    String PROJECT_KEY = "PROJECT_KEY";
    String ISSUE_CREATED_AT = "ISSUE_CREATED_AT";
    String SENT_AT = "SENT_AT";
    String EXPIRES_AT = "EXPIRES_AT";
    String ISSUE_KEY = "ISSUE_KEY";
    String SUMMARY = "SUMMARY";

    @NotNull
    @Unique
    @StringLength(64)
    String getTokenId();

    void setTokenId(String tokenId);

    @NotNull
    Long getIssueId();

    void setIssueId(Long issueId);

    @NotNull
    String getAccountKey();

    void setAccountKey(String accountKey);

    String getProjectKey();

    void setProjectKey(String projectKey);

    Long getIssueCreatedAt();

    void setIssueCreatedAt(Long issueCreatedAt);

    @NotNull
    Long getSentAt();

    void setSentAt(Long sentAt);

    @NotNull
    @Indexed
    Long getExpiresAt();

    void setExpiresAt(Long expiresAt);

    String getIssueKey();

    void setIssueKey(String issueKey);

    String getSummary();

    void setSummary(String summary);
}
