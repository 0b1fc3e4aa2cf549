package io.successdesk.rest.account;

import io.successdesk.rest.json.MaxItems;
import io.successdesk.rest.RequestLimits;

import java.util.List;

/** The body of a bulk upsert or a JSON import, and of a JSON export: {@code {"accounts": [ … ]}}. */
public record AccountListRequest(@MaxItems(RequestLimits.MAX_IMPORT_ROWS) List<AccountRequest> accounts) {
}
