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
     * listed for an admin. Facts, not a sentence: screens word it in the reader's language.
     *
     * @param rule        the rule whose data is contradictory
     * @param claimed     what is claimed by several accounts, at least one value: the reporter's domain (or parent
     *                    domain) for the e-mail rules, the request's JSM organization ids (ascending) for the
     *                    organization rule, the field's trimmed value for the custom-field rule
     * @param candidates  the accounts found, sorted by key, at least two
     */
    record Ambiguous(MatchRule rule, List<String> claimed, List<AccountKey> candidates) implements AccountResolution {
        public Ambiguous {
            Objects.requireNonNull(rule, "rule");
            claimed = List.copyOf(claimed);
            candidates = List.copyOf(candidates).stream().sorted().toList();
            if (candidates.size() < 2) {
                throw new IllegalArgumentException("an ambiguous match needs at least two candidates, got " + candidates);
            }
            if (claimed.isEmpty()) {
                throw new IllegalArgumentException("an ambiguous match names what is claimed");
            }
            conflictOf(rule);
        }

        /** What kind of contradiction this is, from the rule. */
        public Conflict conflict() {
            return conflictOf(rule);
        }

        private static Conflict conflictOf(MatchRule rule) {
            return switch (rule) {
                case JSM_ORGANIZATION -> Conflict.ORGANIZATIONS_CLAIMED_TWICE;
                case CUSTOM_FIELD -> Conflict.FIELD_VALUE_CLAIMED_TWICE;
                case EMAIL_DOMAIN, EMAIL_PARENT_DOMAIN -> Conflict.DOMAIN_CLAIMED_TWICE;
                case MANUAL_LINK, PROJECT_DEFAULT -> throw new IllegalArgumentException(rule + " names one account, it cannot be ambiguous");
            };
        }
    }

    /** Why a rule found several accounts. */
    enum Conflict {
        /** The request's JSM organizations belong to more than one account. */
        ORGANIZATIONS_CLAIMED_TWICE,
        /** The custom field's value is the key or external id of more than one account. */
        FIELD_VALUE_CLAIMED_TWICE,
        /** The reporter's e-mail domain (or the parent domain tried) is claimed by more than one account. */
        DOMAIN_CLAIMED_TWICE
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
