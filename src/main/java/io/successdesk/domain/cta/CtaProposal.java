package io.successdesk.domain.cta;

import io.successdesk.domain.account.AccountKey;

import java.util.List;
import java.util.Objects;

/**
 * A call to action a rule proposes.
 *
 * @param key                 account + type + reason, the de-duplication key
 * @param explanation         why, in words a CSM reads in the Jira issue
 * @param triggeringIssueKeys the support issues behind it (e.g. low-CSAT tickets), possibly none
 */
public record CtaProposal(CtaDedupKey key, String explanation, List<String> triggeringIssueKeys) {

    public CtaProposal {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(explanation, "explanation");
        triggeringIssueKeys = List.copyOf(Objects.requireNonNull(triggeringIssueKeys, "triggeringIssueKeys"));
        if (explanation.isBlank()) {
            throw new IllegalArgumentException("a CTA proposal explains itself");
        }
    }

    public AccountKey account() {
        return key.account();
    }

    public CtaType type() {
        return key.type();
    }

    public CtaReason reason() {
        return key.reason();
    }
}
