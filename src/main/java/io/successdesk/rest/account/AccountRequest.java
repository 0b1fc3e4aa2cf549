package io.successdesk.rest.account;

import io.successdesk.rest.json.MaxItems;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * An account as a client sends it: to create (no {@code version}), to update (with the {@code version} last read),
 * as a bulk or import row, and as an export row (so an export imports unchanged). Absent lists and maps read as
 * empty; {@code arr} only from financial viewers.
 */
public record AccountRequest(String key, String name, @MaxItems(100) List<String> emailDomains,
                             @MaxItems(100) List<Long> jsmOrganizationIds, String tier, String lifecycleStage,
                             String csmUserKey, MoneyDto arr, LocalDate contractStart, LocalDate renewalDate,
                             String externalId, @MaxItems(100) Map<String, String> customAttributes, Long version) {
}
