package io.successdesk.domain.account;

import io.successdesk.domain.value.Money;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Valid accounts for tests. */
public final class AccountFixtures {

    public static final Instant CREATED = Instant.parse("2025-01-10T09:00:00Z");

    private AccountFixtures() {
    }

    /** A minimal valid account: no domains, organizations, CSM, ARR, renewal, external id or attributes. */
    public static Account minimal(String key) {
        return new Account(AccountKey.of(key), key + " Inc.", List.of(), List.of(), Tier.SMB, LifecycleStage.ONBOARDING,
                Optional.empty(), Optional.empty(), LocalDate.of(2025, 1, 1), Optional.empty(), Optional.empty(),
                Map.of(), Account.FIRST_VERSION, CREATED, CREATED);
    }

    /** An account with every optional field set. */
    public static Account full(String key, String domain, long organizationId, String externalId) {
        return new Account(AccountKey.of(key), key + " Corporation", List.of(EmailDomain.of(domain)), List.of(organizationId),
                Tier.ENTERPRISE, LifecycleStage.ADOPTION, Optional.of("csm-anna"), Optional.of(Money.of(12_000_000, "EUR")),
                LocalDate.of(2024, 6, 1), Optional.of(LocalDate.of(2026, 6, 1)), Optional.of(ExternalId.of(externalId)),
                Map.of("region", "EMEA"), Account.FIRST_VERSION, CREATED, CREATED);
    }

    /** A minimal account claiming one e-mail domain. */
    public static Account claiming(String key, String domain) {
        return new Account(AccountKey.of(key), key + " Inc.", List.of(EmailDomain.of(domain)), List.of(), Tier.SMB,
                LifecycleStage.ONBOARDING, Optional.empty(), Optional.empty(), LocalDate.of(2025, 1, 1), Optional.empty(),
                Optional.empty(), Map.of(), Account.FIRST_VERSION, CREATED, CREATED);
    }
}
