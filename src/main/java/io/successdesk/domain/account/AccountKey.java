package io.successdesk.domain.account;

import java.util.Objects;
import java.util.regex.Pattern;

/** An account's unique, human-chosen key: an upper-case letter then 1–19 of {@code A–Z 0–9 _}. */
public record AccountKey(String value) implements Comparable<AccountKey> {

    private static final Pattern FORMAT = Pattern.compile("[A-Z][A-Z0-9_]{1,19}");

    public AccountKey {
        Objects.requireNonNull(value, "value");
        if (!FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException(
                    "account key must be 2–20 characters: an upper-case letter, then A–Z, 0–9 or _; got '" + value + "'");
        }
    }

    public static AccountKey of(String value) {
        return new AccountKey(value);
    }

    public static boolean isValid(String candidate) {
        return candidate != null && FORMAT.matcher(candidate).matches();
    }

    @Override
    public int compareTo(AccountKey other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
