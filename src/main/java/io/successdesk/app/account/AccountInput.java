package io.successdesk.app.account;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An account as a caller typed it (REST body, CSV row, form), before validation. Dates are ISO days
 * ({@code 2025-01-31}); the stage is a {@code LifecycleStage} name in any case; the tier one of the catalog's
 * names in any case; ARR is minor units plus an ISO-4217 code, both or neither.
 */
public record AccountInput(Optional<String> key, String name, List<String> emailDomains, List<Long> jsmOrganizationIds,
                           String tier, String lifecycleStage, Optional<String> csmUserKey,
                           Optional<Long> arrMinorUnits, Optional<String> arrCurrency, String contractStart,
                           Optional<String> renewalDate, Optional<String> externalId,
                           Map<String, String> customAttributes) {

    public AccountInput {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(name, "name");
        emailDomains = List.copyOf(Objects.requireNonNull(emailDomains, "emailDomains"));
        jsmOrganizationIds = List.copyOf(Objects.requireNonNull(jsmOrganizationIds, "jsmOrganizationIds"));
        Objects.requireNonNull(tier, "tier");
        Objects.requireNonNull(lifecycleStage, "lifecycleStage");
        Objects.requireNonNull(csmUserKey, "csmUserKey");
        Objects.requireNonNull(arrMinorUnits, "arrMinorUnits");
        Objects.requireNonNull(arrCurrency, "arrCurrency");
        Objects.requireNonNull(contractStart, "contractStart");
        Objects.requireNonNull(renewalDate, "renewalDate");
        Objects.requireNonNull(externalId, "externalId");
        customAttributes = Map.copyOf(Objects.requireNonNull(customAttributes, "customAttributes"));
    }

    /** The smallest valid-looking input: key, name, tier, stage and contract start; nothing else. */
    public static AccountInput of(String key, String name, String tier, String lifecycleStage, String contractStart) {
        return new AccountInput(Optional.of(key), name, List.of(), List.of(), tier, lifecycleStage, Optional.empty(),
                Optional.empty(), Optional.empty(), contractStart, Optional.empty(), Optional.empty(), Map.of());
    }

    public AccountInput withKey(Optional<String> value) {
        return new AccountInput(value, name, emailDomains, jsmOrganizationIds, tier, lifecycleStage, csmUserKey,
                arrMinorUnits, arrCurrency, contractStart, renewalDate, externalId, customAttributes);
    }

    public AccountInput withName(String value) {
        return new AccountInput(key, value, emailDomains, jsmOrganizationIds, tier, lifecycleStage, csmUserKey,
                arrMinorUnits, arrCurrency, contractStart, renewalDate, externalId, customAttributes);
    }

    public AccountInput withExternalId(String value) {
        return new AccountInput(key, name, emailDomains, jsmOrganizationIds, tier, lifecycleStage, csmUserKey,
                arrMinorUnits, arrCurrency, contractStart, renewalDate, Optional.of(value), customAttributes);
    }

    public AccountInput withMatching(List<String> domains, List<Long> organizationIds) {
        return new AccountInput(key, name, domains, organizationIds, tier, lifecycleStage, csmUserKey,
                arrMinorUnits, arrCurrency, contractStart, renewalDate, externalId, customAttributes);
    }

    public AccountInput withCommercials(Optional<String> csm, Optional<Long> arr, Optional<String> currency,
                                        Optional<String> renewal) {
        return new AccountInput(key, name, emailDomains, jsmOrganizationIds, tier, lifecycleStage, csm,
                arr, currency, contractStart, renewal, externalId, customAttributes);
    }

    public AccountInput withCustomAttributes(Map<String, String> attributes) {
        return new AccountInput(key, name, emailDomains, jsmOrganizationIds, tier, lifecycleStage, csmUserKey,
                arrMinorUnits, arrCurrency, contractStart, renewalDate, externalId, attributes);
    }
}
