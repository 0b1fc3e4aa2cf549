package io.successdesk.app.account;

import io.successdesk.app.InvalidInputException;
import io.successdesk.app.validation.EnumNames;
import io.successdesk.domain.account.Account;
import io.successdesk.domain.account.AccountKey;
import io.successdesk.domain.account.EmailDomain;
import io.successdesk.domain.account.ExternalId;
import io.successdesk.domain.account.LifecycleStage;
import io.successdesk.domain.account.Tier;
import io.successdesk.domain.value.Money;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/** Turns an {@link AccountInput} into an {@link Account}, naming every offending field at once. */
final class AccountInputValidator {

    private final List<Tier> tiers;
    private final Map<String, String> errors = new TreeMap<>();

    private AccountInputValidator(List<Tier> tiers) {
        this.tiers = tiers;
    }

    /**
     * @throws InvalidInputException with one message per invalid field
     */
    static Account validate(AccountInput input, List<Tier> tiers, long version, Instant createdAt, Instant updatedAt) {
        return new AccountInputValidator(tiers).toAccount(input, version, createdAt, updatedAt);
    }

    private Account toAccount(AccountInput input, long version, Instant createdAt, Instant updatedAt) {
        Optional<AccountKey> key = input.key().isEmpty()
                ? fail("key", "is required")
                : parse("key", input.key().get(), AccountKey::of,
                "must be 2–20 characters: an upper-case letter, then A–Z, 0–9 or _");
        String name = input.name().strip();
        if (name.isEmpty() || name.length() > Account.MAX_NAME_LENGTH) {
            fail("name", "must be 1–" + Account.MAX_NAME_LENGTH + " characters");
        }
        List<EmailDomain> domains = domains(input.emailDomains());
        List<Long> organizations = organizations(input.jsmOrganizationIds());
        Optional<Tier> tier = tiers.stream().filter(t -> t.name().equalsIgnoreCase(input.tier().strip())).findFirst();
        if (tier.isEmpty()) {
            fail("tier", "must be one of " + tiers);
        }
        Optional<LifecycleStage> stage = parse("lifecycleStage", input.lifecycleStage(),
                text -> EnumNames.parse(text, LifecycleStage.class),
                "must be one of " + EnumNames.choices(LifecycleStage.class));
        Optional<String> csm = input.csmUserKey().map(String::strip).filter(text -> !text.isEmpty());
        Optional<Money> arr = arr(input);
        Optional<LocalDate> contractStart = parse("contractStart", input.contractStart(), LocalDate::parse,
                "must be a day like 2025-01-31");
        Optional<LocalDate> renewal = input.renewalDate().map(String::strip).filter(text -> !text.isEmpty())
                .flatMap(text -> parse("renewalDate", text, LocalDate::parse, "must be a day like 2025-01-31"));
        if (renewal.isPresent() && contractStart.isPresent() && renewal.get().isBefore(contractStart.get())) {
            fail("renewalDate", "must not be before the contract start " + contractStart.get());
        }
        Optional<ExternalId> externalId = input.externalId().map(String::strip).filter(text -> !text.isEmpty())
                .flatMap(text -> parse("externalId", text, ExternalId::of,
                        "must be at most " + ExternalId.MAX_LENGTH + " characters"));
        input.customAttributes().forEach((attribute, value) -> {
            if (!Account.isValidAttributeKey(attribute)) {
                fail("customAttributes", "key '" + attribute + "' must be 1–64 letters, digits, '_', '.' or '-'");
            } else if (value.length() > Account.MAX_ATTRIBUTE_VALUE_LENGTH) {
                fail("customAttributes." + attribute, "must be at most " + Account.MAX_ATTRIBUTE_VALUE_LENGTH + " characters");
            }
        });
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new Account(key.orElseThrow(), name, domains, organizations, tier.orElseThrow(), stage.orElseThrow(),
                csm, arr, contractStart.orElseThrow(), renewal, externalId, input.customAttributes(),
                version, createdAt, updatedAt);
    }

    private List<EmailDomain> domains(List<String> texts) {
        List<EmailDomain> domains = new ArrayList<>();
        Set<EmailDomain> seen = new HashSet<>();
        for (String text : texts) {
            Optional<EmailDomain> domain = parse("emailDomains", text, EmailDomain::of,
                    "'" + text + "' is not a domain like acme.com");
            if (domain.isPresent() && !seen.add(domain.get())) {
                fail("emailDomains", "lists " + domain.get() + " twice");
            }
            domain.ifPresent(domains::add);
        }
        return domains;
    }

    private List<Long> organizations(List<Long> ids) {
        if (ids.stream().anyMatch(id -> id <= 0)) {
            fail("jsmOrganizationIds", "must be positive");
        } else if (new HashSet<>(ids).size() < ids.size()) {
            fail("jsmOrganizationIds", "must not repeat an id");
        }
        return ids;
    }

    private Optional<Money> arr(AccountInput input) {
        Optional<String> currency = input.arrCurrency().map(String::strip).filter(text -> !text.isEmpty());
        if (input.arrMinorUnits().isPresent() != currency.isPresent()) {
            return fail(input.arrMinorUnits().isPresent() ? "arrCurrency" : "arrMinorUnits",
                    "ARR needs both an amount in minor units and a currency");
        }
        if (currency.isEmpty()) {
            return Optional.empty();
        }
        if (input.arrMinorUnits().get() < 0) {
            return fail("arrMinorUnits", "must not be negative");
        }
        return parse("arrCurrency", currency.get(), code -> Money.of(input.arrMinorUnits().get(), code),
                "must be an ISO-4217 code such as EUR");
    }

    private <T> Optional<T> parse(String field, String text, Function<String, T> parser, String message) {
        try {
            return Optional.of(parser.apply(text));
        } catch (IllegalArgumentException | DateTimeParseException e) {
            return fail(field, message);
        }
    }

    private <T> Optional<T> fail(String field, String message) {
        errors.putIfAbsent(field, message);
        return Optional.empty();
    }
}
