package io.successdesk.domain.cta;

import io.successdesk.domain.account.AccountKey;

import java.util.List;
import java.util.Objects;

/**
 * A call to action a rule proposes.
 *
 * @param key                 account + type + reason, the de-duplication key
 * @param facts               why: the facts the rule saw, for the reason of {@code key}
 * @param triggeringIssueKeys the support issues behind it (e.g. low-CSAT tickets), possibly none
 */
public record CtaProposal(CtaDedupKey key, CtaFacts facts, List<String> triggeringIssueKeys) {

    public CtaProposal {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(facts, "facts");
        triggeringIssueKeys = List.copyOf(Objects.requireNonNull(triggeringIssueKeys, "triggeringIssueKeys"));
        if (facts.reason() != key.reason()) {
            throw new IllegalArgumentException("facts of " + facts.reason() + " cannot explain a " + key.reason() + " CTA");
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
