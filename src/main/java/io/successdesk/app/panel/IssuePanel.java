package io.successdesk.app.panel;

import io.successdesk.domain.account.AccountResolution;
import io.successdesk.domain.account.MatchRule;

import java.util.Objects;
import java.util.Optional;

/**
 * What the issue panel shows for one issue: the matched account with its facts, or why there is none.
 *
 * @param issueKey   the issue
 * @param matched    the account and how it was matched; empty when the issue has no account
 * @param unmatched  why the issue has no account (unmatched, ambiguous, outside the support projects); empty when matched
 */
public record IssuePanel(String issueKey, Optional<MatchedAccount> matched, Optional<AccountResolution> unmatched) {

    public IssuePanel {
        Objects.requireNonNull(issueKey, "issueKey");
        Objects.requireNonNull(matched, "matched");
        Objects.requireNonNull(unmatched, "unmatched");
    }

    /**
     * The matched account as the panel shows it.
     *
     * @param matchedBy      the ledger's matched-by rule
     * @param summary        the account's panel summary (ARR included; the REST layer omits it for callers who may
     *                       not see it)
     * @param csmDisplayName the CSM's full name as Jira knows it now; empty without a CSM or for an unknown user
     */
    public record MatchedAccount(MatchRule matchedBy, PanelSummary summary, Optional<String> csmDisplayName) {
        public MatchedAccount {
            Objects.requireNonNull(matchedBy, "matchedBy");
            Objects.requireNonNull(summary, "summary");
            Objects.requireNonNull(csmDisplayName, "csmDisplayName");
        }
    }
}
