package io.successdesk.rest.account;

import io.successdesk.app.InvalidInputException;
import io.successdesk.app.account.AccountInput;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The rows of a bulk upsert or JSON import as app inputs, naming each bad row's fields as {@code accounts[i].field}. */
final class AccountRows {

    private AccountRows() {
    }

    static List<AccountInput> inputs(AccountListRequest request, int maxRows) {
        if (request.accounts() == null) {
            throw new InvalidInputException("accounts", "is required");
        }
        if (request.accounts().size() > maxRows) {
            throw new InvalidInputException("accounts", "must have at most " + maxRows + " rows");
        }
        Map<String, String> errors = new TreeMap<>();
        List<AccountInput> inputs = new ArrayList<>();
        for (int i = 0; i < request.accounts().size(); i++) {
            AccountRequest row = request.accounts().get(i);
            if (row.version() != null) {
                errors.put("accounts[" + i + "].version", "must not be sent in a bulk row");
                continue;
            }
            try {
                inputs.add(AccountJson.toRowInput(row));
            } catch (InvalidInputException e) {
                String prefix = "accounts[" + i + "].";
                e.errors().forEach((field, message) -> errors.put(prefix + field, message));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return inputs;
    }
}
