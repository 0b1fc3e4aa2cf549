package io.successdesk.domain.account;

import java.util.List;
import java.util.Objects;

/** The outcome of resolving an issue's account; the issue panel shows each case differently. */
public sealed interface AccountResolution {

    /** The issue belongs to {@code account}, found by {@code rule}. */
    record Matched(AccountKey account, MatchRule rule) implements AccountResolution {
        public Matched {
            Objects.requireNonNull(account, "account");
            Objects.requireNonNull(rule, "rule");
        }
    }

    /** No rule found an account; the panel offers "Link to account". */
    record Unmatched(UnmatchedReason reason) implements AccountResolution {
        public Unmatched {
            Objects.requireNonNull(reason, "reason");
        }
    }

    /**
     * A rule found more than one account, so none is chosen and later rules are not tried; the issue is
     * listed for an admin.
     *
     * @param rule        the rule whose data is contradictory
     * @param reason      what is claimed twice, e.g. {@code domain acme.com is claimed by ACME, ACME_EU}
     * @param candidates  the accounts found, sorted by key, at least two
     */
    record Ambiguous(MatchRule rule, String reason, List<AccountKey> candidates) implements AccountResolution {
        public Ambiguous {
            Objects.requireNonNull(rule, "rule");
            Objects.requireNonNull(reason, "reason");
            candidates = List.copyOf(candidates).stream().sorted().toList();
            if (candidates.size() < 2) {
                throw new IllegalArgumentException("an ambiguous match needs at least two candidates, got " + candidates);
            }
        }
    }

    /** The issue is outside the support projects and has no account by design. */
    record NotSupportProject() implements AccountResolution {
    }

    /** Why an issue of a support project has no account. */
    enum UnmatchedReason {
        /** No rule applied. */
        NO_RULE_MATCHED,
        /** The issue is linked by hand to an account that no longer exists; the link wins, so no other rule is tried. */
        MANUAL_LINK_TO_MISSING_ACCOUNT,
        /** Only the project's default account applied, and it no longer exists. */
        PROJECT_DEFAULT_MISSING
    }
}
