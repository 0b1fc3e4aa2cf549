package io.successdesk.domain.account;

import io.successdesk.domain.value.Money;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * A customer account (docs/product.md §1).
 *
 * @param key                 unique, immutable key
 * @param name                display name, 1–255 characters after trimming
 * @param emailDomains        domains whose reporters belong to this account, no duplicates, in entry order
 * @param jsmOrganizationIds  Jira Service Management organization ids (positive), no duplicates, in entry order
 * @param tier                one of the admin-defined tiers (checked by the app, which knows the list)
 * @param stage               lifecycle stage
 * @param csmUserKey          Jira user key of the owning customer success manager, when assigned
 * @param arr                 annual recurring revenue, never negative, when known
 * @param contractStart       first day of the customer's contract
 * @param renewalDate         next renewal day, never before the contract start, when known
 * @param externalId          the CRM id, unique among accounts, when set
 * @param customAttributes    admin-defined attributes; keys are 1–64 of letters, digits, {@code _ . -}; values ≤ 1,000 characters
 * @param version             optimistic-locking version, {@value #FIRST_VERSION} when created, +1 on each change
 * @param createdAt           when the account was created
 * @param updatedAt           when it last changed, never before {@code createdAt}
 */
public record Account(AccountKey key, String name, List<EmailDomain> emailDomains, List<Long> jsmOrganizationIds,
                      Tier tier, LifecycleStage stage, Optional<String> csmUserKey, Optional<Money> arr,
                      LocalDate contractStart, Optional<LocalDate> renewalDate, Optional<ExternalId> externalId,
                      Map<String, String> customAttributes, long version, Instant createdAt, Instant updatedAt) {

    public static final long FIRST_VERSION = 1;
    public static final int MAX_NAME_LENGTH = 255;
    public static final int MAX_ATTRIBUTE_VALUE_LENGTH = 1000;
    private static final Pattern ATTRIBUTE_KEY = Pattern.compile("[A-Za-z0-9_.-]{1,64}");

    public Account {
        Objects.requireNonNull(key, "key");
        name = Objects.requireNonNull(name, "name").strip();
        Objects.requireNonNull(tier, "tier");
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(csmUserKey, "csmUserKey");
        Objects.requireNonNull(arr, "arr");
        Objects.requireNonNull(contractStart, "contractStart");
        Objects.requireNonNull(renewalDate, "renewalDate");
        Objects.requireNonNull(externalId, "externalId");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
        if (name.isEmpty() || name.length() > MAX_NAME_LENGTH) {
            throw new IllegalArgumentException("account name must be 1–" + MAX_NAME_LENGTH + " characters");
        }
        emailDomains = distinct("email domain", emailDomains);
        jsmOrganizationIds = distinct("JSM organization id", jsmOrganizationIds);
        if (jsmOrganizationIds.stream().anyMatch(id -> id <= 0)) {
            throw new IllegalArgumentException("JSM organization ids must be positive, got " + jsmOrganizationIds);
        }
        if (csmUserKey.isPresent() && csmUserKey.get().isBlank()) {
            throw new IllegalArgumentException("CSM user key must not be blank; leave it empty instead");
        }
        if (arr.isPresent() && arr.get().isNegative()) {
            throw new IllegalArgumentException("ARR must not be negative, got " + arr.get());
        }
        if (renewalDate.isPresent() && renewalDate.get().isBefore(contractStart)) {
            throw new IllegalArgumentException(
                    "renewal date " + renewalDate.get() + " is before the contract start " + contractStart);
        }
        customAttributes = checkedAttributes(customAttributes);
        if (version < FIRST_VERSION) {
            throw new IllegalArgumentException("version must be " + FIRST_VERSION + " or more, got " + version);
        }
        if (updatedAt.isBefore(createdAt)) {
            throw new IllegalArgumentException("updated (" + updatedAt + ") before created (" + createdAt + ")");
        }
    }

    /** Whether {@code customAttributes} may hold this key. */
    public static boolean isValidAttributeKey(String candidate) {
        return ATTRIBUTE_KEY.matcher(candidate).matches();
    }

    /** Whether both accounts hold the same data, ignoring version and timestamps. */
    public boolean sameContentAs(Account other) {
        return equals(other.withMetadata(version, createdAt, updatedAt));
    }

    /** This account's data with another version and timestamps. */
    public Account withMetadata(long newVersion, Instant newCreatedAt, Instant newUpdatedAt) {
        return new Account(key, name, emailDomains, jsmOrganizationIds, tier, stage, csmUserKey, arr, contractStart,
                renewalDate, externalId, customAttributes, newVersion, newCreatedAt, newUpdatedAt);
    }

    private static <T> List<T> distinct(String what, List<T> values) {
        Objects.requireNonNull(values, what + "s");
        Set<T> seen = new LinkedHashSet<>();
        for (T value : values) {
            if (!seen.add(Objects.requireNonNull(value, what))) {
                throw new IllegalArgumentException("duplicate " + what + " " + value);
            }
        }
        return List.copyOf(values);
    }

    private static Map<String, String> checkedAttributes(Map<String, String> attributes) {
        Objects.requireNonNull(attributes, "customAttributes");
        attributes.forEach((attributeKey, value) -> {
            Objects.requireNonNull(attributeKey, "custom attribute key");
            Objects.requireNonNull(value, "custom attribute value");
            if (!isValidAttributeKey(attributeKey)) {
                throw new IllegalArgumentException("custom attribute key '" + attributeKey
                        + "' must be 1–64 letters, digits, '_', '.' or '-'");
            }
            if (value.length() > MAX_ATTRIBUTE_VALUE_LENGTH) {
                throw new IllegalArgumentException("custom attribute '" + attributeKey + "' is longer than "
                        + MAX_ATTRIBUTE_VALUE_LENGTH + " characters");
            }
        });
        return java.util.Collections.unmodifiableSortedMap(new TreeMap<>(attributes));
    }
}
