package io.successdesk.app.panel;

import io.successdesk.app.plan.AccountPlanSummary;
import io.successdesk.domain.account.Account;
import io.successdesk.domain.account.AccountResolution;
import io.successdesk.domain.account.MatchRule;
import io.successdesk.domain.cta.Cta;
import io.successdesk.domain.health.HealthSnapshot;
import io.successdesk.domain.health.MeasureId;
import io.successdesk.domain.voc.CsatSummary;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

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
     * @param account      the account (ARR included; the REST layer omits it for callers who may not see it)
     * @param matchedBy    the ledger's matched-by rule
     * @param health       the latest stored health (the account's newest snapshot), empty before the first one
     * @param trend30Days  the change of the effective score since the snapshot of 30 days ago, when both exist
     * @param topReasons   the included measures scoring lowest in the latest snapshot, worst first (at most 3)
     * @param openTickets  the account's open support tickets
     * @param csat         CSAT of the last 90 days
     * @param plans        active plans with open objectives and overdue items
     * @param openCtas     open and snoozed calls to action, newest first (at most {@link PanelService#MAX_CTAS})
     */
    public record MatchedAccount(Account account, MatchRule matchedBy, Optional<HealthSnapshot> health,
                                 OptionalDouble trend30Days, List<MeasureId> topReasons, int openTickets,
                                 CsatSummary csat, AccountPlanSummary plans, List<Cta> openCtas) {
        public MatchedAccount {
            Objects.requireNonNull(account, "account");
            Objects.requireNonNull(matchedBy, "matchedBy");
            Objects.requireNonNull(health, "health");
            Objects.requireNonNull(trend30Days, "trend30Days");
            topReasons = List.copyOf(topReasons);
            Objects.requireNonNull(csat, "csat");
            Objects.requireNonNull(plans, "plans");
            openCtas = List.copyOf(openCtas);
        }
    }
}
