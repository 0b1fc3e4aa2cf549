package io.successdesk.domain.account;

import io.successdesk.domain.account.AccountResolution.Ambiguous;
import io.successdesk.domain.account.AccountResolution.Matched;
import io.successdesk.domain.account.AccountResolution.NotSupportProject;
import io.successdesk.domain.account.AccountResolution.Unmatched;
import io.successdesk.domain.account.AccountResolution.UnmatchedReason;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Decides which account an issue belongs to (docs/product.md §2). Rules are tried in order and the first that
 * finds exactly one account wins:
 * <ol>
 *   <li>manual link (a link to a deleted account gives {@link UnmatchedReason#MANUAL_LINK_TO_MISSING_ACCOUNT});</li>
 *   <li>JSM organization: the union of the accounts claiming any of the request's organizations;</li>
 *   <li>custom field: the trimmed value read as an account key and as an external id;</li>
 *   <li>reporter e-mail domain exactly, then each parent domain, nearest first, down to two labels;</li>
 *   <li>the project's default account.</li>
 * </ol>
 * A rule that finds two or more accounts ends the search as {@link Ambiguous}: contradictory data is shown
 * to an admin rather than hidden by a weaker rule. A rule that finds nothing passes to the next.
 */
public final class AccountResolver {

    private final AccountDirectory directory;

    public AccountResolver(AccountDirectory directory) {
        this.directory = Objects.requireNonNull(directory, "directory");
    }

    /** Resolves {@code issue} under {@code configuration}. */
    public AccountResolution resolve(IssueFacts issue, MatchingConfiguration configuration) {
        if (!configuration.isSupportProject(issue.projectKey())) {
            return new NotSupportProject();
        }
        if (issue.manualLink().isPresent()) {
            AccountKey linked = issue.manualLink().get();
            return directory.exists(linked)
                    ? new Matched(linked, MatchRule.MANUAL_LINK)
                    : new Unmatched(UnmatchedReason.MANUAL_LINK_TO_MISSING_ACCOUNT);
        }
        Optional<AccountResolution> found = byOrganization(issue)
                .or(() -> byCustomField(issue))
                .or(() -> byEmailDomain(issue));
        return found.orElseGet(() -> byProjectDefault(issue, configuration));
    }

    private Optional<AccountResolution> byOrganization(IssueFacts issue) {
        Set<AccountKey> claimants = new TreeSet<>();
        for (long organizationId : new TreeSet<>(issue.jsmOrganizationIds())) {
            claimants.addAll(directory.claimingOrganization(organizationId));
        }
        return decide(MatchRule.JSM_ORGANIZATION, claimants,
                new TreeSet<>(issue.jsmOrganizationIds()).stream().map(String::valueOf).toList());
    }

    private Optional<AccountResolution> byCustomField(IssueFacts issue) {
        Optional<String> value = issue.customFieldValue().map(String::strip).filter(v -> !v.isEmpty());
        if (value.isEmpty()) {
            return Optional.empty();
        }
        Set<AccountKey> claimants = new TreeSet<>();
        if (AccountKey.isValid(value.get()) && directory.exists(AccountKey.of(value.get()))) {
            claimants.add(AccountKey.of(value.get()));
        }
        if (value.get().length() <= ExternalId.MAX_LENGTH) {
            directory.findByExternalId(ExternalId.of(value.get())).ifPresent(claimants::add);
        }
        return decide(MatchRule.CUSTOM_FIELD, claimants, List.of(value.get()));
    }

    private Optional<AccountResolution> byEmailDomain(IssueFacts issue) {
        Optional<EmailDomain> domain = issue.reporterEmail().flatMap(EmailDomain::ofEmailAddress);
        MatchRule rule = MatchRule.EMAIL_DOMAIN;
        while (domain.isPresent()) {
            Set<AccountKey> claimants = new TreeSet<>(directory.claimingDomain(domain.get()));
            Optional<AccountResolution> decided = decide(rule, claimants, List.of(domain.get().toString()));
            if (decided.isPresent()) {
                return decided;
            }
            domain = domain.get().parent();
            rule = MatchRule.EMAIL_PARENT_DOMAIN;
        }
        return Optional.empty();
    }

    private AccountResolution byProjectDefault(IssueFacts issue, MatchingConfiguration configuration) {
        Optional<AccountKey> fallback = configuration.defaultAccountOf(issue.projectKey());
        if (fallback.isEmpty()) {
            return new Unmatched(UnmatchedReason.NO_RULE_MATCHED);
        }
        return directory.exists(fallback.get())
                ? new Matched(fallback.get(), MatchRule.PROJECT_DEFAULT)
                : new Unmatched(UnmatchedReason.PROJECT_DEFAULT_MISSING);
    }

    private static Optional<AccountResolution> decide(MatchRule rule, Set<AccountKey> claimants, List<String> claimed) {
        if (claimants.isEmpty()) {
            return Optional.empty();
        }
        if (claimants.size() == 1) {
            return Optional.of(new Matched(claimants.iterator().next(), rule));
        }
        return Optional.of(new Ambiguous(rule, claimed, claimants.stream().toList()));
    }
}
