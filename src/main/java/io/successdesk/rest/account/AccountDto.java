package io.successdesk.rest.account;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * An account as the API answers it; {@code arr} is omitted (not null) for callers who may not see ARR;
 * {@code csmDisplayName} is the CSM's full name in Jira (absent for an unknown user); {@code health} the latest
 * effective health recorded on the account by the account-changed path (absent before its first evaluation).
 */
public record AccountDto(String key, String name, List<String> emailDomains, List<Long> jsmOrganizationIds,
                         String tier, String lifecycleStage, String csmUserKey, String csmDisplayName, MoneyDto arr,
                         LocalDate contractStart, LocalDate renewalDate, String externalId,
                         Map<String, String> customAttributes, long version, Instant createdAt, Instant updatedAt,
                         RecordedHealthDto health) {

    public record RecordedHealthDto(double score, String band) {
    }
}
