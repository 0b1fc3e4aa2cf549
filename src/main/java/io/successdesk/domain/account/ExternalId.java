package io.successdesk.domain.account;

import java.util.Objects;

/** An account's id in the customer's CRM: trimmed, 1–100 characters, unique among accounts when set. */
public record ExternalId(String value) {

    public static final int MAX_LENGTH = 100;

    public ExternalId {
        Objects.requireNonNull(value, "value");
        value = value.strip();
        if (value.isEmpty() || value.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("external id must be 1–" + MAX_LENGTH + " characters, got '" + value + "'");
        }
    }

    public static ExternalId of(String value) {
        return new ExternalId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
