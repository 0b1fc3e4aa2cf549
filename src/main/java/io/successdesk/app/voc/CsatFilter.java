package io.successdesk.app.voc;

import io.successdesk.domain.account.AccountKey;

import java.util.Objects;
import java.util.Optional;

/** Narrows CSAT rollups to one account and/or one Jira project; empty means no restriction. */
public record CsatFilter(Optional<AccountKey> account, Optional<String> projectKey) {

    public static final CsatFilter ALL = new CsatFilter(Optional.empty(), Optional.empty());

    public CsatFilter {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(projectKey, "projectKey");
    }

    public boolean matches(AccountKey candidateAccount, Optional<String> candidateProject) {
        return account.map(candidateAccount::equals).orElse(true)
                && projectKey.map(key -> candidateProject.map(key::equals).orElse(false)).orElse(true);
    }
}
